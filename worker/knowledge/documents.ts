import type { DocFormat } from './chunk';
import { applyDelta, countTerms } from './stats';
import type { SqlStore, Statement } from './store';
import { VECTOR_BATCH, type VectorConfig } from './vector';

// Document records: create, edit, list, delete. Indexing itself is in ingest.ts.

export type DocStatus = 'indexing' | 'ready' | 'failed';

export interface KbDocument {
  id: string;
  workspaceId: string;
  title: string;
  format: DocFormat;
  url: string | null;
  status: DocStatus;
  version: number;
  /** Version retrieval serves; 0 until the first indexing completes. */
  liveVersion: number;
  /** Chunks of the live version. */
  chunks: number;
  chunksDone: number;
  chunksTotal: number;
  sourceChars: number;
  error: string | null;
  createdAt: number;
  updatedAt: number;
  indexedAt: number | null;
  /** INDEX_FORMAT the live version was indexed in (0: before formats were recorded). */
  indexFormat: number;
}

export interface DocumentInput {
  title: string;
  format: DocFormat;
  body: string;
  url?: string | null;
}

/** Characters per kb_sources row: ≤ 3 UTF-8 bytes per UTF-16 unit keeps a row under D1's 2 MB. */
export const SOURCE_PART_CHARS = 500_000;

const COLUMNS = `id, workspace_id AS workspaceId, title, format, url, status, version,
  live_version AS liveVersion, live_chunks AS chunks, chunks_done AS chunksDone, chunks_total AS chunksTotal,
  source_chars AS sourceChars, error, created_at AS createdAt, updated_at AS updatedAt, indexed_at AS indexedAt,
  index_format AS indexFormat`;

export async function getDocument(
  store: SqlStore,
  workspaceId: string,
  id: string,
): Promise<KbDocument | null> {
  const rows = await store.all<KbDocument>(
    `SELECT ${COLUMNS} FROM kb_documents WHERE id = ? AND workspace_id = ?`,
    [id, workspaceId],
  );
  return rows[0] ?? null;
}

export async function listDocuments(
  store: SqlStore,
  workspaceId: string,
  limit = 500,
): Promise<KbDocument[]> {
  return store.all<KbDocument>(
    `SELECT ${COLUMNS} FROM kb_documents WHERE workspace_id = ? ORDER BY updated_at DESC, id LIMIT ?`,
    [workspaceId, limit],
  );
}

/** The document imported from this URL, if any (re-importing a page replaces it). */
export async function findDocumentByUrl(store: SqlStore, workspaceId: string, url: string) {
  const rows = await store.all<KbDocument>(
    `SELECT ${COLUMNS} FROM kb_documents WHERE workspace_id = ? AND url = ? ORDER BY created_at LIMIT 1`,
    [workspaceId, url],
  );
  return rows[0] ?? null;
}

const sourceStatements = (id: string, body: string): Statement[] => {
  const out: Statement[] = [{ sql: 'DELETE FROM kb_sources WHERE document_id = ?', params: [id] }];
  for (let part = 0, at = 0; at < body.length || part === 0; part++, at += SOURCE_PART_CHARS) {
    out.push({
      sql: 'INSERT INTO kb_sources (document_id, part, body) VALUES (?, ?, ?)',
      params: [id, part, body.slice(at, at + SOURCE_PART_CHARS)],
    });
  }
  return out;
};

/** Stores a new document in status 'indexing'; run ingestion (ingest.ts) to index it. */
export async function createDocument(
  store: SqlStore,
  workspaceId: string,
  input: DocumentInput,
  opts: { id?: string; now?: number } = {},
): Promise<KbDocument> {
  const id = opts.id ?? crypto.randomUUID();
  const now = opts.now ?? Date.now();
  await store.batch([
    {
      sql: `INSERT INTO kb_documents (id, workspace_id, title, format, url, status, version, source_chars, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, 'indexing', 1, ?, ?, ?)`,
      params: [id, workspaceId, input.title, input.format, input.url ?? null, input.body.length, now, now],
    },
    ...sourceStatements(id, input.body),
  ]);
  return (await getDocument(store, workspaceId, id))!;
}

