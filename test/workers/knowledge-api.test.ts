import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeRoutes } from '../../worker/api/knowledge';
import { DEMO_AGENTS } from '../../worker/db/seed';
import type { Env } from '../../worker/env';
import { BASE, login, seed, seedOtherWorkspace } from './helpers';

// The routes are mounted here exactly as worker/index.ts mounts them, so the test does not depend
// on the app's wiring; login goes through the real worker.
const app = new Hono<{ Bindings: Env }>().route('/api/knowledge', knowledgeRoutes);

interface DocView {
  id: string;
  title: string;
  url: string | null;
  status: 'indexing' | 'ready' | 'failed';
  version: number;
  chunks: number;
  chunksDone: number;
  chunksTotal: number;
  progress: number;
  error: string | null;
}

/** Calls the knowledge API; `settle: false` leaves background work running (for polling). */
async function kb(path: string, init: RequestInit & { cookie?: string; settle?: boolean } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('Cookie', init.cookie);
  if (init.method && init.method !== 'GET') headers.set('Origin', headers.get('Origin') ?? BASE);
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${BASE}/api/knowledge${path}`, { ...init, headers }), env, ctx);
  if (init.settle !== false) await waitOnExecutionContext(ctx);
  return Object.assign(res, { settled: () => waitOnExecutionContext(ctx) });
}

const json = (body: unknown) => JSON.stringify(body);
let admin: string;
let agent: string;

beforeAll(async () => {
  await seed();
  admin = await login(DEMO_AGENTS[0].email, DEMO_AGENTS[0].password);
  agent = await login(DEMO_AGENTS[1].email, DEMO_AGENTS[1].password);
});

describe('knowledge API', () => {
  it('lets an admin add, read, list, search, update, re-index and delete a document', async () => {
    const created = await kb('/documents', {
      method: 'POST',
      cookie: admin,
      body: json({
        title: 'Alpaca care',
        format: 'markdown',
        body: '## Feeding\n\nAlpacas eat hay twice a day.',
        url: '/help/alpacas',
      }),
    });
    expect(created.status).toBe(201);
    const { document: doc } = (await created.json()) as { document: DocView };
    expect(doc).toMatchObject({ status: 'ready', chunks: 1, progress: 1, url: '/help/alpacas' });

    const read = (await (await kb(`/documents/${doc.id}`, { cookie: agent })).json()) as {
      document: DocView;
    };
    expect(read.document.title).toBe('Alpaca care');
    const list = (await (await kb('/documents', { cookie: agent })).json()) as { documents: DocView[] };
    expect(list.documents.map((d) => d.id)).toContain(doc.id);

    const search = (await (
      await kb(`/search?q=${encodeURIComponent('what do alpacas eat?')}`, { cookie: agent })
    ).json()) as {
      passages: { documentId: string; url: string; heading: string }[];
      confidence: number;
      gap: boolean;
    };
    expect(search.passages[0]).toMatchObject({
      documentId: doc.id,
      url: '/help/alpacas',
      heading: 'Feeding',
    });
    expect(search.confidence).toBeGreaterThan(0);

    const updated = await kb(`/documents/${doc.id}`, {
      method: 'PUT',
      cookie: admin,
      body: json({ body: '## Feeding\n\nAlpacas graze on fresh grass.' }),
    });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as { document: DocView }).document).toMatchObject({
      status: 'ready',
      version: 2,
    });
    const afterUpdate = (await (await kb('/search?q=hay', { cookie: agent })).json()) as {
      passages: unknown[];
    };
    expect(afterUpdate.passages).toEqual([]);

    const reindexed = await kb(`/documents/${doc.id}/reindex`, { method: 'POST', cookie: admin });
    expect(((await reindexed.json()) as { document: DocView }).document).toMatchObject({
      status: 'ready',
      version: 3,
    });

    expect((await kb(`/documents/${doc.id}`, { method: 'DELETE', cookie: admin })).status).toBe(204);
    expect((await kb(`/documents/${doc.id}`, { cookie: admin })).status).toBe(404);
    const gone = (await (await kb('/search?q=alpacas grass', { cookie: admin })).json()) as {
      passages: unknown[];
    };
    expect(gone.passages).toEqual([]);
  });

  it('upgrades documents indexed by an older release when an agent opens the knowledge base', async () => {
    const created = await kb('/documents', {
      method: 'POST',
      cookie: admin,
      body: json({ title: 'Llama care', format: 'markdown', body: 'Llamas carry packs on mountain trails.' }),
    });
    const { document: doc } = (await created.json()) as { document: DocView };
    await env.DB.prepare('UPDATE kb_documents SET index_format = 0 WHERE id = ?').bind(doc.id).run();

    // the listing answers at once and upgrades after the response (waitUntil)
    const listed = (await (await kb('/documents', { cookie: agent })).json()) as { documents: DocView[] };
    expect(listed.documents.find((d) => d.id === doc.id)?.status).toBe('ready');
    const after = (await (await kb(`/documents/${doc.id}`, { cookie: agent })).json()) as {
      document: DocView;
    };
    expect(after.document).toMatchObject({ status: 'ready', version: 2 });
    // once current, opening the list again changes nothing
    await kb('/documents', { cookie: agent });
    expect(
      ((await (await kb(`/documents/${doc.id}`, { cookie: agent })).json()) as { document: DocView }).document
        .version,
    ).toBe(2);
  });

  it('imports HTML pages, naming them from <title>, and replaces a page imported again', async () => {
    const page = (text: string) =>
      `<html><head><title>Llama FAQ</title></head><body><nav>Menu</nav><h2>Wool</h2><p>${text}</p></body></html>`;
    const first = await kb('/documents/import', {
      method: 'POST',
      cookie: admin,
      body: json({
        pages: [{ url: 'https://shop.example/help/llamas', html: page('Llama wool is shorn in spring.') }],
      }),
    });
    expect(first.status).toBe(201);
    const [doc] = ((await first.json()) as { documents: DocView[] }).documents;
    expect(doc).toMatchObject({
      title: 'Llama FAQ',
      status: 'ready',
      url: 'https://shop.example/help/llamas',
    });

    const again = await kb('/documents/import', {
      method: 'POST',
      cookie: admin,
      body: json({
        pages: [{ url: 'https://shop.example/help/llamas', html: page('Llama wool is shorn in autumn.') }],
      }),
    });
    const [redo] = ((await again.json()) as { documents: DocView[] }).documents;
    expect(redo).toMatchObject({ id: doc!.id, version: 2, status: 'ready' });
    const r = (await (await kb('/search?q=llama wool spring', { cookie: agent })).json()) as {
      passages: { text: string }[];
    };
    expect(r.passages.map((p) => p.text).join(' ')).not.toContain('spring');
  });

  it('indexes a large document in the background with progress the console can poll', async () => {
    let body = '# Handbook\n\n';
    for (let i = 0; body.length < 1_500_000; i++)
      body += `${i % 8 === 0 ? `## Chapter ${i}\n\n` : ''}Rule ${i} of the vicuña handbook: ${'keep calm and carry on '.repeat(8)}\n\n`;
    const res = await kb('/documents', {
      method: 'POST',
      cookie: admin,
      settle: false,
      body: json({ title: 'Handbook', format: 'markdown', body }),
    });
    expect(res.status).toBe(202);
    const { document } = (await res.json()) as { document: DocView };
    expect(document.status).toBe('indexing');

    const seen: DocView[] = [];
    // No sleeping between polls: the job and the polls share this isolate and interleave at I/O.
    for (let i = 0; i < 5000; i++) {
      const d = (
        (await (await kb(`/documents/${document.id}`, { cookie: agent })).json()) as { document: DocView }
      ).document;
      seen.push(d);
      if (d.status !== 'indexing') break;
    }
    await res.settled();
    const last = seen.at(-1)!;
    expect(last.status).toBe('ready');
    expect(last.chunksDone).toBe(last.chunksTotal);
    expect(last.chunksTotal).toBeGreaterThan(500);
    // Polls taken mid-way saw partial progress.
    expect(seen.some((d) => d.status === 'indexing' && d.progress > 0 && d.progress < 1)).toBe(true);
  });

  it('refuses writes from a non-admin agent, and everything without a session', async () => {
    const body = json({ title: 'Nope', format: 'text', body: 'text' });
    expect((await kb('/documents', { method: 'POST', cookie: agent, body })).status).toBe(403);
    expect(
      (await kb('/documents/import', { method: 'POST', cookie: agent, body: json({ pages: [] }) })).status,
    ).toBe(403);
    expect((await kb('/documents/x', { method: 'DELETE', cookie: agent })).status).toBe(403);
    expect((await kb('/documents/x/reindex', { method: 'POST', cookie: agent })).status).toBe(403);
    expect((await kb('/documents')).status).toBe(401);
    expect((await kb('/search?q=refund')).status).toBe(401);
    // Cookie-authenticated writes from another origin are refused (CSRF).
    const cross = await kb('/documents', {
      method: 'POST',
      cookie: admin,
      body,
      headers: { Origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
  });

  it('rejects bad input with a 400 that says why, and an oversized body with a 413', async () => {
    const post = (b: unknown) => kb('/documents', { method: 'POST', cookie: admin, body: json(b) });
    const noTitle = await post({ format: 'markdown', body: 'x' });
    expect(noTitle.status).toBe(400);
    expect(((await noTitle.json()) as { message: string }).message).toMatch(/title/);
    expect((await post({ title: 't', format: 'pdf', body: 'x' })).status).toBe(400);
    const jsUrl = await post({ title: 't', format: 'text', body: 'x', url: 'javascript:alert(1)' });
    expect(jsUrl.status).toBe(400);
    expect(((await jsUrl.json()) as { message: string }).message).toMatch(/url/);
    expect((await kb('/documents/x', { method: 'PUT', cookie: admin, body: json({}) })).status).toBe(400);

    const huge = await post({ title: 'Huge', format: 'text', body: 'a'.repeat(6 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: string }).error).toBe('payload_too_large');
  });

  it("keeps each workspace's knowledge base to itself", async () => {
    const mine = await kb('/documents', {
      method: 'POST',
      cookie: admin,
      body: json({ title: 'Secret recipe', format: 'text', body: 'The tapioca pudding secret is nutmeg.' }),
    });
    const { document } = (await mine.json()) as { document: DocView };

    const other = await seedOtherWorkspace();
    await env.DB.prepare("UPDATE agents SET role = 'admin' WHERE email = ?").bind(other.email).run();
    const stranger = await login(other.email, other.password);
    expect((await kb(`/documents/${document.id}`, { cookie: stranger })).status).toBe(404);
    expect((await kb(`/documents/${document.id}`, { method: 'DELETE', cookie: stranger })).status).toBe(404);
    expect(
      (await kb(`/documents/${document.id}`, { method: 'PUT', cookie: stranger, body: json({ title: 'x' }) }))
        .status,
    ).toBe(404);
    expect((await kb(`/documents/${document.id}/reindex`, { method: 'POST', cookie: stranger })).status).toBe(
      404,
    );
    const list = (await (await kb('/documents', { cookie: stranger })).json()) as { documents: DocView[] };
    expect(list.documents).toEqual([]);
    const search = (await (await kb('/search?q=tapioca pudding secret', { cookie: stranger })).json()) as {
      passages: unknown[];
    };
    expect(search.passages).toEqual([]);
    expect((await kb(`/documents/${document.id}`, { cookie: admin })).status).toBe(200);
  });
});
