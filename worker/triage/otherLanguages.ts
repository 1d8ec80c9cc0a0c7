import type { Domain } from './complexity';
import { inQuestion } from './grievances';
import data from './lexicons/other-languages.json';
import { EXASPERATION, IRONY } from './otherFrustration';
import { fold, HANGUL, type Token, type Tokenized, UNSPACED, wordsIn } from './text';

/**
 * Requests for a person and complaints in the languages beyond the seven that have hand-made
 * word classes: Russian, Ukrainian, Polish, Czech, Romanian, Turkish, Swedish, Danish,
 * Norwegian, Finnish, Indonesian, Vietnamese, Arabic, Hindi, Japanese, Chinese, Korean, and
 * later Hebrew, Greek, Hungarian, Slovak, Croatian, Bulgarian, Persian, Tagalog and Thai. One
 * word list per language (`lexicons/other-languages.json`: person, contact verb, wish, call
 * back, refusing the bot, negators, complaint words, person words in another sense) and three
 * shapes: a person with a contact verb or a wish close by in one clause ("хочу поговорить с
 * оператором", "人工客服に繋いでください"), a call back or a refusal of the bot alone, or a
 * message that is only a person ("상담원 연결", "konsultant prosze"). Their own text model
 * (textModel.ts) reads the rest.
 */

const KINDS = [
  'person',
  'contact',
  'want',
  'callback',
  'refuseBot',
  'negators',
  'complaint',
  'mention',
  'again',
  'promised',
  'fedUp',
  'leave',
  'notHelped',
  'no',
  'askedHelped',
  'justAsking',
  'rhetoric',
  'thanks',
  'counted',
  'meeting',
  'legal',
  'medical',
  'security',
] as const satisfies readonly (string | Domain)[];
type Kind = (typeof KINDS)[number];

/**
 * Where an entry was found: token range [from, to) and character range [start, end) in the
 * message; `inside` when it is part of an unspaced token.
 */
interface Hit {
  kind: Kind;
  from: number;
  to: number;
  start: number;
  end: number;
  inside: boolean;
  text: string;
}

type Entry = { kind: Kind; words: string[] };

interface LangLists {
  /**
   * "Someone" that is also "some", "any" ("någon", "noen", "joku"): a person only at a clause's
   * end, before a person word, or before one of `someoneThen` ("någon som…", "joku teiltä"), not
   * before a noun ("fylla i någon blankett", "varata joku arkipäivä").
   */
  someone: Set<string>;
  someoneThen: Set<string>;
  /** Endings after which it is still "someone": Finnish "joku asiakaspalvelusta". */
  someoneThenEndings: string[];
  /** A negator that is also "that" before a subject: Finnish "haluaisin et joku soittais" (että). */
  negatorOrThat: Set<string>;

  /** Spaced languages: entries as folded words, keyed by their first word. */
  byFirst: Map<string, Entry[]>;
  /** One-word entries by their stem (less a possible ending), for inflected forms the lists lack. */
  byStem: Map<string, Entry[]>;
  /** Unspaced languages: folded entries, longest first. */
  whole: { kind: Kind; entry: string }[];
  /** One-word negators. */
  negators: Set<string>;
}

/**
 * The last word of an entry may be the start of the typed word: Turkish, Finnish and Korean
 * attach endings ("temsilciyle", "상담원과"). From this many letters on (Hangul: two syllables).
 */
const PREFIX_MIN = 5;
const PREFIX_MIN_HANGUL = 2;
const MAX_STEM = 16;
/** Letters an inflected ending may differ by. */
const ENDING = 2;
/**
 * Grievance words are matched as written (Korean endings aside): their inflections are few and
 * listed, and a stem would reach other words ("pořád" → "pořádáte", "sebel" → "sebelumnya").
 */
const EXACT: ReadonlySet<Kind> = new Set([
  'again',
  'promised',
  'fedUp',
  'leave',
  'notHelped',
  'no',
  'rhetoric',
  'thanks',
  'counted',
]);

