import { zValidator } from '@hono/zod-validator';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { type AgentVars, requireAgent } from '../auth/session';
import { db } from '../db/client';
import type { Env } from '../env';
import {
  countRules,
  createRule,
  deleteRule,
  listRules,
  MAX_RULES_PER_WORKSPACE,
  type StoredRule,
  updateRule,
} from '../triage/ruleStore';
import { RuleInput } from '../triage/rules';
import { apiError, validationHook } from './errors';

// Triage business rules, per workspace: GET /rules (any agent), POST /rules, PUT /rules/:id,
// DELETE /rules/:id (admins). Mount with `app.route('/api', rulesRoutes)`; the session
// middleware is scoped to these paths, so mounting under /api guards nothing else.

type RulesEnv = { Bindings: Env; Variables: AgentVars };

const RuleBody = RuleInput.extend({ position: z.number().int().min(0).max(100_000).optional() });
const RuleId = z.object({ id: z.string().min(1).max(64) });

const adminOnly: MiddlewareHandler<RulesEnv> = async (c, next) => {
  if (c.get('agent').role !== 'admin') return apiError(c, 403, 'forbidden', 'Only admins can change rules.');
  await next();
};

const view = (r: StoredRule) => ({
  id: r.id,
  name: r.name,
  enabled: r.enabled,
  position: r.position,
  when: r.when,
  actions: r.actions,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const rulesRoutes = new Hono<RulesEnv>()
  .use('/rules', requireAgent)
  .use('/rules/*', requireAgent)
  .get('/rules', async (c) => {
    const rules = await listRules(db(c.env.DB), c.get('agent').workspaceId);
    return c.json({ rules: rules.map(view) });
  })
  .post('/rules', adminOnly, zValidator('json', RuleBody, validationHook), async (c) => {
    const d = db(c.env.DB);
    const workspaceId = c.get('agent').workspaceId;
    if ((await countRules(d, workspaceId)) >= MAX_RULES_PER_WORKSPACE)
      return apiError(
        c,
        409,
        'too_many_rules',
        `A workspace can have at most ${MAX_RULES_PER_WORKSPACE} rules.`,
      );
    const rule = await createRule(d, workspaceId, c.req.valid('json'));
    return c.json({ rule: view(rule) }, 201);
  })
  .put(
    '/rules/:id',
    adminOnly,
    zValidator('param', RuleId, validationHook),
    zValidator('json', RuleBody, validationHook),
    async (c) => {
      const rule = await updateRule(
        db(c.env.DB),
        c.get('agent').workspaceId,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      if (!rule) return apiError(c, 404, 'not_found', 'No such rule.');
      return c.json({ rule: view(rule) });
    },
  )
  .delete('/rules/:id', adminOnly, zValidator('param', RuleId, validationHook), async (c) => {
    const removed = await deleteRule(db(c.env.DB), c.get('agent').workspaceId, c.req.valid('param').id);
    if (!removed) return apiError(c, 404, 'not_found', 'No such rule.');
    return c.body(null, 204);
  });
