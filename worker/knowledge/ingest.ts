import { type ChunkOptions, chunkDocument } from './chunk';
import {
  createDocument,
  type DocumentInput,
  deleteVectors,
  getDocument,
  type KbDocument,
  updateDocument,
} from './documents';
import { workspaceToken } from './query';
import { markWordBreaks } from './segment';
import { applyDelta, countTerms } from './stats';
import type { SqlStore } from './store';
import type { VectorConfig } from './vector';

// Indexing runs in batches: each batch of chunks is one atomic write that also advances
// chunks_done, so the console can show progress, a large document never needs one huge
// statement, and a job cut short (isolate evicted, deploy) resumes where it stopped.

export interface IngestOptions {
  vector?: VectorConfig;
  /** Chunks written per batch (default 100: ~100 KB of text, far under D1's per-statement limits). */
  batchSize?: number;
  chunk?: ChunkOptions;
  onProgress?: (done: number, total: number) => void;
}

/**
 * What the indexed copy of a document looks like (tokens, word breaks, chunking). Bump it when
 * a change alters that copy: documents indexed in an older format are re-indexed from their
 * stored source (upgrade.ts), so a deploy never leaves old documents unsearchable.
 * 1: word breaks in unspaced scripts (segment.ts). 2: and before Korean particles.
 */
export const INDEX_FORMAT = 2;

/** How long an 'indexing' document may go without progress before a poll may resume it. */
export const STALL_MS = 60_000;

// Rows arrive as one JSON parameter, so a batch is one statement whatever its size, and
// the EXISTS guard makes it a no-op when the job is stale (newer version, or another worker
// already wrote this batch: chunks_done moved).
const INSERT_CHUNKS = `
INSERT INTO kb_chunks (document_id, workspace_id, ws, version, ord, title, heading, body)
SELECT ?1, ?2, ?7, ?3, json_extract(j.value, '$[0]'), ?4, json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]')
FROM json_each(?5) AS j
WHERE EXISTS (SELECT 1 FROM kb_documents
              WHERE id = ?1 AND workspace_id = ?2 AND version = ?3 AND chunks_done = ?6 AND status = 'indexing')
RETURNING id, ord`;

const ADVANCE = `
UPDATE kb_documents SET chunks_done = ?1, updated_at = ?2
WHERE id = ?3 AND version = ?4 AND chunks_done = ?5 AND status = 'indexing'
RETURNING id`;

/** Creates a document and indexes it to completion (seed, CLI, small API documents). */
export async function ingestDocument(
  store: SqlStore,
  workspaceId: string,
  input: DocumentInput,
  opts: IngestOptions & { id?: string } = {},
): Promise<KbDocument> {
  const doc = await createDocument(store, workspaceId, input, { id: opts.id });
  return (await runIngestion(store, workspaceId, doc.id, opts)) ?? doc;
}

/** Edits a document and indexes the new version to completion. */
export async function updateAndIngest(
  store: SqlStore,
  workspaceId: string,
  id: string,
  patch: Partial<DocumentInput>,
  opts: IngestOptions = {},
) {
  const doc = await updateDocument(store, workspaceId, id, patch);
  return doc && runIngestion(store, workspaceId, id, opts);
}

/**
 * Indexes the document's current version from where it stopped. Returns the document as it
 * ends up; a job overtaken by a newer version (or by another worker) just stops.
 */
