import { stemmer } from 'stemmer';

// Tokenisation shared by the query builder and the confidence features. It mirrors FTS5's
// `unicode61 remove_diacritics 2` (letters and digits, case- and accent-folded) and its
// `porter` stemmer closely enough that a term we count as matched is one FTS matched.

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Lower-cased, accent-free word tokens, in order. */
export function words(text: string): string[] {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().match(WORD) ?? [];
}

/**
 * Function words: they carry no topic, and OR-matching them would make every document a
 * candidate ("what is the company that made you" must not hit on "the").
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are aren as at be because been before being ' +
    'below between both but by can cannot could couldn did didn do does doesn doing don down during each ' +
    'either else ever few for from further had hadn has hasn have haven having he her here hers herself him ' +
    'himself his how however i if in into is isn it its itself just let me might mine more most much must ' +
    'mustn my myself near neither no nor not now of off on once only or other ought our ours ourselves out ' +
    'over own per quite rather same shall shan she should shouldn so some such than that the their theirs ' +
    'them themselves then there these they this those though through to too under until up upon us very via ' +
    'was wasn we were weren what whatever when whenever where whereas wherever whether which while who whom ' +
    'whose why will with within without won would wouldn yet you your yours yourself yourselves ' +
    // contractions split by the tokeniser ("don't" → don, t)
    's t d ll m re ve ' +
    // the commonest function words of Spanish, French, German, Dutch, Portuguese and Italian
    // (accents already folded), minus those that are also English words (son, die, hay, bin, ai…)
    'el la los las un una unos unas del al de que en y o es por para mi mis tu su sus se lo le les ' +
    'como pero mas muy ya este esta esto donde cuando porque tengo puedo quiero ' +
    'le les des du et ou est une dans pour pas ne je tu il elle nous vous ils au aux ce cette ma mes ' +
    'ta vos votre qui quoi comment ou quand avec sur sont suis avez peux veux ' +
    'der das dem des ein eine einer einen und oder ist nicht ich du er sie wir ihr mit auf von ' +
    'zu im wie was wo wann warum mein meine kann habe sind ' +
    'het een en van niet ik je jij hij wij zij mijn op voor wat waar wanneer kan heb ' +
    'um uma nao com para meu minha voce onde quando porque tenho posso quero ' +
    'il lo gli una di che e non per con mio mia quando perche ho posso voglio sono'
  ).split(/\s+/),
);

/**
 * Filler customers add to any question: dropped, unless the message is nothing but filler ("hi").
 * Person words too: asking for or refusing a person is triage's business, not the question's
 * topic ("I don't need an agent, just tell me how to reset my password").
 */
export const FILLER: ReadonlySet<string> = new Set(
  (
    'hi hello hey thanks thank please pls plz ok okay yes yeah sure kindly want wants wanted wanna need ' +
    'needs like know tell tells say said get gets got getting go going gonna make done anyone someone ' +
    'something anything thing things way really actually still even agent agents human humans person representative operator'
  ).split(/\s+/),
);

/** FTS5 operators; quoted they are plain words, but never let one through unquoted. */
const FTS_KEYWORDS = new Set(['and', 'or', 'not', 'near']);

/** Neither a function word nor filler. */
export const isContent = (w: string) => !STOPWORDS.has(w) && !FILLER.has(w);

/** Content words of a text: tokens minus stopwords, in order, unique, at most `max`. */
export function contentWords(text: string, max = 16): string[] {
  const tokens = words(text).filter((w) => !STOPWORDS.has(w) && !FTS_KEYWORDS.has(w) && w.length <= 40);
  const content = tokens.filter((w) => !FILLER.has(w));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const w of content.length > 0 ? content : tokens) {
    const s = stem(w);
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(w);
    if (out.length >= max) break;
  }
  return out;
}

/** Stems of recent words: retrieval stems the same passages' words over and over. */
const stems = new Map<string, string>();
const STEM_CACHE = 20_000;

/** Porter stem; digits and very short tokens are left alone, as FTS5's porter does. */
export function stem(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= STEM_CACHE) stems.clear();
    s = stemmer(word);
    stems.set(word, s);
  }
  return s;
}

/** The set of stems in a text, for "which query terms does this passage contain". */
export function stemSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) out.add(stem(w));
  return out;
}
