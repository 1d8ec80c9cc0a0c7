import { zValidator } from '@hono/zod-validator';
import { and, asc, eq } from 'drizzle-orm';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AgentVars } from '../auth/session';
import { ActionDefinition } from '../bot/actions';
import { db } from '../db/client';
import { agents, botActions, workspaces } from '../db/schema';
import type { Env } from '../env';
import { parseWorkspaceSettings, WorkspaceSettings } from '../routing/settings';
import { apiError, validationHook } from './errors';

type AdminEnv = { Bindings: Env; Variables: AgentVars };

/** Reads are for every agent of the workspace; writes for admins only. */
const adminWrites: MiddlewareHandler<AdminEnv> = async (c, next) => {
  if (c.req.method !== 'GET' && c.get('agent').role !== 'admin') {
    return apiError(c, 403, 'forbidden', 'Only admins can change settings.');
  }
  await next();
};

const Id = z.object({ id: z.string().min(1).max(64) });
const AgentRouting = z.object({
  departments: z.array(z.string().trim().min(1).max(60)).max(20),
  languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)).max(20),
  capacity: z.number().int().min(1).max(50),
});

/** The greeting in other languages, by language code; the messages name the bad key. */
const Greetings = z.record(z.string(), z.string().trim().min(1).max(1000)).superRefine((g, ctx) => {
  const keys = Object.keys(g);
  if (keys.length > 40) ctx.addIssue({ code: 'custom', message: 'At most 40 languages.' });
  for (const k of keys)
    if (!/^[a-z]{2,3}$/.test(k))
      ctx.addIssue({ code: 'custom', path: [k], message: `"${k}" is not a language code (use fr, pt…).` });
});

/**
 * Sites that may embed the widget, kept as origins (what the browser sends): "https://shop.example/"
 * is stored as "https://shop.example", or it would never match.
 */
const AllowedOrigins = z
  .array(z.url({ protocol: /^https?$/, error: 'Origins are http(s) addresses: https://shop.example.' }))
  .max(50)
  .transform((list) => [...new Set(list.map((u) => new URL(u).origin))]);

/** Settings the console's admin pages edit: workspace handoff settings, agents' routing, bot actions. */
export const adminRoutes = new Hono<AdminEnv>()
  .use(adminWrites)
  .get('/settings', async (c) => {
    const row = await db(c.env.DB).query.workspaces.findFirst({
      where: eq(workspaces.id, c.get('agent').workspaceId),
    });
    if (!row) return apiError(c, 404, 'not_found', 'No workspace.');
    return c.json({
      name: row.name,
      greeting: row.greeting,
      greetings: row.greetings,
      color: row.color,
      allowedOrigins: row.allowedOrigins,
      siteKey: row.siteKey,
      // The webhook secret is write-only: agents see whether one is set, never its value.
      settings: { ...parseWorkspaceSettings(row.settings), webhookSecret: null },
      hasWebhookSecret: !!parseWorkspaceSettings(row.settings).webhookSecret,
    });
  })
  .put(
    '/settings',
    zValidator(
      'json',
      z.object({
        greeting: z.string().trim().min(1).max(1000).optional(),
        /** The greeting in other languages; replaces the whole set. */
        greetings: Greetings.optional(),
        color: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/)
          .optional(),
        allowedOrigins: AllowedOrigins.optional(),
        settings: WorkspaceSettings.optional(),
      }),
      validationHook,
    ),
    async (c) => {
      const body = c.req.valid('json');
      await db(c.env.DB)
        .update(workspaces)
        .set(body)
        .where(eq(workspaces.id, c.get('agent').workspaceId));
      return c.json({ ok: true });
    },
  )
  .get('/agents', async (c) => {
    const rows = await db(c.env.DB)
      .select({
        id: agents.id,
        name: agents.name,
        email: agents.email,
        role: agents.role,
        departments: agents.departments,
        languages: agents.languages,
        capacity: agents.capacity,
      })
      .from(agents)
      .where(eq(agents.workspaceId, c.get('agent').workspaceId))
      .orderBy(asc(agents.name));
    return c.json({ agents: rows });
  })
  .put(
    '/agents/:id/routing',
    zValidator('param', Id, validationHook),
    zValidator('json', AgentRouting, validationHook),
    async (c) => {
      const res = await db(c.env.DB)
        .update(agents)
        .set(c.req.valid('json'))
        .where(
          and(eq(agents.id, c.req.valid('param').id), eq(agents.workspaceId, c.get('agent').workspaceId)),
        )
        .returning({ id: agents.id });
      return res.length ? c.json({ ok: true }) : apiError(c, 404, 'not_found', 'No such agent.');
    },
  )
  .get('/actions', async (c) => {
    const rows = await db(c.env.DB)
      .select()
      .from(botActions)
      .where(eq(botActions.workspaceId, c.get('agent').workspaceId))
      .orderBy(asc(botActions.name));
    // The secret never leaves the server once stored.
    return c.json({ actions: rows.map(({ secretValue, ...a }) => ({ ...a, hasSecret: !!secretValue })) });
  })
  .post('/actions', zValidator('json', ActionDefinition, validationHook), async (c) => {
    const a = c.req.valid('json');
    const id = crypto.randomUUID();
    try {
      await db(c.env.DB)
        .insert(botActions)
        .values({ id, workspaceId: c.get('agent').workspaceId, ...a, createdAt: Date.now() });
    } catch {
      return apiError(c, 409, 'conflict', `An action named ${a.name} exists already.`);
    }
    return c.json({ id }, 201);
  })
  .put(
    '/actions/:id',
    zValidator('param', Id, validationHook),
    zValidator(
      'json',
      ActionDefinition.partial().extend({ enabled: z.boolean().optional() }),
      validationHook,
    ),
    async (c) => {
      const res = await db(c.env.DB)
        .update(botActions)
        .set(c.req.valid('json'))
        .where(
          and(
            eq(botActions.id, c.req.valid('param').id),
            eq(botActions.workspaceId, c.get('agent').workspaceId),
          ),
        )
        .returning({ id: botActions.id });
      return res.length ? c.json({ ok: true }) : apiError(c, 404, 'not_found', 'No such action.');
    },
  )
  .delete('/actions/:id', zValidator('param', Id, validationHook), async (c) => {
    const res = await db(c.env.DB)
      .delete(botActions)
      .where(
        and(
          eq(botActions.id, c.req.valid('param').id),
          eq(botActions.workspaceId, c.get('agent').workspaceId),
        ),
      )
      .returning({ id: botActions.id });
    return res.length ? c.body(null, 204) : apiError(c, 404, 'not_found', 'No such action.');
  });
