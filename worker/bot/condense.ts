import { words } from '../knowledge/text';

/** Picks the sentences of the best passages that answer the question, in reading order. */

const STOP = new Set(
  'a an the and or but if of to in on at for from by with about as is are was were be been am do does did have has had i you we they he she it my your our their me us them this that these those what which who whom how when where why can could would should will shall may might must not no yes so than then there here just also any some all please'.split(
    ' ',
  ),
);

/** The knowledge base's words (Chinese, Japanese and Thai segmented, accents folded), minus stopwords. */
export function terms(text: string): string[] {
  return words(text).filter((t) => (t.length > 1 || UNSPACED_LETTER.test(t)) && !STOP.has(t));
}
/** One Chinese or Japanese character can be a whole word ("送"). */
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Katakana}]/u;

/** A crude stem so "returns"/"returning"/"return" meet; good enough for sentence choice. */
const stem = (t: string) => t.replace(/(ing|ed|es|s)$/u, '');

/** "How many days…", "how much", "how long", "when": the answer is likely a sentence with a number. */
const QUANTITY =
  /\b(how (many|much|long|soon|late|often|far)|when|what time|cu[aá]nto|combien|wie (viel|lange)|quanto|hoeveel)\b/iu;

/** A full stop of Chinese or Japanese ends a sentence with no space after it. */
const WIDE_STOP = /[。！？]$/u;

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"(])|(?<=[。！？])\s*|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Sentences back into text: a space after each, but none after "。". */
const joinSentences = (sentences: string[]) =>
  sentences.reduce((text, s) => (!text ? s : WIDE_STOP.test(text) ? text + s : `${text} ${s}`), '');

/** An answer shorter than this share of maxChars reads on past its last sentence. */
const MIN_SHARE = 0.4;

interface Candidate {
  passage: number;
  index: number;
  text: string;
  score: number;
}

/**
 * Condenses one or more passages (best first) into an answer of at most `maxChars`:
 * sentences are scored by the question's terms, numbers count for quantity questions,
 * and earlier passages/sentences win ties; the chosen ones are returned in reading order.
 */
export function condense(question: string, passages: string[], maxChars = 420): string {
  const q = new Set(terms(question).map(stem));
  const wantsNumber = QUANTITY.test(question);
  const all: Candidate[] = [];
  passages.forEach((text, passage) => {
    splitSentences(text).forEach((s, index) => {
      const ts = terms(s).map(stem);
      const hits = new Set(ts.filter((t) => q.has(t))).size;
      let score = hits / Math.sqrt(ts.length + 1);
      if (wantsNumber && /\d/.test(s)) score += 0.5;
      score -= passage * 0.05 + index * 0.01;
      all.push({ passage, index, text: s, score });
    });
  });
  const first = passages[0] ?? '';
  if (passages.length === 1 && first.length <= maxChars) return joinSentences(splitSentences(first));
  const picked: Candidate[] = [];
  let used = 0;
  for (const c of [...all].sort((a, b) => b.score - a.score)) {
    if (c.score <= 0 && picked.length > 0) break;
    if (used + c.text.length > maxChars && picked.length > 0) continue;
    picked.push(c);
    used += c.text.length + 1;
    if (used >= maxChars * 0.8) break;
  }
  // One short sentence that only echoes the question ("what to do when something arrives
  // smashed") is not an answer: read on, in order, into what follows it.
  if (picked.length > 0 && used < maxChars * MIN_SHARE) {
    const last = picked.reduce((a, b) =>
      b.passage > a.passage || (b.passage === a.passage && b.index > a.index) ? b : a,
    );
    for (const c of all) {
      if (c.passage < last.passage || (c.passage === last.passage && c.index <= last.index)) continue;
      if (used + c.text.length > maxChars) break;
      picked.push(c);
      used += c.text.length + 1;
      if (used >= maxChars * MIN_SHARE) break;
    }
  }
  return joinSentences(picked.sort((a, b) => a.passage - b.passage || a.index - b.index).map((c) => c.text));
}