const LISTS = new Map<string, LangLists>();
const DOMAINS: Domain[] = ['legal', 'medical', 'security'];

/** The languages with word lists here, which the other languages' text models were trained on. */
export const OTHER_LANGUAGES: readonly string[] = Object.keys(data);
/**
 * The nine added after the first seventeen (Hebrew to Thai): a text model of their own, so the
 * seventeen's weights stay as trained and measured.
 */
export const LATER_LANGUAGES: readonly string[] = ['he', 'el', 'hu', 'sk', 'hr', 'bg', 'fa', 'tl', 'th'];

function listsFor(lang: string): LangLists | null {
  const cached = LISTS.get(lang);
  if (cached) return cached;
  const source = (
    data as Record<string, Partial<Record<Kind | 'someone' | 'someoneThen' | 'negatorOrThat', string[]>>>
  )[lang];
  if (!source) return null;
  const then = (source.someoneThen ?? []).map(fold);
  const lists: LangLists = {
    byFirst: new Map(),
    byStem: new Map(),
    whole: [],
    negators: new Set(),
    someone: new Set((source.someone ?? []).map(fold)),
    someoneThen: new Set(then.filter((w) => !w.startsWith('-'))),
    someoneThenEndings: then.filter((w) => w.startsWith('-')).map((w) => w.slice(1)),
    negatorOrThat: new Set((source.negatorOrThat ?? []).map(fold)),
  };
  const add = (map: Map<string, Entry[]>, key: string, e: Entry) =>
    map.set(key, [...(map.get(key) ?? []), e]);
  const seen = new Set<string>();
  for (const kind of KINDS) {
    // ("someone" is a person word too, where the `someone` rules let it be one)
    const raws =
      kind === 'person' ? [...(source.person ?? []), ...(source.someone ?? [])] : (source[kind] ?? []);
    for (const raw of raws) {
      const entry = fold(raw).trim();
      // Spellings with and without diacritics fold to one entry.
      if (!entry || seen.has(`${kind} ${entry}`)) continue;
      seen.add(`${kind} ${entry}`);
      if (UNSPACED.test(entry)) {
        lists.whole.push({ kind, entry: entry.replace(/\s+/g, '') });
        continue;
      }
      const words = entry.split(/[\s,]+/).filter(Boolean);
      if (kind === 'negators' && words.length === 1) lists.negators.add(words[0]!);
      const e = { kind, words };
      add(lists.byFirst, words[0]!, e);
      const only = words.length === 1 ? words[0]! : '';
      if (
        HANGUL.test(only) ? only.length >= PREFIX_MIN_HANGUL : only.length >= PREFIX_MIN && !EXACT.has(kind)
      )
        add(
          lists.byStem,
          HANGUL.test(only) ? only : only.slice(0, Math.max(PREFIX_MIN, only.length - ENDING)),
          e,
        );
    }
  }
  lists.whole.sort((a, b) => b.entry.length - a.entry.length);
  LISTS.set(lang, lists);
  return lists;
}

/**
 * The typed word is the entry, or the entry with another ending: the lists hold the common
 * inflections, not all ("zavolal" / "zavolat", "konsultanta" / "konsultant").
 */
function wordMatches(entry: string, key: string, last: boolean, clipped = true): boolean {
  if (key === entry) return true;
  if (!last) return false;
  if (HANGUL.test(entry)) return entry.length >= PREFIX_MIN_HANGUL && key.startsWith(entry);
  let common = 0;
  while (common < entry.length && entry[common] === key[common]) common++;
  return (
    common >= PREFIX_MIN &&
    (common === entry.length ||
      (entry.length - common <= ENDING &&
        key.length - common <= ENDING &&
        (clipped || key.length >= entry.length - 1)))
  );
}

/** A language's one-word negators, folded ("не", "nie", "không"): sentiment negates with them too. */
export const negatorsOf = (lang: string): ReadonlySet<string> | undefined => listsFor(lang)?.negators;

