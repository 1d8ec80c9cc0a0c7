import { zValidator } from '@hono/zod-validator';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { type AgentVars, requireAgent } from '../auth/session';
import type { Env } from '../env';
import {
  createDocument,
  d1Store,
  deleteDocument,
  findDocumentByUrl,
  GAP_THRESHOLD,
  getDocument,
  INDEX_FORMAT,
  type IngestOptions,
  type KbDocument,
  type KnowledgeBindings,
  listDocuments,
  reindexDocument,
  resumeIfStalled,
  retrieve,
  runIngestion,
  type SqlStore,
  updateDocument,
  upgradeOutdated,
  vectorFromEnv,
} from '../knowledge';
import { htmlBlocks } from '../knowledge/html';
import { apiError, validationHook } from './errors';

// Knowledge-base admin API, mounted at /api/knowledge. Any agent reads; only admins write.
// Every query is scoped to the session's workspace.

type KnowledgeEnv = { Bindings: Env; Variables: AgentVars };

/** Largest request body: a 2 MB document fits with room for JSON escaping. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Documents up to this size are indexed before the response; larger ones in the background. */
export const INLINE_INDEX_CHARS = 200_000;
const MAX_DOC_CHARS = 4_000_000;

/** http(s) URLs or site-relative paths only: a javascript: URL would run in the console's links. */
const DocUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((u) => (/^https?:\/\//i.test(u) ? URL.canParse(u) : u.startsWith('/') && !u.startsWith('//')), {
    message: 'must be an http(s) URL or a path starting with /',
  });
const Title = z.string().trim().min(1).max(300);
const Format = z.enum(['markdown', 'text', 'html']);
const Body = z.string().min(1).max(MAX_DOC_CHARS);

const CreateBody = z.object({ title: Title, format: Format, body: Body, url: DocUrl.optional() });
const UpdateBody = z
  .object({ title: Title, format: Format, body: Body, url: DocUrl.nullable() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to update' });
const ImportBody = z.object({
  pages: z
    .array(z.object({ url: DocUrl, html: Body, title: Title.optional() }))
    .min(1)
    .max(100),
});
const DocId = z.object({ id: z.string().min(1).max(100) });
const SearchQuery = z.object({
  q: z.string().max(1000),
  limit: z.coerce.number().int().min(1).max(20).optional(),
});

const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) =>
    apiError(c, 413, 'payload_too_large', `Request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`),
});

const adminOnly: MiddlewareHandler<KnowledgeEnv> = async (c, next) => {
  if (c.get('agent').role !== 'admin')
    return apiError(c, 403, 'forbidden', 'Only admins can change the knowledge base.');
  await next();
};

const store = (c: Context<KnowledgeEnv>) => d1Store(c.env.DB);
const ingestOptions = (c: Context<KnowledgeEnv>): IngestOptions => ({
  vector: vectorFromEnv(c.env as Env & KnowledgeBindings),
});

/** Small documents are indexed now (201, ready); large ones after the response (202, poll GET). */
async function index(
  c: Context<KnowledgeEnv>,
  s: SqlStore,
  doc: KbDocument,
): Promise<{ doc: KbDocument; later: boolean }> {
  if (doc.sourceChars <= INLINE_INDEX_CHARS) {
    return { doc: (await runIngestion(s, doc.workspaceId, doc.id, ingestOptions(c))) ?? doc, later: false };
  }
  c.executionCtx.waitUntil(runIngestion(s, doc.workspaceId, doc.id, ingestOptions(c)));
  return { doc, later: true };
}

const view = (d: KbDocument) => ({
  id: d.id,
  title: d.title,
  format: d.format,
  url: d.url,
  status: d.status,
  version: d.version,
  chunks: d.chunks,
  chunksDone: d.chunksDone,
  chunksTotal: d.chunksTotal,
  progress: d.status === 'ready' ? 1 : d.chunksTotal > 0 ? d.chunksDone / d.chunksTotal : 0,
  sourceChars: d.sourceChars,
  error: d.error,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
  indexedAt: d.indexedAt,
});

