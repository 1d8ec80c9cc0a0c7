import { createDocument, getDocument, updateDocument } from '../documents';
import { runIngestion } from '../ingest';
import { type D1Like, d1Store, type SqlStore } from '../store';
import type { VectorConfig } from '../vector';
import { DEMO_DOCS } from './docs';

/** Stable ids, so seeding again finds the documents it made (ids are global: the workspace is part of it). */
export const demoDocumentId = (slug: string, workspaceId = 'demo-workspace') => `kb-${workspaceId}-${slug}`;

/**
 * Seeds the demo help centre into a workspace. Idempotent: a document already there with the
 * same title and text is left alone, a changed one is updated and re-indexed.
 */
export async function seedDemoKnowledge(
  db: D1Like | SqlStore,
  workspaceId = 'demo-workspace',
  opts: { vector?: VectorConfig } = {},
) {
  const store = 'all' in db ? db : d1Store(db);
  let created = 0;
  let updated = 0;
  for (const doc of DEMO_DOCS) {
    const id = demoDocumentId(doc.slug, workspaceId);
    const existing = await getDocument(store, workspaceId, id);
    const input = { title: doc.title, format: 'markdown' as const, body: doc.body, url: doc.url };
    if (!existing) {
      await createDocument(store, workspaceId, input, { id });
      created++;
    } else if (existing.status === 'failed' || (await changed(store, id, existing.title, input))) {
      await updateDocument(store, workspaceId, id, input);
      updated++;
    } else if (existing.status === 'ready') continue;
    // New, edited, or an earlier seed cut short while indexing: index (or finish) it now.
    await runIngestion(store, workspaceId, id, opts);
  }
  return { documents: DEMO_DOCS.length, created, updated };
}

async function changed(store: SqlStore, id: string, title: string, input: { title: string; body: string }) {
  if (title !== input.title) return true;
  const parts = await store.all<{ body: string }>(
    'SELECT body FROM kb_sources WHERE document_id = ? ORDER BY part',
    [id],
  );
  return parts.map((p) => p.body).join('') !== input.body;
}
