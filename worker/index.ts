import { Hono } from 'hono';
import { adminRoutes } from './api/admin';
import { agentRoutes, authRoutes } from './api/agent';
import { demoRoutes } from './api/demo';
import { apiError } from './api/errors';
import { helpCentreRoutes } from './api/helpCentre';
import { knowledgeRoutes } from './api/knowledge';
import { rulesRoutes } from './api/rules';
import { agentTicketRoutes } from './api/tickets';
import { widgetRoutes } from './api/widget';
import { requireAgent } from './auth/session';
import type { Env } from './env';
import { d1Store, type KnowledgeBindings, resumeStalled, upgradeOutdated, vectorFromEnv } from './knowledge';

export { RelayDO } from './bench/RelayDO';
export { ConversationDO } from './conversation/ConversationDO';
export { WorkspaceDO } from './routing/WorkspaceDO';

const app = new Hono<{ Bindings: Env }>()
  .get('/api/health', (c) => c.json({ ok: true }))
  .route('/api/widget', widgetRoutes)
  .route('/api/auth', authRoutes)
  .route('/', demoRoutes)
  .route('/', helpCentreRoutes)
  .use('/api/tickets/*', requireAgent)
  .use('/api/tickets', requireAgent)
  .route('/api/tickets', agentTicketRoutes)
  .route('/api/knowledge', knowledgeRoutes)
  .use('/api/admin/*', requireAgent)
  .route('/api/admin', adminRoutes)
  .route('/api', rulesRoutes)
  // Last: its session middleware covers every other /api path.
  .route('/api', agentRoutes)
  .get('/bench/relay', (c) => {
    if (c.env.DEMO_MODE !== '1') return apiError(c, 404, 'not_found', 'Not found.');
    const room = c.req.query('room') ?? 'default';
    return c.env.RELAY.get(c.env.RELAY.idFromName(room)).fetch(c.req.raw);
  });

app.notFound((c) => apiError(c, 404, 'not_found', 'Not found.'));
app.onError((err, c) => {
  console.error(err);
  return apiError(c, 500, 'internal', 'Something went wrong.');
});

export type AppType = typeof app;

/** Upgrades per cron run across all workspaces (a run every few minutes clears a large base in hours). */
const UPGRADES_PER_RUN = 20;

export default {
  fetch: app.fetch,
  // The cron trigger (wrangler.toml): stalled indexing jobs resume, then documents indexed by an
  // older release are re-indexed.
  async scheduled(_controller, env, ctx) {
    const store = d1Store(env.DB);
    const vector = vectorFromEnv(env as Env & KnowledgeBindings);
    ctx.waitUntil(
      resumeStalled(store, { vector }).then(() =>
        upgradeOutdated(store, { vector, limit: UPGRADES_PER_RUN }),
      ),
    );
  },
} satisfies ExportedHandler<Env>;
