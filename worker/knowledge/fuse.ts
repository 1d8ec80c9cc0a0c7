/** The usual RRF constant: damps the head of each list so one list cannot dominate. */
export const RRF_K = 60;

/**
 * Reciprocal rank fusion: each id scores Σ 1/(k + rank) over the lists it appears in (rank from 1).
 * Ties keep the order of first appearance, so with one list the order is that list's.
 */
export function reciprocalRankFusion(lists: string[][], k = RRF_K): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.forEach((id, i) => {
      scores.set(id, (scores.get(id) ?? 0) + 1 / (k + i + 1));
    });
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