/** Every entry found in the tokens. */
function find(toks: Token[], lists: LangLists): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const key = toks[i]!.key;
    if (UNSPACED.test(key)) {
      for (const { kind, entry } of lists.whole) {
        for (let at = key.indexOf(entry); at >= 0; at = key.indexOf(entry, at + 1))
          hits.push({
            kind,
            from: i,
            to: i + 1,
            start: toks[i]!.start + at,
            end: toks[i]!.start + at + entry.length,
            inside: true,
            text: toks[i]!.raw.slice(at, at + entry.length),
          });
      }
      continue;
    }
    const candidates = new Set(lists.byFirst.get(key));
    // A one-word entry with another ending, or Korean particles after it.
    for (let n = Math.min(key.length, MAX_STEM); n >= PREFIX_MIN_HANGUL; n--)
      for (const c of lists.byStem.get(key.slice(0, n)) ?? []) candidates.add(c);
    for (const { kind, words } of candidates) {
      if (i + words.length > toks.length) continue;
      const stemmed = (w: string, j: number) =>
        j === words.length - 1 && (!EXACT.has(kind) || HANGUL.test(w));
      // (a legal, medical or security noun two letters short is another word: Turkish "hasta",
      // sick, is not "hastane", hospital)
      const clipped = !(DOMAINS as readonly string[]).includes(kind);
      if (!words.every((w, j) => wordMatches(w, toks[i + j]!.key, stemmed(w, j), clipped))) continue;
      hits.push({
        kind,
        from: i,
        to: i + words.length,
        start: toks[i]!.start,
        end: toks[i + words.length - 1]!.end,
        inside: false,
        text: toks
          .slice(i, i + words.length)
          .map((x) => x.raw)
          .join(' '),
      });
    }
  }
  return hits;
}

const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/**
 * A negator just before the hit (at most one word between), or up to two characters before it
 * inside an unspaced token ("不想", "没有"); or the hit is itself the negated form.
 */
function negated(hit: Hit, negators: Hit[]): boolean {
  return negators.some((n) =>
    n.inside && hit.inside && n.from === hit.from
      ? n.end <= hit.start && hit.start - n.end <= UNSPACED_NEGATION_GAP
      : (n.start === hit.start && n.end === hit.end) || (n.to <= hit.from && hit.from - n.to <= 1),
  );
}
const UNSPACED_NEGATION_GAP = 2;

/** Negation said by a verb's ending, not a word: Turkish "gelmedi", "çalışmıyor", "olmaz". */
const NEGATED_VERB: Record<string, RegExp> = {
  tr: /\p{L}{2}(?:m[ıiu]yor\p{L}*|m[ıiu]yo|m[ae]d[ıiu]\p{L}*|m[ae]z)$/u,
};

/** Every language's "did that help?" ("это помогло?", "お役に立ちましたか"), folded. */
const ASKED_IF_HELPED: string[] = Object.values(data as Record<string, Record<string, string[]>>).flatMap(
  (lists) => (lists.askedHelped ?? []).map((p) => fold(p)),
);

/** The bot asked, in one of these languages, whether its answer helped. */
export const asksIfHelpedIn = (botText: string): boolean => {
  const s = fold(botText);
  return ASKED_IF_HELPED.some((p) => s.includes(p));
};

