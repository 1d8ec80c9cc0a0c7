import { splitRun, unmarked } from './segment';
import { isContent } from './text';

// Chinese has no spaces, and the segmenter can cut a question differently from the article it
// should match: "能否开发票" (can you issue an invoice) comes out as 能否|开发|票 ("develop" +
// "ticket"), while the article's "开具发票" holds 发票. When a run of Han characters yields a
// word the knowledge base never uses, the run is cut again into the KB's own words, longest
// first from the left. Only the KB's vocabulary is used, as in spelling.ts.

const HAN_RUN = /\p{Script=Han}{2,}/gu;
/** Longest KB word looked for inside a run (most Chinese words are two to four characters). */
const LONGEST = 4;
/** Bounds the lookup whatever a visitor pastes. */
const MAX_CANDIDATES = 240;

/** The Han runs of a query (two characters or more). */
export const hanRuns = (query: string): string[] => unmarked(query).normalize('NFC').match(HAN_RUN) ?? [];

/** Every substring of the runs up to LONGEST characters: the words a new cut may use. */
export function recutCandidates(runs: string[]): string[] {
  const out = new Set<string>();
  for (const run of runs) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++)
      for (let n = 1; n <= LONGEST && i + n <= chars.length; n++) out.add(chars.slice(i, i + n).join(''));
    if (out.size >= MAX_CANDIDATES) break;
  }
  return [...out].slice(0, MAX_CANDIDATES);
}

/** A run cut into KB words, longest first from the left; characters no KB word covers stay together. */
export function cutInto(run: string, df: (word: string) => number): string[] {
  const chars = [...run];
  const out: string[] = [];
  let loose = '';
  for (let i = 0; i < chars.length; ) {
    let n = Math.min(LONGEST, chars.length - i);
    while (n > 1 && df(chars.slice(i, i + n).join('')) === 0) n--;
    const piece = chars.slice(i, i + n).join('');
    if (n > 1 || df(piece) > 0) {
      if (loose) out.push(loose);
      loose = '';
      out.push(piece);
    } else loose += piece;
    i += n;
  }
  if (loose) out.push(loose);
  return out;
}

/**
 * The query's terms with each Han run that yielded a word the KB never uses cut again into the
 * KB's words; null when no run needed it or the new cut finds nothing more.
 */
export function recutTerms(terms: string[], runs: string[], df: (word: string) => number): string[] | null {
  let out = terms;
  for (const run of runs) {
    const old = splitRun(run).filter((w) => out.includes(w));
    if (!old.some((w) => df(w) === 0)) continue;
    const cut = cutInto(run, df).filter(isContent);
    // Only a word of two characters or more found across the old cut earns a new one: a lone
    // character the KB also uses ("开" of "开通", activate, in an article's "开具") matches anything.
    if (!cut.some((w) => [...w].length > 1 && df(w) > 0 && !old.includes(w))) continue;
    out = [...out.filter((t) => !old.includes(t)), ...cut.filter((w) => !out.includes(w))];
  }
  return out === terms ? null : out;
}
