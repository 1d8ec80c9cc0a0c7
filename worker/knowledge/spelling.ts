import { isContent, stem } from './text';

// Visitors misspell ("paymets"), spell the other side of the Atlantic ("customisation"), and
// split or join words ("lock down", "hairfall"). A query word the knowledge base never uses is
// read as the KB's own word one edit away, or as the two KB words it is made of; two adjacent
// query words the KB writes as one are read as that word. Only the KB's vocabulary is used, so
// nothing is "corrected" into a word the KB cannot match.

/** Shorter words are left alone: one edit turns "cod" into "god". */
export const MIN_FIX_LENGTH = 5;
/** Each part of a split word is at least this long ("hairfall" → hair + fall, never "ha" + …). */
const MIN_PART = 3;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHA = /^[a-z]+$/;

/**
 * Words one edit away: a letter deleted, swapped with the next, replaced or inserted. The first
 * letter stays: typos rarely hit it, and "dream" must not become "cream".
 */
export function edits(word: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      if (tail && c !== tail[0]) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return [...out];
}

/** Two-part readings of a word, both parts content words. */
export function splits(word: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (isContent(a) && isContent(b)) out.push([a, b]);
  }
  return out;
}

/** Can this query word be respelled? Letters only and long enough. */
export const fixable = (word: string) => word.length >= MIN_FIX_LENGTH && ALPHA.test(word);

/** Adjacent words of the query written together, when the result is a content word. */
export function joins(words: string[]): { a: string; b: string; word: string }[] {
  const out: { a: string; b: string; word: string }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    const word = a + b;
    if (ALPHA.test(word) && word.length >= MIN_FIX_LENGTH + 1 && isContent(word)) out.push({ a, b, word });
  }
  return out;
}

/** Stems whose document frequency `respell` may ask for, for the unseen query words. */
export function candidateStems(unseen: string[]): string[] {
  const out = new Set<string>();
  for (const w of unseen) {
    for (const e of edits(w)) out.add(stem(e));
    for (const [a, b] of splits(w)) {
      out.add(stem(a));
      out.add(stem(b));
    }
  }
  return [...out];
}

/**
 * The query's terms as the KB writes them, or null when nothing changes. `df` gives a stem's
 * document frequency in the KB (0 when unknown); `words` are all the query's words in order
 * (function words too: "lock down" joins across one).
 */
export function respell(terms: string[], words: string[], df: (stem: string) => number): string[] | null {
  const out: string[] = [];
  let changed = false;
  // Joined only when a part alone says nothing to the KB: "lock down" (down is a function word),
  // "pin kode"; "pin code" with both words in the KB already matches.
  const alone = (w: string) => !isContent(w) || df(stem(w)) === 0;
  const joined = joins(words).filter((j) => df(stem(j.word)) > 0 && (alone(j.a) || alone(j.b)));
  const absorbed = new Set(joined.flatMap((j) => [j.a, j.b]));
  for (const j of joined) {
    out.push(j.word);
    changed = true;
  }
  for (const t of terms) {
    if (absorbed.has(t)) continue;
    const s = stem(t);
    if (df(s) > 0 || !fixable(t)) {
      out.push(t);
      continue;
    }
    const fix = bestEdit(t, df) ?? bestSplit(t, df);
    if (fix) {
      out.push(...fix);
      changed = true;
    } else out.push(t);
  }
  return changed ? [...new Set(out)] : null;
}

/** The most frequent KB word one edit away (the FTS query uses it as written: FTS stems it the same way). */
function bestEdit(word: string, df: (stem: string) => number): string[] | null {
  let best: string | null = null;
  let bestDf = 0;
  for (const e of edits(word)) {
    const s = stem(e);
    // "formed" → "forred" stems to "for": a function word is no reading of a content word.
    if (s.length < MIN_FIX_LENGTH - 1 || !isContent(s)) continue;
    const n = df(s);
    if (n > bestDf) {
      best = e;
      bestDf = n;
    }
  }
  return best ? [best] : null;
}

/** The split whose rarer part is most frequent in the KB. */
function bestSplit(word: string, df: (stem: string) => number): string[] | null {
  let best: [string, string] | null = null;
  let bestDf = 0;
  for (const [a, b] of splits(word)) {
    const n = Math.min(df(stem(a)), df(stem(b)));
    if (n > bestDf) {
      best = [a, b];
      bestDf = n;
    }
  }
  return best;
}