export const knowledgeRoutes = new Hono<KnowledgeEnv>()
  .use(requireAgent)
  .get('/documents', async (c) => {
    const s = store(c);
    const workspaceId = c.get('agent').workspaceId;
    const docs = await listDocuments(s, workspaceId);
    // Documents from an older release upgrade as soon as someone looks, not only on the cron.
    if (docs.some((d) => d.status === 'ready' && d.indexFormat < INDEX_FORMAT))
      c.executionCtx.waitUntil(upgradeOutdated(s, { ...ingestOptions(c), workspaceId }));
    return c.json({ documents: docs.map(view) });
  })
  .post('/documents', adminOnly, limitBody, zValidator('json', CreateBody, validationHook), async (c) => {
    const s = store(c);
    const doc = await createDocument(s, c.get('agent').workspaceId, c.req.valid('json'));
    const done = await index(c, s, doc);
    return c.json({ document: view(done.doc) }, done.later ? 202 : 201);
  })
  .post(
    '/documents/import',
    adminOnly,
    limitBody,
    zValidator('json', ImportBody, validationHook),
    async (c) => {
      const s = store(c);
      const workspaceId = c.get('agent').workspaceId;
      const out: ReturnType<typeof view>[] = [];
      let later = false;
      // Importing a URL again replaces that page's document instead of adding a duplicate.
      for (const page of c.req.valid('json').pages) {
        const title = page.title ?? htmlBlocks(page.html).title ?? page.url;
        const input = { title: title.slice(0, 300), format: 'html' as const, body: page.html, url: page.url };
        const prior = await findDocumentByUrl(s, workspaceId, page.url);
        const doc = prior
          ? await updateDocument(s, workspaceId, prior.id, input)
          : await createDocument(s, workspaceId, input);
        if (!doc) continue;
        const done = await index(c, s, doc);
        later ||= done.later;
        out.push(view(done.doc));
      }
      return c.json({ documents: out }, later ? 202 : 201);
    },
  )
  .get('/documents/:id', zValidator('param', DocId, validationHook), async (c) => {
    const s = store(c);
    const workspaceId = c.get('agent').workspaceId;
    const doc = await getDocument(s, workspaceId, c.req.valid('param').id);
    if (!doc) return apiError(c, 404, 'not_found', 'No such document.');
    // The console polls this while a document indexes: a job whose isolate went away resumes here.
    if (doc.status === 'indexing')
      c.executionCtx.waitUntil(resumeIfStalled(s, workspaceId, doc.id, ingestOptions(c)));
    return c.json({ document: view(doc) });
  })
  .put(
    '/documents/:id',
    adminOnly,
    limitBody,
    zValidator('param', DocId, validationHook),
    zValidator('json', UpdateBody, validationHook),
    async (c) => {
      const s = store(c);
      const doc = await updateDocument(
        s,
        c.get('agent').workspaceId,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      if (!doc) return apiError(c, 404, 'not_found', 'No such document.');
      const done = await index(c, s, doc);
      return c.json({ document: view(done.doc) }, done.later ? 202 : 200);
    },
  )
  .post('/documents/:id/reindex', adminOnly, zValidator('param', DocId, validationHook), async (c) => {
    const s = store(c);
    const doc = await reindexDocument(s, c.get('agent').workspaceId, c.req.valid('param').id);
    if (!doc) return apiError(c, 404, 'not_found', 'No such document.');
    const done = await index(c, s, doc);
    return c.json({ document: view(done.doc) }, done.later ? 202 : 200);
  })
  .delete('/documents/:id', adminOnly, zValidator('param', DocId, validationHook), async (c) => {
    const removed = await deleteDocument(
      store(c),
      c.get('agent').workspaceId,
      c.req.valid('param').id,
      ingestOptions(c).vector,
    );
    if (!removed) return apiError(c, 404, 'not_found', 'No such document.');
    return c.body(null, 204);
  })
  .get('/search', zValidator('query', SearchQuery, validationHook), async (c) => {
    const { q, limit } = c.req.valid('query');
    const result = await retrieve(store(c), {
      workspaceId: c.get('agent').workspaceId,
      query: q,
      limit,
      vector: ingestOptions(c).vector,
    });
    return c.json({ ...result, gap: result.confidence < GAP_THRESHOLD, threshold: GAP_THRESHOLD });
  });
