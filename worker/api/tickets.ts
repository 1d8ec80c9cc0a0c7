import { zValidator } from '@hono/zod-validator';
import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AgentVars } from '../auth/session';
import type { VisitorClaims } from '../auth/visitorToken';
import { db } from '../db/client';
import { conversations, tickets } from '../db/schema';
import type { Env } from '../env';
import { deliverWebhook } from '../integrations/webhook';
import { loadWorkspaceSettings } from '../routing/settings';
import { apiError, validationHook } from './errors';

export const TicketRequest = z
  .object({
    kind: z.enum(['callback', 'contact']),
    name: z.string().trim().min(1).max(120),
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[+()\d\s.-]{6,30}$/, 'Enter a phone number')
      .optional(),
    message: z.string().trim().min(1).max(2000),
  })
  .refine((t) => (t.kind === 'callback' ? !!t.phone : !!(t.email || t.phone)), {
    message: 'A callback needs a phone number; contact details need an email or a phone number.',
  });

/** Visitor side: leave details when nobody can come (mounted under /api/widget/conversations/:id). */
export const visitorTicketRoutes = new Hono<{ Bindings: Env; Variables: { visitor: VisitorClaims } }>().post(
  '/:id/ticket',
  zValidator('param', z.object({ id: z.uuid() }), validationHook),
  zValidator('json', TicketRequest, validationHook),
  async (c) => {
    const v = c.get('visitor');
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const d = db(c.env.DB);
    const conv = await d.query.conversations.findFirst({
      where: and(
        eq(conversations.id, id),
        eq(conversations.workspaceId, v.ws),
        eq(conversations.contactId, v.sub),
      ),
    });
    if (!conv) return apiError(c, 404, 'not_found', 'No such conversation.');
    const stub = c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(id));
    const state = await stub.getState();
    const ticket = {
      id: crypto.randomUUID(),
      workspaceId: v.ws,
      conversationId: id,
      contactId: v.sub,
      kind: body.kind,
      reason: state?.fallback?.reason ?? 'visitor',
      name: body.name,
      email: body.email ?? null,
      phone: body.phone ?? null,
      message: body.message,
      createdAt: Date.now(),
    } as const;
    await d.insert(tickets).values(ticket);
    await stub.ticketLeft(
      ticket.kind,
      (ticket.kind === 'callback' ? ticket.phone : (ticket.email ?? ticket.phone)) ?? '',
    );
    const settings = await loadWorkspaceSettings(c.env, v.ws);
    if (settings.ticketWebhookUrl && settings.webhookSecret) {
      const url = settings.ticketWebhookUrl;
      const secret = settings.webhookSecret;
      c.executionCtx.waitUntil(
        deliverWebhook(url, secret, 'ticket.created', ticket).then((status) =>
          d.update(tickets).set({ webhookStatus: status }).where(eq(tickets.id, ticket.id)),
        ),
      );
    }
    return c.json({ id: ticket.id }, 201);
  },
);

/** Agent side: the fallback tickets of the workspace. */
export const agentTicketRoutes = new Hono<{ Bindings: Env; Variables: AgentVars }>()
  .get('/', async (c) => {
    const rows = await db(c.env.DB)
      .select()
      .from(tickets)
      .where(eq(tickets.workspaceId, c.get('agent').workspaceId))
      .orderBy(desc(tickets.createdAt))
      .limit(200);
    return c.json({ tickets: rows });
  })
  .post('/:id/done', zValidator('param', z.object({ id: z.uuid() }), validationHook), async (c) => {
    const a = c.get('agent');
    const res = await db(c.env.DB)
      .update(tickets)
      .set({ status: 'done' })
      .where(and(eq(tickets.id, c.req.valid('param').id), eq(tickets.workspaceId, a.workspaceId)))
      .returning({ id: tickets.id });
    return res.length ? c.json({ ok: true }) : apiError(c, 404, 'not_found', 'No such ticket.');
  });
