import { eld } from 'eld/extrasmall';
import { fold, SEVEN_LANGUAGES, type Tokenized } from './text';

// Language of a visitor message, ISO 639-1. ELD (n-gram detector, 60 languages, pure JS, no fs
// or eval: runs in workerd and Node alike) decides when it is sure; short messages ("Agent",
// "merci") are not enough for n-grams, so a vote of function words among the languages
// Baton ships lexicons for breaks the tie, and then the conversation's language so far.

const subset = eld.newInstance();
subset.setLanguageSubset(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl']);

// Function words (plus greetings and thanks), by language. A word shared by several languages
// ("de", "la", "me") splits its vote between them.
const FUNCTION_WORDS: Record<string, string> = {
  en: "the is my to and you your i it of for with what how can do this are not have me please where when why want need hi hello thanks thank would could there an was a as at be by go he if in no on or so up us we get got set new any all some about after also just like it's i'm don't can't what's is a show",
  es: 'el la los las es mi mis que de y para con por como donde quiero necesito un una esta tengo hola gracias puedo hay pedido del al lo muy pero me te se le nos su sus tienen tiene puedo puede algo alguien ahi aqui favor esto eso nada bien verdad en no nuestro nuestra nuestros nuestras',
  fr: "le la les est mon ma mes je et pour avec que comment ou veux ne pas un une des bonjour merci c'est j'ai vous du au commande il y suis me te se nous pouvez peux est-ce avez ai sont ici quelqu'un s'il plait de en notre nos",
  de: 'der die das ist mein meine ich und fur mit nicht wie wo ein eine bitte danke hallo kann mochte habe sie den dem noch auf es jemand mich mir ihr gibt hier',
  pt: 'o a os as e meu minha que para com nao como onde quero preciso um uma obrigado ola esta tenho voce do da no na pedido me te se tem ai alguem voces posso pode aqui isso isto bem muito obrigada de nos nosso nossa nossos nossas',
  it: "il lo la gli e mio mia che per con non come dove voglio un una grazie ciao sono ho del della c'e ordine mi ti si ci potete posso puo qualcuno anche al nostro nostra nessuno",
  nl: 'de het een is mijn ik en voor met niet hoe waar wil graag bedankt hallo heb kan jullie u dat er op me je kunt iemand hier',
};

/**
 * The same for Latin-script languages beyond the seven, without the words they share with the
 * seven ("de", "en", "la", "on", "ja"): those would move votes away from the seven's messages.
 */
const OTHER_FUNCTION_WORDS: Record<string, string> = {
  pl: 'prosze jest nie sie tego czy mam moje moja jak gdzie dlaczego chce zamowienie dzien dobry dziekuje mnie jestem',
  cs: 'prosim dekuji jsem neni muj moje chci kde proc dobry mne jsme muzete nekoho nekym neco nejak bych uz taky jeste proste jsi jako potrebuju potrebuji jak jde ktera ktery',
  ro: 'vreau sunt unde cum buna ziua multumesc rog',
  tr: 'bir ve bu icin nasil nerede istiyorum merhaba tesekkurler lutfen siparisim yok var',
  sv: 'jag och inte ar hur vad mitt hej tack vill mig kunna med till prata manniska nan nagon',
  da: 'jeg og ikke hvordan hvad hvor mig vil med til snakke tale menneske noget nogen',
  no: 'jeg og ikke hvordan hva hvor mitt hei takk meg noen vil med til snakke menneske noe',
  fi: 'ei mun miten missa miksi haluan kiitos onko voinko olen',
  id: 'saya tidak bisa bagaimana ini itu apa terima kasih tolong gimana nggak yang sudah',
  vi: 'khong cua minh duoc cho ban anh gi',
  // Arabic typed in Latin letters and digits (Arabizi: Moroccan, Egyptian, Levantine, Gulf chats)
  ar: 'bghit baghi 3afak wach wash chno chnou kifach mazal daba bzaf dyal dyali diali rani 3ayez 3ayza msh mish ezay leh shukran shokran choukran m3a ma3 3la ya3ni ma3lesh lazem mumkin momken keda kda 7aga wahed wa7ed 7ad bdi biddi abgha kayn wa7da',
  // Hindi typed in Latin letters (Hinglish), common in chats
  hi: 'hai hain mera meri mere mujhe nahi nahin kya kaise kyun kyu aap apna hum ko kar karo karna karke chahiye chahta chahti yaar kab kahan kuch koi bhi raha rahi abhi baat',
  hu: 'az egy hogy meg azt mar csak kell lehet szeretnek szeretnem koszonom kerem hol hogyan miert mikor vagy volt nincs nekem engem velem valaki valakivel tudok tudna',
  sk: 'som chcem dakujem vdaka aj prosim preco ako ste moj moja teraz potrebujem mozem mozete niekto niekoho niekym nieco',
  hr: 'sam kako gdje zasto zelim hvala molim trebam netko nesto mozete jos vec bih imam moj moja narudzba nisam nije',
  tl: 'ang ng mga ako ba yung naman paano saan kailan bakit hindi salamat kasi niyo nyo kayo opo pwede puwede ito iyan yan sana talaga akin ko',
};

const VOTES = new Map<string, { lang: string; weight: number }[]>();
for (const [lang, words] of [...Object.entries(FUNCTION_WORDS), ...Object.entries(OTHER_FUNCTION_WORDS)]) {
  for (const w of words.split(' ')) {
    const k = fold(w);
    const list = VOTES.get(k) ?? [];
    if (!list.some((v) => v.lang === lang)) list.push({ lang, weight: 0 });
    VOTES.set(k, list);
  }
}
for (const list of VOTES.values()) for (const v of list) v.weight = 1 / list.length;

const LETTERS = /\p{L}/gu;

/**
 * Function-word votes, with the n-gram scores of the seven languages as a tie-breaker ("me",
 * "que", "un" are shared by several of them). Null when there are no function words at all.
 */
function vote(
  text: string,
  t: Tokenized,
  previous: string | null,
  full: ReturnType<typeof eld.detect>,
): string | null {
  const totals = new Map<string, number>();
  let sum = 0;
  for (const tok of t.tokens) {
    for (const v of VOTES.get(tok.key) ?? []) {
      totals.set(v.lang, (totals.get(v.lang) ?? 0) + v.weight);
      sum += v.weight;
    }
  }
  if (sum < 1) return null;
  const grams = subset.detect(text).getScores();
  // Languages beyond the seven take their n-gram score from the full detector's guess.
  const other = [...totals.keys()].some((l) => !SEVEN.has(l)) ? full.getScores() : {};
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, votes] of totals) {
    // The conversation's language so far tips a close call.
    const score = votes + 1.5 * (grams[lang] ?? other[lang] ?? 0) + (lang === previous ? 0.5 : 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The message's language; `previous` is the conversation's language so far (null at the
 * start). Long messages: the n-gram detector. Short ones: function words ("how do I…",
 * "où est…", "merci"), then a reliable n-gram guess, then the conversation's language, then
 * English — a bare "Agent" or "Refund status" says nothing about the language.
 */
export function detectLanguage(text: string, t: Tokenized, previous: string | null): string {
  const letters = text.match(LETTERS)?.length ?? 0;
  const script = byScript(text, letters, previous);
  if (script) return script;
  if (letters < 3) return previous ?? 'en';
  // Arabizi: n-grams take "bghit nhder m3a chi wahed" for French or Spanish
  if (arabizi(t)) return 'ar';
  const full = eld.detect(text);
  const reliable = !!full.language && full.isReliable();
  // A sure n-gram guess outside the seven outweighs a stray shared word ("et", "de", "i"); but
  // a guess Baton has no lists for yields to the function words of a neighbour it has (Czech
  // typed without accents reads as Slovenian or Slovak: "muzete me prepojit na nekoho").
  const neighbour = () => {
    const guess = code(full.language);
    // Czech without accents reads as Slovak or Croatian, Polish as Croatian, Hinglish as
    // Tagalog: a letter only one of them writes, then their function words, decide.
    const alike = LOOKALIKE[guess];
    if (alike) {
      const lettered = byLetters(text);
      if (lettered === guess || (lettered && alike.includes(lettered))) return lettered;
      const voted = vote(text, t, previous, full);
      return voted && alike.includes(voted) ? voted : guess;
    }
    if (LISTED.has(guess)) return guess;
    const voted = vote(text, t, previous, full);
    return voted && LISTED.has(voted) && !SEVEN.has(voted) ? voted : guess;
  };
  if (reliable && letters >= LONG_TEXT) return neighbour();
  const lettered = byLetters(text);
  if (lettered) return lettered;
  if (reliable && letters >= OTHER_TEXT && !SEVEN.has(full.language)) return neighbour();
  const voted = vote(text, t, previous, full);
  if (voted) return voted;
  if (reliable && letters >= 12 && t.tokens.length >= 3)
    return code(nearSeven(text, full.language, full.getScores()));
  if (previous) return previous;
  if (t.tokens.length >= 4) return subset.detect(text).language || 'en';
  return 'en';
}

/** A word of Latin letters with a digit for an Arabic sound: "m3a", "7ad", "3afak" (not "b2b", "4g"). */
const ARABIZI_WORD = /^[a-z]*[a-z][379][a-z]+$|^[379][a-z]{2,}$/;
const ARABIZI_FUNCTION_WORDS = new Set(OTHER_FUNCTION_WORDS.ar!.split(' '));

/** Two Arabizi function words, or one beside a word spelt with a digit for an Arabic sound. */
function arabizi(t: Tokenized): boolean {
  const said = t.tokens.filter((w) => ARABIZI_FUNCTION_WORDS.has(w.key)).length;
  return said >= 2 || (said >= 1 && t.tokens.some((w) => ARABIZI_WORD.test(w.key)));
}

/** From this many letters on, character n-grams are more reliable than counting function words. */
const LONG_TEXT = 40;
const OTHER_TEXT = 24;
const SEVEN = new Set(SEVEN_LANGUAGES);
/** N-gram guesses that are often a neighbour's text, and those neighbours (see `detectLanguage`). */
const LOOKALIKE: Record<string, string[]> = {
  cs: ['sk'],
  sk: ['cs', 'hr'],
  hr: ['cs', 'sk', 'pl'],
  tl: ['hi', 'id'],
};
/** Languages with function words here: the seven and those of OTHER_FUNCTION_WORDS. */
const LISTED = new Set([...SEVEN_LANGUAGES, ...Object.keys(OTHER_FUNCTION_WORDS)]);

/**
 * A short message with no function words: the n-gram guess, but one of the seven when it scores
 * about as well ("bloccare carta smarrita" reads as Romanian by a hair).
 */
function nearSeven(text: string, guess: string, scores: Record<string, number>): string {
  if (SEVEN.has(guess)) return guess;
  const seven = subset.detect(text);
  return seven.language && (scores[seven.language] ?? 0) >= (scores[guess] ?? 0) - NEAR_SCORE
    ? seven.language
    : guess;
}
const NEAR_SCORE = 0.05;

/**
 * ELD has no Indonesian: it reads it as Malay, which is far rarer in support chats. Bosnian is
 * read with the Croatian lists (the same language, mostly).
 */
const code = (lang: string) => (lang === 'ms' ? 'id' : lang === 'bs' ? 'hr' : lang);

/**
 * Scripts that name their language outright: even "オペレーター" or "상담원" is enough. For
 * scripts several languages share (Cyrillic, Arabic, Devanagari), ELD decides when it can.
 */
const SCRIPTS: { re: RegExp; lang: string; shared?: boolean }[] = [
  { re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, lang: 'ja' },
  { re: /\p{Script=Hangul}/gu, lang: 'ko' },
  { re: /\p{Script=Han}/gu, lang: 'zh' },
  { re: /\p{Script=Cyrillic}/gu, lang: 'ru', shared: true },
  { re: /\p{Script=Arabic}/gu, lang: 'ar', shared: true },
  { re: /\p{Script=Devanagari}/gu, lang: 'hi', shared: true },
  { re: /\p{Script=Greek}/gu, lang: 'el' },
  { re: /\p{Script=Hebrew}/gu, lang: 'he' },
  { re: /\p{Script=Thai}/gu, lang: 'th' },
];
const SHORT_CHOICES = ['ru', 'uk'];
/** Ukrainian letters Russian lacks. */
const UKRAINIAN = /[іїєґ]/i;
/**
 * Bulgarian in a short line: "ъ" as a vowel (Russian writes it only before е, ё, ю, я) or one of
 * its everyday words Russian lacks ("искам", "къде", "благодаря").
 */
const BULGARIAN =
  /ъ(?![еёюя])|(?<![\p{L}])(?:как да|искам|искаме|къде|кога|защо|какво|нещо|някой|някого|няма|нямам|имам|благодаря|здравейте|моля|може ли|тук|сега|вече|още|това|тази|този|трябва|мога|можете)(?![\p{L}])/iu;
/** Persian letters Arabic lacks (گ چ پ ژ, and the Persian forms of yeh and kaf), not Urdu's. */
const PERSIAN = /[گچپژیک]/;
const URDU = /[ٹڈڑںےۓھ]/;

function byScript(text: string, letters: number, previous: string | null): string | null {
  if (letters === 0 || /^[\p{Script=Latin}\P{L}]*$/u.test(text)) return null;
  for (const { re, lang, shared } of SCRIPTS) {
    const n = text.match(re)?.length ?? 0;
    // Kana among kanji is Japanese; otherwise the script must be most of the letters.
    if (n === 0 || (lang !== 'ja' && n * 2 < letters)) continue;
    if (!shared) return lang;
    if (lang === 'ar' && PERSIAN.test(text) && !URDU.test(text)) return 'fa';
    const guess = eld.detect(text);
    // Short text: only between the script's common languages (a short Russian line reads as Bulgarian).
    if (
      guess.language &&
      guess.isReliable() &&
      (letters >= LONG_TEXT || (letters >= OTHER_TEXT && SHORT_CHOICES.includes(guess.language)))
    )
      return code(guess.language);
    // (a short Cyrillic line without Ukrainian letters, "дякую", in a Ukrainian conversation is Ukrainian)
    if (lang === 'ru' && (UKRAINIAN.test(text) || previous === 'uk')) return 'uk';
    if (lang === 'ru' && (BULGARIAN.test(text) || previous === 'bg')) return 'bg';
    return lang;
  }
  return null;
}

const nordic = eld.newInstance();
nordic.setLanguageSubset(['sv', 'da', 'no']);

/**
 * Letters that only one language (or one family) writes, for messages too short for n-grams:
 * "Dịch vụ tệ nhất", "chcę konsultanta", "hızlı kargo". None of them occurs in the seven.
 */
const LETTER_HINTS: [RegExp, string][] = [
  [/[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|đ.*[âêôă]|[âêôă].*đ/, 'vi'],
  // (Croatian, Serbian and Bosnian write đ without Vietnamese tone letters: "građanin", "đak")
  [/đ/, 'hr'],
  [/[őű]/, 'hu'],
  [/[ľĺŕ]/, 'sk'],
  [/[ığ]/, 'tr'],
  [/[șțăţ]/, 'ro'],
  // Old Romanian spelling writes ş too, but then mostly beside ţ or ă.
  [/ş/, 'tr'],
  [/[łąęśźżń]/, 'pl'],
  [/[řěů]/, 'cs'],
];
const NORDIC = /[åæø]/;

function byLetters(text: string): string | null {
  const lower = text.toLowerCase();
  for (const [re, lang] of LETTER_HINTS) if (re.test(lower)) return lang;
  if (NORDIC.test(lower)) return nordic.detect(text).language || 'sv';
  return null;
}
