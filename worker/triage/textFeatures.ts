import { THANKS, THANKS_FOR_ASKING, type Token, type Tokenized, UNSPACED } from './text';

/**
 * Features are hashed into 2^bits buckets (the text model's weights are per bucket): 2^16 for
 * the seven languages' model, fewer for the other languages' models (less data to learn from).
 */
export const FEATURE_BITS = 16;
export const OTHER_FEATURE_BITS = 15;
export const LATER_FEATURE_BITS = 15;

/** FNV-1a: cheap, stable across runtimes, spread enough for hashing features. */
function hash(s: string, mask: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & mask;
}

/** Emoji (without skin tones or variation selectors) and the common text emoticons. */
const FACES = /\p{Extended_Pictographic}|[:;]-?[()|]|[:;]-?\/(?!\/)|\bxd\b/gu;

/** Only the start of a long message is read: the asking is in the first sentences. */
const MAX_TOKENS = 60;

/**
 * The message's features for the text model, hashed, each once: words, word pairs (with the
 * message's start and end), letter 3–5-grams of each word, and a few marks (question,
 * exclamation, shouting), and emoji.
 */
export function textFeatures(t: Tokenized, from = 0, to = t.tokens.length, bits = FEATURE_BITS): number[] {
  const mask = (1 << bits) - 1;
  const seen = new Set<number>();
  const toks = t.tokens.slice(from, Math.min(to, from + MAX_TOKENS));
  let prev = '^';
  for (const tok of toks) {
    const k = tok.key;
    seen.add(hash(`w ${k}`, mask));
    seen.add(hash(`b ${prev} ${k}`, mask));
    const padded = `<${k}>`;
    // Chinese and Japanese words are mostly two characters, and a token is a whole clause.
    for (let n = UNSPACED.test(k) ? 2 : 3; n <= 5; n++)
      for (let i = 0; i + n <= padded.length; i++) seen.add(hash(`c ${padded.slice(i, i + n)}`, mask));
    prev = k;
  }
  seen.add(hash(`b ${prev} $`, mask));
  // Emoji and emoticons carry tone the words don't ("great service 👏", "3 hours :(").
  const start = from > 0 ? t.tokens[from]!.start : 0;
  const end = to < t.tokens.length ? t.tokens[to]!.start : t.lower.length;
  for (const m of t.lower.slice(start, end).matchAll(FACES)) seen.add(hash(`e ${m[0]}`, mask));
  if (t.exclamations > 0) seen.add(hash('x !', mask));
  if (t.capsRatio > 0.6) seen.add(hash('x caps', mask));
  return [...seen];
}

/**
 * The model's probability for one label: binary features scaled by 1/√n (so message length
 * does not decide), summed over the label's int8 weights from `offset`, times `scale`, plus
 * the bias, through the logistic. One definition for the worker and the trainer.
 */
export function logistic(
  features: number[],
  weights: ArrayLike<number>,
  offset: number,
  scale: number,
  bias: number,
): number {
  let z = 0;
  for (const i of features) z += weights[offset + i]!;
  z = bias + (z * scale) / Math.sqrt(Math.max(1, features.length));
  return 1 / (1 + Math.exp(-z));
}

const SENTENCE_END = /[.!?\n。！？]/;

export interface Sentence {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Ends with a question mark. */
  question: boolean;
}

/**
 * The message's sentences as token ranges: the asking or complaining is often one sentence after
 * a description of the problem, and the whole message's features dilute it.
 */
export function sentences(t: Tokenized): Sentence[] {
  const out: Sentence[] = [];
  const toks = t.tokens;
  let from = 0;
  for (let i = 1; i <= toks.length; i++) {
    const gap = t.lower.slice(toks[i - 1]!.end, i < toks.length ? toks[i]!.start : undefined);
    if (i === toks.length || SENTENCE_END.test(gap)) {
      out.push({ from, to: i, question: gap.includes('?') || gap.includes('？') });
      from = i;
    }
  }
  return out;
}

/**
 * A sentence whose act is thanking ("I should like to thank…", "Quisiera felicitar…"): the thanks
 * open it. Thanks at the end close a request ("please call me back, thank you"), and "thanks in
 * advance" asks.
 */
export const thanksSentence = (t: Tokenized, p: Sentence) =>
  !p.question && opensWithThanks(t.tokens.slice(p.from, p.to));

/** Words that open with thanks and do not frame a request with them. */
export function opensWithThanks(words: Token[]): boolean {
  return (
    words.slice(0, THANKS_OPENING).some((w) => THANKS.has(w.key)) &&
    !words.some((w) => THANKS_FOR_ASKING.has(w.key))
  );
}
const THANKS_OPENING = 5;
