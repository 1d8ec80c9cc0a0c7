// Words in scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese), and
// Korean words apart from their particles.
// FTS5's unicode61 tokeniser takes a whole clause of them as one token ("送料はいくらですか"), so
// no question ever matched a passage in those languages. The platform's ICU word segmenter
// (Intl.Segmenter, dictionary-based) finds the words; the indexed copy of a chunk carries a
// zero-width space between them, which unicode61 reads as a separator and a reader never sees.

/** A letter of a script written without spaces between words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/**
 * Korean is spaced, but a particle is written onto its noun ("배송비는", "환불을"), so the index
 * and a question held different words for one noun. The commonest particles, longest first,
 * come off a word of at least two syllables before them (so "국가" and "하나" stay whole); the
 * index and the query cut alike, which is all matching needs.
 */
const KOREAN_PARTICLE =
  /^(\p{Script=Hangul}{2,}?)(에서는|에게서|으로는|에서|에게|에는|으로|까지|부터|한테|처럼|보다|이나|이랑|은|는|이|가|을|를|에|의|도|와|과|로|만|랑)$/u;
const HANGUL = /\p{Script=Hangul}/u;

/** A run of letters, marks and digits: what a word can be made of before segmenting. */
export const RUN = /[\p{L}\p{M}\p{N}]+/gu;
/** The separator the indexed copy carries between the words of an unspaced run. */
const WORD_BREAK = '\u200b';
const WORD_BREAKS = /\u200b/g;

const segmenters = new Map<string, Intl.Segmenter>();
/** Thai, Lao, Khmer and Burmese are told apart by the segmenter's data; kana means Japanese. */
function segmenterFor(run: string): Intl.Segmenter {
  const locale = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run)
    ? 'ja'
    : /\p{Script=Han}/u.test(run)
      ? 'zh'
      : 'th';
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** The words of one run: the run itself, or for an unspaced script every segment of it. */
export function splitRun(run: string): string[] {
  if (!UNSPACED.test(run)) {
    const particle = HANGUL.test(run) && KOREAN_PARTICLE.exec(run);
    return particle ? [particle[1]!, particle[2]!] : [run];
  }
  return [...segmenterFor(run).segment(run)].map((s) => s.segment);
}

/** The text to index: a word break between the words of every unspaced run (and before a Korean particle). */
export const markWordBreaks = (text: string): string =>
  UNSPACED.test(text) || HANGUL.test(text)
    ? text.replace(RUN, (run) => splitRun(run).join(WORD_BREAK))
    : text;

/** The text as written: the index's word breaks taken out. */
export const unmarked = (text: string): string => text.replace(WORD_BREAKS, '');
