import { reindexDocument } from './documents';
import { INDEX_FORMAT, type IngestOptions, resumeIfStalled, runIngestion, STALL_MS } from './ingest';
import type { SqlStore } from './store';

// Background upkeep of the knowledge base. Documents indexed in an older format (INDEX_FORMAT in
// ingest.ts) are re-indexed from their stored source, a few at a time: from the worker's cron
// trigger for every workspace, and when an agent opens the knowledge base for theirs. The old
// version keeps answering until the new one is live, so visitors never see a document vanish
// while it upgrades. The cron also resumes indexing jobs whose isolate went away (a long upgrade
// cut off by the cron's own time limit, a deploy mid-import) when nobody is polling them.

/** Documents re-indexed per call: a cron run or a page view stays short; the rest wait their turn. */
const UPGRADE_BATCH = 5;

/**
 * Re-indexes up to `limit` ready documents whose index format is older than this code's, in
 * one workspace or (no workspaceId) all of them. Returns the ids it upgraded.
 */
export async function upgradeOutdated(
  store: SqlStore,
  opts: IngestOptions & { workspaceId?: string; limit?: number } = {},
): Promise<string[]> {
  const scope = opts.workspaceId ? 'AND workspace_id = ?' : '';
  const candidates = await store.all<{ id: string; workspaceId: string }>(
    `SELECT id, workspace_id AS workspaceId FROM kb_documents
     WHERE status = 'ready' AND index_format < ? ${scope} ORDER BY updated_at LIMIT ?`,
    [INDEX_FORMAT, ...(opts.workspaceId ? [opts.workspaceId] : []), opts.limit ?? UPGRADE_BATCH],
  );
  const upgraded: string[] = [];
  for (const { id, workspaceId } of candidates) {
    // (another caller may have claimed it since the select)
    if (!(await reindexDocument(store, workspaceId, id, { formatBelow: INDEX_FORMAT }))) continue;
    const doc = await runIngestion(store, workspaceId, id, opts);
    if (doc?.status === 'ready') upgraded.push(id);
    else if (doc) console.warn('knowledge: upgrade left document', id, doc.status, doc.error);
  }
  return upgraded;
}

/** Resumes up to `limit` indexing jobs that stopped making progress. Returns the ids resumed. */
export async function resumeStalled(store: SqlStore, opts: IngestOptions & { limit?: number } = {}) {
  const stalled = await store.all<{ id: string; workspaceId: string }>(
    `SELECT id, workspace_id AS workspaceId FROM kb_documents
     WHERE status = 'indexing' AND updated_at < ? ORDER BY updated_at LIMIT ?`,
    [Date.now() - STALL_MS, opts.limit ?? UPGRADE_BATCH],
  );
  const resumed: string[] = [];
  // (resumeIfStalled claims each one, so a poll racing the cron doesn't index it twice)
  for (const { id, workspaceId } of stalled)
    if (await resumeIfStalled(store, workspaceId, id, opts)) resumed.push(id);
  return resumed;
}
