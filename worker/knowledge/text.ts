import { stemmer } from 'stemmer';
import { RUN, splitRun, unmarked } from './segment';

// Tokenisation shared by the query builder and the confidence features. Each word has two
// forms. Its key (case- and accent-folded in every script, Porter-stemmed later) is what the
// features and the term statistics compare, so "παραγγελια" typed without accents still counts as
// the article's "παραγγελία". Its typed form is what goes to FTS5, whose `unicode61
// remove_diacritics 2` folds accents off Latin letters only and splits a word at its marks: "café"
// goes as "cafe", "какой" keeps its й, and "ส่ง" stays whole, a quoted phrase FTS splits the
// way it split the article. Words of unspaced scripts come from the segmenter the index was
// built with (segment.ts).

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
/** A letter, mark or digit beyond ASCII: something to fold or segment (curly quotes are not). */
const BEYOND_ASCII = /(?![ -~])[\p{L}\p{M}\p{N}]|\u200b/u;

export interface Term {
  /** Folded: what features and term statistics compare. */
  key: string;
  /** As FTS5 indexes it: lower case, accents off Latin letters only. */
  typed: string;
}

/** The words of a text, in order, each with its key and its typed form. */
export function terms(text: string): Term[] {
  if (!BEYOND_ASCII.test(text))
    return (text.toLowerCase().match(WORD) ?? []).map((w) => ({ key: w, typed: w }));
  const out: Term[] = [];
  for (const run of unmarked(text).normalize('NFC').match(RUN) ?? []) {
    for (const word of splitRun(run)) {
      const lower = word.toLowerCase().normalize('NFKD');
      const keys = lower.replace(MARKS, '').match(WORD) ?? [];
      // (a compatibility form may fall apart: "①" is "1")
      if (keys.length !== 1) for (const key of keys) out.push({ key, typed: key });
      else out.push({ key: keys[0]!, typed: lower.replace(LATIN_MARKS, '$1').normalize('NFC') });
    }
  }
  return out;
}

/** The keys of a text's words, in order. */
export const words = (text: string): string[] => terms(text).map((t) => t.key);

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
    'il lo gli una di che e non per con mio mia quando perche ho posso voglio sono ' +
    // Japanese, Chinese and Thai particles and question words, as the segmenter cuts them
    'です ます でした ました ですか ますか ですが ください した して ' +
    'いる ある この その あの これ それ どう どこ いつ 何 なに 私 わたし ので から まで ' +
    '的 了 是 吗 呢 吧 啊 我 你 您 我们 在 有 和 与 就 都 也 还 要 会 能 可以 怎么 什么 哪里 哪 请问 请 ' +
    '一下 这 那 这个 那个 个 多少 多少钱 几 如何 为什么 我想 我要 想要 想 能否 是否 有没有 怎样 怎么样 ' +
    'ครับ ค่ะ คะ คับ นะ ที่ และ ของ ใน ได้ ไหม มั้ย หรือ ไม่ ว่า จะ ก็ ให้ กับ เป็น มี อยู่ นี้ นั้น ผม ' +
    'ฉัน ดิฉัน คุณ เรา อย่างไร ยังไง อะไร เมื่อไร เมื่อไหร่ ที่ไหน ' +
    // Korean particles as segment.ts cuts them off, and question words
    '에서는 에게서 으로는 에서 에게 에는 으로 까지 부터 한테 처럼 보다 이나 이랑 은 는 이 가 을 를 에 의 도 와 과 로 만 랑 ' +
    '제 저 저는 제가 나 내 우리 어떻게 언제 어디 어디서 무엇 뭐 왜 얼마 얼마나 있나요 있어요 있습니까 하나요 ' +
    '해요 합니다 되나요 돼요 인가요 예요 이에요 입니다 주세요 싶어요 싶습니다'
  )
    .split(/\s+/)
    .flatMap(words),
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

/** A word of one or two hiragana: a particle or an ending ("は", "ば", "すれ"), never a topic. */
const KANA_ENDING = /^\p{Script=Hiragana}{1,2}$/u;
const isStopword = (w: string) => STOPWORDS.has(w) || KANA_ENDING.test(w);

/** Neither a function word nor filler. */
export const isContent = (w: string) => !isStopword(w) && !FILLER.has(w);

/**
 * Content words of a text (or of its words, already cut): tokens minus stopwords, in order,
 * unique by stem, at most `max`.
 */
export function contentTerms(text: string | readonly Term[], max = 16): Term[] {
  const tokens = (typeof text === 'string' ? terms(text) : text).filter(
    ({ key }) => !isStopword(key) && !FTS_KEYWORDS.has(key) && key.length <= 40,
  );
  const content = tokens.filter(({ key }) => !FILLER.has(key));
  const out: Term[] = [];
  const seen = new Set<string>();
  for (const t of content.length > 0 ? content : tokens) {
    const s = stem(t.key);
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(t);
    if (out.length >= max) break;
  }
  return out;
}

/** The keys of a text's content words (contentTerms). */
export const contentWords = (text: string, max = 16): string[] => contentTerms(text, max).map((t) => t.key);

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