export interface OtherLanguageReading {
  /** The words that ask for a person, when they do. */
  request: string | null;
  /** Complaint words, strongest reading first. */
  complaints: string[];
  /** A person refused ("мне не нужен оператор"): the text model is not to read a request either. */
  declined: boolean;
  /** Fed up or leaving ("надоело", "nie polecam", "二度と頼まない"): a complaint on its own. */
  grievance: string | null;
  /** The same trouble again ("опять", "tredje gången", "又"): a complaint's shape, not one alone. */
  again: { text: string; from: number; to: number; start: number; end: number; inside: boolean }[];
  /** A promise recalled ("обещали", "说好的"): likewise. */
  promised: string[];
  /** A call back or a person was what the promise was ("katanya mau dihubungi balik"). */
  promisedContact: boolean;
  /** Disbelief or a rhetorical question ("сколько можно", "czy to takie trudne", "有这么难吗"): likewise. */
  rhetoric: string[];
  /** Some negator is said ("не", "utan", "没"). */
  negation: boolean;
  /** "Не помогло", "nie o to pytałem", "没解决": the bot's answer did not help. */
  notHelped: string | null;
  /** The message opens with a no ("нет", "nej", "아니요"): a reply to "did that help?". */
  saysNo: boolean;
  /**
   * Said to be only asking ("просто спрашиваю", "spør bare for sikkerhets skyld", "不是投诉"): a
   * complaint word there names the topic ("the complaints procedure"), not a complaint made.
   */
  justAsking: boolean;
  /** Thanks ("спасибо", "tusen takk", "감사합니다"): a matter closed, unless the words say otherwise. */
  thanked: boolean;
  /** Of the "again" words, those that count ("третий раз", "a doua oară", "三回目"): an earlier try. */
  counted: boolean;
  /** Legal, medical or security words ("адвокат", "食中毒", "dibobol"), at token `at`. */
  domains: { domain: Domain; text: string; at: number }[];
}

const NOTHING: OtherLanguageReading = {
  request: null,
  complaints: [],
  declined: false,
  grievance: null,
  again: [],
  promised: [],
  promisedContact: false,
  rhetoric: [],
  negation: false,
  notHelped: null,
  saysNo: false,
  justAsking: false,
  thanked: false,
  counted: false,
  domains: [],
};
/** "It didn't help" answers the bot in a few words. */
const NOT_HELPED_WORDS = 15;
/** A refusal of a person is said in a few words. */
const DECLINE_WORDS = 15;
/** Tokens (or, inside an unspaced clause, characters) between two words that still touch. */
const BESIDE_TOKENS = 2;
const BESIDE_CHARS = 3;
/** In one clause: "ну спасибо, очень щедро. третий раз" is no thanks again. */
const besideEachOther = (t: Tokenized, a: Hit, b: Hit) =>
  t.tokens[a.from]!.clause === t.tokens[b.from]!.clause &&
  (a.inside || b.inside
    ? Math.max(a.start, b.start) - Math.min(a.end, b.end) <= BESIDE_CHARS
    : Math.max(a.from, b.from) - Math.min(a.to, b.to) <= BESIDE_TOKENS);
const negatedRightBefore = (hit: Hit, negators: Hit[]) =>
  negators.some((n) => (n.inside && hit.inside ? n.end === hit.start : n.to === hit.from));

const COUNT = /^\d+$/;

/** A one-word "someone" that says "some" here: a noun of no list follows it in its clause. */
function someBefore(h: Hit, toks: Token[], lists: LangLists, hits: Hit[]): boolean {
  if (h.inside || h.to - h.from !== 1 || !lists.someone.has(toks[h.from]!.key)) return false;
  const next = toks[h.to];
  if (!next || next.clause !== toks[h.from]!.clause) return false;
  if (lists.someoneThen.has(next.key) || lists.someoneThenEndings.some((e) => next.key.endsWith(e)))
    return false;
  return !hits.some(
    (o) => o !== h && o.from === h.to && (o.kind === 'person' || o.kind === 'contact' || o.kind === 'want'),
  );
}

/** A message this short that names a person asks for one ("оператор!", "人工客服"). */
const BARE_WORDS = 4;
/** …and so does a last clause this short, after the trouble ("не помогает. оператор"). */
const BARE_TAIL = 3;

