import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { Marked } from 'marked';
import { DEMO_WORKSPACE_ID } from '../db/seed';
import type { Env } from '../env';
import { apiError } from './errors';

// Raw HTML inside Markdown is dropped, not passed through: these pages share the console's origin.
const markdown = new Marked({ renderer: { html: () => '' }, async: false });

/**
 * The demo's public help centre: the pages the bot's citations link to (`/help/<slug>`).
 * Real workspaces cite their own help-centre URLs; this serves the demo workspace only.
 */
export const helpCentreRoutes = new Hono<{ Bindings: Env }>().get(
  '/help/:slug{[a-z0-9-]{1,80}}',
  async (c) => {
    if (c.env.DEMO_MODE !== '1') return apiError(c, 404, 'not_found', 'Not found.');
    const url = `/help/${c.req.param('slug')}`;
    const found = await c.env.DB.prepare(
      'SELECT id, title, format FROM kb_documents WHERE workspace_id = ? AND url = ?',
    )
      .bind(DEMO_WORKSPACE_ID, url)
      .first<{ id: string; title: string; format: string }>();
    if (!found) return apiError(c, 404, 'not_found', 'No such article.');
    const parts = await c.env.DB.prepare('SELECT body FROM kb_sources WHERE document_id = ? ORDER BY part')
      .bind(found.id)
      .all<{ body: string }>();
    const doc = { ...found, body: parts.results.map((p) => p.body).join('') };
    const content = doc.format === 'markdown' ? (markdown.parse(doc.body) as string) : null;
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${doc.title} — Demo Shop help centre</title>
    <style>
      body { font: 16px/1.6 system-ui, sans-serif; margin: 0; color: #1f2937; background: #f9fafb; }
      main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; background: #fff; min-height: 100vh; }
      h1 { font-size: 1.8rem; } h2 { margin-top: 2rem; font-size: 1.2rem; } a { color: #4f46e5; }
      .crumb { color: #6b7280; font-size: .9rem; }
    </style>
  </head>
  <body>
    <main>
      <p class="crumb">Demo Shop · Help centre</p>
      ${content === null ? html`<h1>${doc.title}</h1><pre>${doc.body}</pre>` : raw(content)}
    </main>
  </body>
</html>`);
  },
);
