import { isContent, stem } from './text';

// Visitors misspell ("paymets"), spell the other side of the Atlantic ("customisation"), and
// split or join words ("lock down", "hairfall"). A query word the knowledge base never uses is
// read as the KB's own term one edit away, or as the two KB words it is made of; two adjacent
// query words the KB writes as one are read as that word. Only the KB's vocabulary is used, so
// nothing is "corrected" into a word the KB cannot match.

/**
 * Shorter words are left alone: among them most words one edit from a KB word are real words
 * ("stuck" is not "stock", "shoes" not "shop").
 */
export const MIN_FIX_LENGTH = 6;
/**
 * Each part of a split word is at least this long ("hairfall" → hair + fall; never "present" →
 * pre + sent). A joined pair's shorter word has at least MIN_PART - 1 letters ("pin code").
 */
const MIN_PART = 4;
const ALPHA = /^[a-z]+$/;

/** Can this query word be respelled? Letters only and long enough. */
export const fixable = (word: string) => word.length >= MIN_FIX_LENGTH && ALPHA.test(word);

/**
 * The KB terms worth comparing with an unseen word: same first two letters (typos rarely hit
 * them, and "dream" must not become "cream"), no longer than the word plus one. As SQL bounds.
 */
export function neighbourhood(word: string) {
  const prefix = word.slice(0, 2);
  return {
    from: prefix,
    to: `${prefix}\u{10ffff}`,
    minLength: MIN_FIX_LENGTH - 1,
    maxLength: word.length + 1,
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Words one edit away that keep the first two letters: a letter deleted, swapped, replaced or inserted. */
export function edits(word: string): string[] {
  const out = new Set<string>();
  for (let i = 2; i <= word.length; i++) {
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

/** One insertion, deletion, substitution or swap of adjacent letters turns a into b. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
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

export interface Join {
  a: string;
  b: string;
  word: string;
}

/** Adjacent words of the query written together, when the result is a content word. */
export function joins(words: string[]): Join[] {
  const out: Join[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    const word = a + b;
    if (ALPHA.test(word) && Math.min(a.length, b.length) >= MIN_PART - 1 && isContent(word))
      out.push({ a, b, word });
  }
  return out;
}

/** Stems of the parts `splits` may read an unseen word as: their frequency is looked up too. */
export const splitStems = (unseen: string[]) => [
  ...new Set(unseen.flatMap((w) => splits(w).flatMap(([a, b]) => [stem(a), stem(b)]))),
];

export interface Vocabulary {
  /** A stem's document frequency in the KB (0 when unknown). */
  df(stem: string): number;
  /** KB terms (stems) with their frequency in an unseen word's neighbourhood. */
  near(word: string): [string, number][];
}

/**
 * The query's terms as the KB writes them, or null when nothing changes. `joined`: `joins` of all
 * the query's words in order (function words too: "lock down" joins across one).
 */
export function respell(terms: string[], joined: Join[], kb: Vocabulary): string[] | null {
  const out: string[] = [];
  let changed = false;
  // Joined only when a part alone says nothing to the KB: "lock down" (down is a function word),
  // "pin kode"; "pin code" with both words in the KB already matches.
  const alone = (w: string) => !isContent(w) || kb.df(stem(w)) === 0;
  const fits = joined.filter((j) => kb.df(stem(j.word)) > 0 && (alone(j.a) || alone(j.b)));
  const absorbed = new Set(fits.flatMap((j) => [j.a, j.b]));
  for (const j of fits) {
    out.push(j.word);
    changed = true;
  }
  for (const t of terms) {
    if (absorbed.has(t)) continue;
    if (kb.df(stem(t)) > 0 || !fixable(t)) {
      out.push(t);
      continue;
    }
    const fix = bestEdit(t, kb) ?? bestSplit(t, kb);
    if (fix) {
      out.push(...fix);
      changed = true;
    } else out.push(t);
  }
  return changed ? [...new Set(out)] : null;
}

/**
 * The most frequent KB term one edit from the word: from its stem ("paymets" → payment), or the
 * stem of a word one edit from it, where the stemmer parts the spellings ("customisation" →
 * customis, "customization" → custom). The query then uses the KB's term or the edited word (FTS
 * stems either as the KB did). No function word qualifies ("formed" → "forred" is "for").
 */
function bestEdit(word: string, kb: Vocabulary): string[] | null {
  const near = new Map(
    kb.near(word).filter(([term]) => term.length >= MIN_FIX_LENGTH - 1 && isContent(term)),
  );
  if (near.size === 0) return null;
  const s = stem(word);
  let best: string | null = null;
  let bestDf = 0;
  for (const [term, n] of near) {
    if (n > bestDf && stem(term) === term && oneEditApart(s, term)) {
      best = term;
      bestDf = n;
    }
  }
  if (best) return [best];
  // Only a stem that keeps most of the word: stems of random edits collapse onto short KB stems
  // ("yearly" → "yearely" → year).
  for (const e of edits(word)) {
    const t = stem(e);
    const n = t.length >= MIN_FIX_LENGTH ? (near.get(t) ?? 0) : 0;
    if (n > bestDf) {
      best = e;
      bestDf = n;
    }
  }
  return best ? [best] : null;
}

/** The split whose rarer part is most frequent in the KB. */
function bestSplit(word: string, kb: Vocabulary): string[] | null {
  let best: [string, string] | null = null;
  let bestDf = 0;
  for (const [a, b] of splits(word)) {
    const n = Math.min(kb.df(stem(a)), kb.df(stem(b)));
    if (n > bestDf) {
      best = [a, b];
      bestDf = n;
    }
  }
  return best;
}