/** What the other-language lists say about a message, or nothing when `lang` has no lists. */
export function readOtherLanguage(t: Tokenized, lang: string): OtherLanguageReading {
  const lists = listsFor(lang);
  if (!lists) return NOTHING;
  const hits = find(t.tokens, lists);
  if (!hits.length) return NOTHING;
  const of = (kind: Kind) => hits.filter((h) => h.kind === kind);
  const negators = of('negators');
  const mentions = of('mention');
  // (a negator in another clause negates nothing here: "ei auta. ohjaa eteenpäin")
  const live = (kind: Kind) =>
    of(kind).filter(
      (h) =>
        !negated(
          h,
          negators.filter((n) => t.tokens[n.from]!.clause === t.tokens[h.from]!.clause),
        ),
    );
  // (not a hashtag, "…? #operaattori", nor a count, "booking untuk 4 orang", "20 hengelle")
  const persons = of('person').filter(
    (h) =>
      !mentions.some((m) => overlaps(m, h)) &&
      !t.tokens.slice(h.from, h.to).every((w) => w.tag) &&
      !(h.from > 0 && !h.inside && COUNT.test(t.tokens[h.from - 1]!.key)) &&
      !someBefore(h, t.tokens, lists, hits),
  );
  // (not when shouted: "не жалуюсь, но это уже третий раз!")
  const justAsking = of('justAsking').length > 0 && t.exclamations === 0;
  // (a complaint word in a question asked calmly is its topic: "返金ってふつう何日くらい…？",
  // "jak złożyć reklamację?"; not with "!", "??", an eye-roll or the trouble again)
  const calm =
    t.exclamations === 0 && !EXASPERATION.test(t.typed) && !IRONY.test(t.typed) && !of('again').length;
  const complaints = justAsking
    ? []
    : live('complaint')
        .filter((h) => !calm || !inQuestion(t, h.from))
        .map((h) => h.text);
  // (leaving is said with its negation: "не рекомендую", "kjøper ikke igjen")
  const grievance = (live('fedUp')[0] ?? of('leave')[0])?.text ?? null;
  // (beside a thanks it is thanks again — "شكراً مرة أخرى", "ещё раз спасибо" — whether or not the
  // sentiment lexicon rates that thanks)
  const thanks = of('thanks');
  const again = of('again')
    .filter((a) => !thanks.some((th) => besideEachOther(t, th, a)))
    .map(({ text, from, to, start, end, inside }) => ({
      text,
      from,
      to,
      start,
      end,
      inside,
    }));
  const promised = live('promised').map((h) => h.text);
  const rhetoric = of('rhetoric').map((h) => h.text);
  const negation = negators.length > 0 || t.tokens.some((w) => NEGATED_VERB[lang]?.test(w.key));
  // (in a longer story "не помогло" tells what was tried, it does not answer the bot)
  const notHelped = wordsIn(t.tokens) <= NOT_HELPED_WORDS ? (of('notHelped')[0]?.text ?? null) : null;
  const saysNo = of('no').some((h) => h.from === 0 && h.start === t.tokens[0]!.start);
  // (a legal word beside a meeting word is a lawyer met, a calendar entry, not a dispute:
  // "отмени встречу с юристом", "弁護士との打ち合わせ")
  const clauseOf = (h: Hit) => t.tokens[h.from]!.clause;
  const meetings = new Set(of('meeting').map(clauseOf));
  const domains = DOMAINS.flatMap((domain) =>
    live(domain)
      .filter((h) => domain !== 'legal' || !meetings.has(clauseOf(h)))
      .map((h) => ({ domain, text: h.text, at: h.from })),
  );
  // A call back or a person told as what was promised ("katanya mau dihubungi balik", "får jeg
  // at vide at der er nogen der ringer tilbage"): the promise recalled, not a request.
  const promises = live('promised');
  const told = (h: Hit) =>
    promises.some(
      (p) =>
        p.end <= h.start &&
        (h.inside ? p.from === h.from : h.from - p.to <= PROMISE_REACH) &&
        t.tokens[p.from]!.clause === t.tokens[h.from]!.clause,
    );
  const said = {
    complaints,
    grievance,
    again,
    promised,
    promisedContact: [...of('callback'), ...persons].some(told),
    rhetoric,
    negation,
    notHelped,
    saysNo,
    justAsking,
    thanked: of('thanks').length > 0,
    counted: of('counted').length > 0,
    domains,
  };

  const asked = live('callback').filter((h) => !told(h))[0] ?? of('refuseBot')[0];
  if (asked) return { ...said, request: asked.text, declined: false };
  // Refused, in a short message: the person negated, or the wish or contact verb right before it
  // ("мне не нужен оператор, просто скажите…"). In a long one a negator nearby is the story's
  // ("I don't know which form… could someone…").
  const wished = [...of('contact'), ...of('want')];
  const words = wordsIn(t.tokens);
  const refusing = negators.filter(
    (n) => !(lists.negatorOrThat.has(t.tokens[n.from]!.key) && persons.some((p) => p.from === n.to)),
  );
  const declined =
    words <= DECLINE_WORDS &&
    persons.some(
      (p) =>
        negatedRightBefore(p, refusing) ||
        wished.some((v) => negatedRightBefore(v, refusing) && v.to <= p.from && p.from - v.to <= 1),
    );
  const none = { ...said, request: null, declined };
  if (!persons.length || declined) return none;
  if (words <= BARE_WORDS && onlyAsking(t.tokens, hits)) return { ...none, request: persons[0]!.text };
  // …or ends a message on a last clause of its own: "det her fører ingen steder. medarbejder."
  const lastClause = t.tokens[t.tokens.length - 1]!.clause;
  const from = t.tokens.findIndex((w) => w.clause === lastClause);
  const tail = persons.find((p) => p.from >= from);
  if (tail && from > 0 && wordsIn(t.tokens.slice(from)) <= BARE_TAIL && onlyAsking(t.tokens, hits, from))
    return { ...none, request: tail.text };
  const verbs = [...live('contact'), ...live('want')];
  for (const person of persons.filter((p) => !told(p))) {
    const verb = verbs.find((v) => !overlaps(v, person) && near(t.tokens, v, person));
    if (verb) return { ...none, request: quoteBetween(t, person, verb) };
  }
  return none;
}