/**
 * Applies an edit and starts a new version (status 'indexing'). The previous version stays
 * searchable until the new one is indexed. Null if the document is not in this workspace.
 */
export async function updateDocument(
  store: SqlStore,
  workspaceId: string,
  id: string,
  patch: Partial<DocumentInput>,
): Promise<KbDocument | null> {
  const doc = await getDocument(store, workspaceId, id);
  if (!doc) return null;
  const now = Date.now();
  const statements: Statement[] = [
    {
      sql: `UPDATE kb_documents SET title = ?, format = ?, url = ?, source_chars = ?, version = version + 1,
              status = 'indexing', chunks_done = 0, chunks_total = 0, error = NULL, updated_at = ?
            WHERE id = ? AND workspace_id = ?`,
      params: [
        patch.title ?? doc.title,
        patch.format ?? doc.format,
        patch.url === undefined ? doc.url : patch.url,
        patch.body?.length ?? doc.sourceChars,
        now,
        id,
        workspaceId,
      ],
    },
  ];
  if (patch.body !== undefined) statements.push(...sourceStatements(id, patch.body));
  await store.batch(statements);
  return getDocument(store, workspaceId, id);
}

/**
 * Starts a new version from the stored source, e.g. after a chunker or embedding change. With
 * `formatBelow`, only a ready document indexed in an older format (upgrade.ts): the update is the
 * claim, so of two callers one wins. Null when nothing was started.
 */
export async function reindexDocument(
  store: SqlStore,
  workspaceId: string,
  id: string,
  opts: { formatBelow?: number } = {},
) {
  const only = opts.formatBelow === undefined ? [] : [opts.formatBelow];
  const started = await store.all(
    `UPDATE kb_documents SET version = version + 1, status = 'indexing', chunks_done = 0, chunks_total = 0,
       error = NULL, updated_at = ? WHERE id = ? AND workspace_id = ?
       ${only.length ? "AND status = 'ready' AND index_format < ?" : ''} RETURNING id`,
    [Date.now(), id, workspaceId, ...only],
  );
  return started.length ? getDocument(store, workspaceId, id) : null;
}

/** Deletes a document, its source and chunks (the FTS rows go with them), and its vectors. */
export async function deleteDocument(
  store: SqlStore,
  workspaceId: string,
  id: string,
  vector?: VectorConfig,
): Promise<boolean> {
  const chunks = await store.all<{ id: number; title: string; heading: string; text: string; live: number }>(
    `SELECT c.id, c.title, c.heading, c.body AS text, c.version = d.live_version AS live
     FROM kb_chunks c JOIN kb_documents d ON d.id = c.document_id
     WHERE d.id = ? AND d.workspace_id = ?`,
    [id, workspaceId],
  );
  const live = chunks.filter((c) => c.live);
  const statements: Statement[] = [
    // First, while the document still exists: a second delete racing this one finds it gone.
    ...applyDelta(workspaceId, countTerms(live, -1), {
      sql: 'EXISTS (SELECT 1 FROM kb_documents WHERE id = ?2 AND workspace_id = ?3)',
      params: [id, workspaceId],
    }),
    { sql: 'DELETE FROM kb_chunks WHERE document_id = ? AND workspace_id = ?', params: [id, workspaceId] },
    {
      sql: 'DELETE FROM kb_sources WHERE document_id IN (SELECT id FROM kb_documents WHERE id = ? AND workspace_id = ?)',
      params: [id, workspaceId],
    },
    {
      sql: 'DELETE FROM kb_documents WHERE id = ? AND workspace_id = ? RETURNING id',
      params: [id, workspaceId],
    },
  ];
  const results = await store.batch(statements);
  if (vector)
    await deleteVectors(
      vector,
      chunks.map((c) => String(c.id)),
    );
  return (results.at(-1)?.length ?? 0) > 0;
}

/** Best effort: retrieval never serves a vector whose chunk is gone, so a leftover only costs space. */
export async function deleteVectors(vector: VectorConfig, ids: string[]) {
  for (let i = 0; i < ids.length; i += VECTOR_BATCH) {
    try {
      await vector.index.deleteByIds(ids.slice(i, i + VECTOR_BATCH));
    } catch (err) {
      console.warn('knowledge: vector delete failed', err);
    }
  }
}