export async function runIngestion(
  store: SqlStore,
  workspaceId: string,
  id: string,
  opts: IngestOptions = {},
): Promise<KbDocument | null> {
  const doc = await getDocument(store, workspaceId, id);
  if (doc?.status !== 'indexing') return doc;
  const { version } = doc;
  const batchSize = Math.max(1, opts.batchSize ?? 100);
  let vectorError: string | null = null;

  try {
    const parts = await store.all<{ body: string }>(
      'SELECT body FROM kb_sources WHERE document_id = ? ORDER BY part',
      [id],
    );
    const { chunks } = chunkDocument(doc.format, parts.map((p) => p.body).join(''), opts.chunk);
    if (doc.chunksTotal !== chunks.length) {
      const set = await store.run(
        `UPDATE kb_documents SET chunks_total = ?, updated_at = ? WHERE id = ? AND version = ? AND status = 'indexing'`,
        [chunks.length, Date.now(), id, version],
      );
      if (set.changes === 0) return getDocument(store, workspaceId, id);
    }

    let done = doc.chunksDone;
    opts.onProgress?.(done, chunks.length);
    while (done < chunks.length) {
      const batch = chunks.slice(done, done + batchSize);
      // (the indexed copy: word breaks inside unspaced scripts, see segment.ts)
      const rows = JSON.stringify(
        batch.map((c) => [c.ord, markWordBreaks(c.heading), markWordBreaks(c.text)]),
      );
      const next = done + batch.length;
      const [inserted, advanced] = await store.batch([
        {
          sql: INSERT_CHUNKS,
          params: [
            id,
            workspaceId,
            version,
            markWordBreaks(doc.title),
            rows,
            done,
            workspaceToken(workspaceId),
          ],
        },
        { sql: ADVANCE, params: [next, Date.now(), id, version, done] },
      ]);
      if (!advanced?.length) return getDocument(store, workspaceId, id);

      if (opts.vector && !vectorError && inserted?.length) {
        const byOrd = new Map(batch.map((c) => [c.ord, c]));
        const ids = inserted.map((r) => ({ id: Number(r.id), chunk: byOrd.get(Number(r.ord))! }));
        try {
          const values = await opts.vector.embed(ids.map(({ chunk }) => embeddingText(doc.title, chunk)));
          await opts.vector.index.upsert(
            ids.map(({ id: chunkId }, i) => ({
              id: String(chunkId),
              values: values[i]!,
              metadata: { workspaceId, documentId: id, version },
            })),
          );
        } catch (err) {
          // FTS alone still answers; say so on the document and stop embedding this version.
          vectorError = `Vector index not updated: ${err instanceof Error ? err.message : String(err)}`;
        }
      }
      done = next;
      opts.onProgress?.(done, chunks.length);
    }

    // The version this one replaces leaves the term statistics as this one enters them.
    const replaced = await store.all<{ title: string; heading: string; text: string }>(
      'SELECT title, heading, body AS text FROM kb_chunks WHERE document_id = ? AND version = ?',
      [id, doc.liveVersion],
    );
    const delta = countTerms(chunks.map((c) => ({ title: doc.title, heading: c.heading, text: c.text })));
    countTerms(replaced, -1, delta);
    const superseded = opts.vector
      ? await store.all<{ id: number }>('SELECT id FROM kb_chunks WHERE document_id = ? AND version < ?', [
          id,
          version,
        ])
      : [];
    const [finished] = await store.batch([
      {
        sql: `UPDATE kb_documents SET status = 'ready', live_version = version, live_chunks = ?1, error = ?2,
                indexed_at = ?3, updated_at = ?3, index_format = ?6
              WHERE id = ?4 AND version = ?5 AND status = 'indexing' RETURNING id`,
        params: [chunks.length, vectorError, Date.now(), id, version, INDEX_FORMAT],
      },
      // changes(): only if the update above went through, i.e. this job made the version live.
      ...applyDelta(workspaceId, delta, { sql: 'changes() = 1', params: [] }),
      // The superseded version goes only once this one is live.
      {
        sql: `DELETE FROM kb_chunks WHERE document_id = ?1 AND version < ?2
              AND EXISTS (SELECT 1 FROM kb_documents WHERE id = ?1 AND live_version = ?2)`,
        params: [id, version],
      },
    ]);
    if (finished?.length && opts.vector && superseded.length) {
      await deleteVectors(
        opts.vector,
        superseded.map((r) => String(r.id)),
      );
    }
  } catch (err) {
    console.error('knowledge: ingestion failed', err);
    await store.run(
      `UPDATE kb_documents SET status = 'failed', error = ?, updated_at = ? WHERE id = ? AND version = ?`,
      [
        `Indexing failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500),
        Date.now(),
        id,
        version,
      ],
    );
  }
  return getDocument(store, workspaceId, id);
}

/**
 * Claims and resumes a job that stopped making progress (the isolate running it went away).
 * The claim is a conditional update, so two pollers can't both resume it.
 */
export async function resumeIfStalled(
  store: SqlStore,
  workspaceId: string,
  id: string,
  opts: IngestOptions = {},
  stallMs = STALL_MS,
): Promise<boolean> {
  const now = Date.now();
  const claimed = await store.all(
    `UPDATE kb_documents SET updated_at = ? WHERE id = ? AND workspace_id = ? AND status = 'indexing'
       AND updated_at < ? RETURNING id`,
    [now, id, workspaceId, now - stallMs],
  );
  if (claimed.length === 0) return false;
  await runIngestion(store, workspaceId, id, opts);
  return true;
}

const embeddingText = (title: string, c: { heading: string; text: string }) =>
  [title, c.heading, c.text].filter(Boolean).join('\n');
