import type { OtherLanguageReading } from './otherLanguages';
import type { SentimentResult } from './sentiment';
import type { Tokenized } from './text';

// Complaints in the languages with word lists only (otherLanguages.ts), where the seven
// languages' grievance shapes (grievances.ts) have no words: complaint words, being fed up or
// leaving, and the cues of a complaint told as a fact — the same trouble again, a promise
// recalled, praise beside an eye-roll, "???" — which the text model's reading confirms.

/** Praise beside one of these, with trouble told, is irony ("Браво 👏👏", "最高ですね 👍👍"). */
export const IRONY = /[👏🙃🙄😒🤡🤦😑👍]/u;
const ANGER = /[😡🤬😤💢😠]/u;
/** Words from an "again" to a thanks that makes it a thanks again. */
const THANKS_REACH = 2;
/** "???", "!!", "?!": exasperation, not a question. */
export const EXASPERATION = /\?{2,}|!{2,}|\?!|!\?/u;
/**
 * With one cue, the text model's complaint reading must reach this; two different cues (again
 * and a promise, irony and again) are a complaint's shape on their own. Set on dev-15 and dev-16.
 */
const CUED_COMPLAINT = 0.55;

/** At least this positive and untroubled, one cue is not enough. */
const WARM = 0.3;

/**
 * Two complaint words, or one with another negative word or an exclamation ("скандал!",
 * "最悪のサービス、がっかり"). One alone may be a topic ("how do I file a complaint?").
 */
function complains(o: OtherLanguageReading, senti: SentimentResult, t: Tokenized): boolean {
  const said = new Set(o.complaints);
  if (said.size >= 2) return true;
  // (a warm letter mentions claims in passing: "претензій до вас у мене немає")
  if (said.size === 0 || senti.score >= WARM) return false;
  return (
    t.exclamations > 0 ||
    // another negative word: not the complaint word itself, nor a part of it
    senti.words.some((w) => w.value < 0 && ![...said].some((c) => c.includes(w.word) || w.word.includes(c)))
  );
}

/** Praise in the message: lexicon words rated positive, emoji aside. */
const praiseOf = (senti: SentimentResult) =>
  senti.words.filter((w) => w.value > 0 && !/\p{Extended_Pictographic}/u.test(w.word));

/**
 * The same trouble again — not "ещё раз спасибо", "tack igen", "再次感谢": thanks again. (Inside an
 * unspaced clause, the thanks must touch it: "感谢速达让我又一次吃上了冰镇麻辣烫" is trouble again.)
 */
function troubleAgain(o: OtherLanguageReading, praised: SentimentResult['words'], t: Tokenized) {
  const thanks = (a: OtherLanguageReading['again'][number]) =>
    a.inside
      ? praised.some((w) => {
          const near = t.lower.slice(
            Math.max(0, a.start - w.word.length - THANKS_REACH),
            a.end + w.word.length + THANKS_REACH,
          );
          return near.includes(w.word);
        })
      : t.tokens
          .slice(Math.max(0, a.from - THANKS_REACH), a.to + THANKS_REACH)
          .some((tok) => praised.some((w) => tok.key.includes(w.word)));
  return o.again.find((a) => !thanks(a));
}

/** Some trouble told: a negation, a negative word, or a promise recalled. */
const troubled = (o: OtherLanguageReading, senti: SentimentResult) =>
  o.negation || senti.words.some((w) => w.value < 0) || o.promised.length > 0;

/** The cues present, each named by what the visitor wrote. */
function cues(o: OtherLanguageReading, senti: SentimentResult, t: Tokenized): string[] {
  const found: string[] = [];
  const praised = praiseOf(senti);
  const again = troubleAgain(o, praised, t);
  if (again) found.push(`again: ${again.text}`);
  if (o.promised.length) found.push(`promised: ${o.promised[0]}`);
  if (o.rhetoric.length && !o.justAsking) found.push(`rhetorical: ${o.rhetoric[0]}`);
  if (o.complaints.length) found.push(`complaint word: ${o.complaints[0]}`);
  // (with some trouble told — a negation, a negative word, a promise recalled: "tack igen 👍" is
  // sincere, and so is "teşekkürler 👍 yine sipariş vereceğim")
  const irony = IRONY.exec(t.typed);
  if (irony && praised.length && troubled(o, senti)) found.push(`irony: ${praised[0]!.word} … ${irony[0]}`);
  const shout = EXASPERATION.exec(t.typed) ?? ANGER.exec(t.typed);
  if (shout) found.push(`exasperation: ${shout[0]}`);
  return found;
}

/** Why a message in another language reads as a complaint, or null. */
export function otherLanguageComplaint(
  o: OtherLanguageReading,
  senti: SentimentResult,
  t: Tokenized,
  modelComplaint: number,
): string | null {
  if (complains(o, senti, t)) return `complaint words: ${[...new Set(o.complaints)].slice(0, 3).join(', ')}`;
  if (o.grievance) return `fed up or leaving: "${o.grievance}"`;
  const found = cues(o, senti, t);
  if (found.length >= 2) return found.join('; ');
  // (a warm message with no trouble in it: "thanks 👍, I'll order again"; "??" is not warm)
  const warm =
    senti.score >= WARM && !troubled(o, senti) && !EXASPERATION.test(t.typed) && !ANGER.test(t.typed);
  if (found.length === 1 && !warm && modelComplaint >= CUED_COMPLAINT)
    return `${found[0]} (text model ${Math.round(modelComplaint * 100) / 100})`;
  return null;
}

/**
 * A warm question with no trouble in it ("bună! mai sunt bilete la premiera? 🎭😊"): not a
 * complaint, however the text model reads a tweet.
 */
export const warmQuestion = (o: OtherLanguageReading, senti: SentimentResult, t: Tokenized) =>
  t.questions > 0 && senti.score >= WARM && !troubled(o, senti);
