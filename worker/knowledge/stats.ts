import type { Statement } from './store';
import { stemSet } from './text';

// Per-workspace term statistics for the confidence features (kb_terms). Kept in step with the
// live chunks: added when a version goes live, removed with the version it replaces or with the
// document. Counting at query time instead costs a full-text scan per query term.

/** Reserved term: the workspace's live chunk count. */
export const CHUNK_COUNT = '';
/** Reserved workspace: totals over all workspaces. */
export const ALL = '*';

export interface ChunkText {
  title: string;
  heading: string;
  text: string;
}

/** Stem → number of chunks containing it, plus the chunk count under CHUNK_COUNT. */
export function countTerms(chunks: ChunkText[], sign = 1, into = new Map<string, number>()) {
  for (const c of chunks) {
    for (const s of stemSet(`${c.title}\n${c.heading}\n${c.text}`)) into.set(s, (into.get(s) ?? 0) + sign);
  }
  into.set(CHUNK_COUNT, (into.get(CHUNK_COUNT) ?? 0) + sign * chunks.length);
  return into;
}

const APPLY = `
INSERT INTO kb_terms (workspace_id, term, df)
SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]')
FROM json_each(?1) AS j
WHERE %GUARD%
ON CONFLICT (workspace_id, term) DO UPDATE SET df = df + excluded.df`;

/** Rows per statement: keeps each JSON parameter far below D1's 2 MB value limit. */
const ROWS_PER_STATEMENT = 2000;

/**
 * Statements applying `delta` to a workspace's statistics (and the chunk total), only if
 * `guard` (an SQL condition, parameters from ?2) holds when the first one runs. Later ones
 * chain on it with changes() > 0: each writes rows exactly when the one before did. Rows that
 * reach zero are dropped. Put nothing between these statements in a batch.
 */
export function applyDelta(
  workspaceId: string,
  delta: Map<string, number>,
  guard: { sql: string; params: (string | number)[] },
): Statement[] {
  const rows: [string, string, number][] = [];
  for (const [term, n] of delta) if (n !== 0) rows.push([workspaceId, term, n]);
  const total = delta.get(CHUNK_COUNT) ?? 0;
  if (total !== 0) rows.push([ALL, CHUNK_COUNT, total]);
  if (rows.length === 0) return [];
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT));
    out.push(
      i === 0
        ? { sql: APPLY.replace('%GUARD%', guard.sql), params: [json, ...guard.params] }
        : { sql: APPLY.replace('%GUARD%', 'changes() > 0'), params: [json] },
    );
  }
  out.push({
    sql: 'DELETE FROM kb_terms WHERE workspace_id IN (?, ?) AND df <= 0',
    params: [workspaceId, ALL],
  });
  return out;
}

/** Reads df for the given stems (pass CHUNK_COUNT among them for the workspace's chunk count). */
export const STATS_SQL =
  'SELECT term, df FROM kb_terms WHERE workspace_id = ?1 AND term IN (SELECT value FROM json_each(?2))';
