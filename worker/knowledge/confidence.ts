import { isContent, stem, stemSet, words } from './text';

// How likely it is that the knowledge base covers a question, from lexical evidence only.
// Features are scale-free (fractions of the query's IDF weight, BM25 per unit of that weight),
// so the weights fitted offline (scripts/knowledge/calibrate.ts) carry over to other KBs.

export interface Candidate {
  title: string;
  heading: string;
  text: string;
  documentId: string;
  /** BM25 as a positive number (FTS5's bm25() negated). */
  bm25: number;
}

export interface CorpusStats {
  /** Live chunks in the workspace. */
  chunks: number;
  /** Per query term: live chunks that contain it. */
  df: number[];
}

export interface Features {
  /** Share of query weight (IDF) found anywhere in the KB. */
  seen: number;
  /** Share of query weight present in the top passage (title, heading and text). */
  cover: number;
  /** Best share of query weight within one sentence or line of the top 3 passages. */
  sentence: number;
  /** Top BM25 divided by the query's total IDF. */
  strength: number;
  /** Relative gap between the top passage and the best one from another document. */
  margin: number;
  /** ln(number of content terms): short queries carry less evidence either way. */
  terms: number;
  /** Query weight found in the best sentence, in units of the rarest possible term's IDF. */
  matched: number;
  /** Query weight missing from the top passage, in the same units. */
  missing: number;
  /** Of the best sentence's content words, the share the question uses (a near-paraphrase scores high). */
  precision: number;
  /** How much the top passage is about the matched words: the best share of its lines holding one. */
  topical: number;
}

export const FEATURE_NAMES = [
  'seen',
  'cover',
  'sentence',
  'strength',
  'margin',
  'terms',
  'matched',
  'missing',
  'precision',
  'topical',
] as const;

export const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

export function features(terms: string[], stats: CorpusStats, candidates: Candidate[]): Features | null {
  if (terms.length === 0 || candidates.length === 0) return null;
  const stems = terms.map(stem);
  const n = Math.max(stats.chunks, 1);
  const weights = stats.df.map((df) => idf(n, df));
  const unit = idf(n, 0);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const share = (has: (s: string, i: number) => boolean) =>
    stems.reduce((sum, s, i) => sum + (has(s, i) ? weights[i]! : 0), 0) / total;

  const top = candidates[0]!;
  const topStems = stemSet(`${top.title}\n${top.heading}\n${top.text}`);
  let sentence = 0;
  let precision = 0;
  const queryStems = new Set(stems);
  for (const c of candidates.slice(0, 3)) {
    for (const line of [c.title, c.heading, ...c.text.split(/(?<=[.!?])\s+|\n+/)]) {
      if (!line) continue;
      const tokens = words(line);
      const set = new Set(tokens.map(stem));
      const sh = share((s) => set.has(s));
      let content = 0;
      let shared = 0;
      for (const s of new Set(tokens.filter(isContent).map(stem))) {
        content++;
        if (queryStems.has(s)) shared++;
      }
      const p = content ? shared / content : 0;
      if (sh > sentence || (sh === sentence && p > precision)) {
        sentence = sh;
        precision = p;
      }
    }
  }
  const other = candidates.find((c) => c.documentId !== top.documentId);
  const cover = share((s) => topStems.has(s));
  const topLines = candidates
    .filter((c) => c.documentId === top.documentId)
    .flatMap((c) => c.text.split(/(?<=[.!?])\s+|\n+/))
    .filter((l) => /[\p{L}\p{N}]/u.test(l));
  const lineSets = topLines.map((l) => stemSet(l));
  let topical = 0;
  if (lineSets.length) {
    for (const s of queryStems) {
      let k = 0;
      for (const ls of lineSets) if (ls.has(s)) k++;
      topical = Math.max(topical, k / lineSets.length);
    }
  }
  return {
    seen: share((_, i) => stats.df[i]! > 0),
    cover,
    sentence,
    strength: top.bm25 / total,
    margin: top.bm25 <= 0 ? 0 : other ? (top.bm25 - other.bm25) / top.bm25 : 1,
    terms: Math.log(terms.length),
    matched: (sentence * total) / unit,
    missing: ((1 - cover) * total) / unit,
    precision,
    topical,
  };
}

/** Logistic weights: intercept first, then FEATURE_NAMES order. Fitted by scripts/knowledge/calibrate.ts. */
export const WEIGHTS: readonly number[] = [
  -3.203, 0.419, 0.606, 0.301, 0.416, 0.439, 0.684, 1.093, -0.536, 1.1, 0.727,
];

/**
 * Below this, treat the question as not covered (an intent gap). The calibration set's 10%
 * false-gap point is 0.393; a little lower keeps a margin on the public set (CLINC: 8% false gaps
 * instead of 9%, the same recall), since unseen KBs will fare worse than the one tuned on.
 */
export const GAP_THRESHOLD = 0.38;

export function confidenceFrom(f: Features | null, weights: readonly number[] = WEIGHTS): number {
  if (!f) return 0;
  let z = weights[0]!;
  FEATURE_NAMES.forEach((name, i) => {
    z += weights[i + 1]! * f[name];
  });
  return 1 / (1 + Math.exp(-z));
}