/** Words from a promise to the call back or person it promised ("katanya mau dihubungi balik"). */
const PROMISE_REACH = 6;

/** Words apart, at most, for a person and its verb ("хочу поговорить с живым оператором"). */
const NEAR_WORDS = 4;
/** Characters apart inside an unspaced clause ("担当者と話したい", "我想和人工客服说话"). */
const NEAR_CHARS = 10;

/** In one clause and close: a long sentence names a person here and wishes something there. */
function near(toks: Token[], a: Hit, b: Hit): boolean {
  if (toks[a.from]!.clause !== toks[b.from]!.clause) return false;
  if (a.inside || b.inside) return Math.max(a.start, b.start) - Math.min(a.end, b.end) <= NEAR_CHARS;
  const [first, second] = a.from < b.from ? [a, b] : [b, a];
  if (toks.slice(first.to, second.from).some((w) => JOINS.has(w.key))) return false;
  return second.from - first.to <= NEAR_WORDS - 1;
}
/**
 * "And", "but" between unpunctuated Korean clauses: "수업도 있나요 그리고 강사님이 누구신지…" asks
 * two things, no person.
 */
const JOINS = new Set(['그리고', '그런데', '근데', '그리구', '하지만']);

/**
 * Every word (from token `from` on) is a person, a contact verb or a wish ("оператор, пожалуйста",
 * "人工客服"): nothing else is said.
 */
function onlyAsking(toks: Token[], hits: Hit[], from = 0): boolean {
  const asking = hits.filter((h) => h.kind === 'person' || h.kind === 'contact' || h.kind === 'want');
  return toks.every((tok, i) => {
    if (i < from) return true;
    const on = asking.filter((h) => h.from <= i && i < h.to);
    if (!on.length) return false;
    if (!on.every((h) => h.inside)) return true;
    // Inside an unspaced token, the hits must cover most of it.
    const covered = new Set<number>();
    for (const h of on) for (let c = h.start; c < h.end; c++) covered.add(c);
    return covered.size * 2 >= tok.key.length;
  });
}

const quoteBetween = (t: Tokenized, a: Hit, b: Hit) =>
  t.typed.slice(Math.min(a.start, b.start), Math.max(a.end, b.end)).slice(0, 80);
