import { zValidator } from '@hono/zod-validator';
import { type Context, Hono, type Next } from 'hono';
import { html } from 'hono/html';
import { z } from 'zod';
import { DEMO_SITE_KEY, seedDemo } from '../db/seed';
import type { Env } from '../env';
import { apiError, validationHook } from './errors';

/** Demo-mode only (DEMO_MODE=1): the seed endpoint `npm start` calls, and a host page carrying the widget. */
export const demoRoutes = new Hono<{ Bindings: Env }>()
  .use('/api/dev/*', demoOnly)
  .use('/demo', demoOnly)
  .post(
    '/api/dev/seed',
    zValidator('json', z.object({ allowedOrigins: z.array(z.url()).max(20) }), validationHook),
    async (c) => {
      // Only from this machine: the seed endpoint exists for `npm start` and tests.
      const host = new URL(c.req.url).hostname;
      if (host !== '127.0.0.1' && host !== 'localhost') return apiError(c, 403, 'forbidden', 'Local only.');
      return c.json(await seedDemo(c.env.DB, c.req.valid('json').allowedOrigins));
    },
  )
  .get('/demo', (c) => {
    const widgetOrigin = c.env.PUBLIC_URL ?? new URL(c.req.url).origin;
    return c.html(html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Demo Shop — help centre</title>
    <style>
      body { font: 16px/1.5 Georgia, serif; margin: 0; color: #222; background: #faf7f2; }
      header { background: #2d2a26; color: #fff; padding: 1rem 2rem; }
      main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
      /* Deliberately hostile host styles: the widget must not inherit them. */
      button, div { font-family: "Comic Sans MS", cursive !important; }
    </style>
  </head>
  <body>
    <header><h1>Demo Shop</h1></header>
    <main>
      <h2>Help centre</h2>
      <p>Questions about an order, shipping, returns or billing? Open the chat in the corner.</p>
      <ul>
        <li>Orders ship within 2 business days.</li>
        <li>Returns are free within 30 days.</li>
      </ul>
    </main>
    <script async src="${widgetOrigin}/widget/loader.js" data-site-key="${DEMO_SITE_KEY}"></script>
  </body>
</html>`);
  });

async function demoOnly(c: Context<{ Bindings: Env }>, next: Next) {
  if (c.env.DEMO_MODE !== '1') return apiError(c, 404, 'not_found', 'Not found.');
  await next();
}
