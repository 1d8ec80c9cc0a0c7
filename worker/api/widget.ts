import { zValidator } from '@hono/zod-validator';
import { and, desc, eq, ne } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { signVisitorToken, type VisitorClaims, verifyVisitorToken } from '../auth/visitorToken';
import { greetingFor } from '../conversation/greeting';
import { db } from '../db/client';
import { contacts, conversations, workspaces } from '../db/schema';
import type { Env } from '../env';
import { randomToken, sha256 } from '../lib/crypto';
import {
  WidgetConversationRequest,
  type WidgetConversationResponse,
  type WidgetCurrentConversationResponse,
  WidgetSessionRequest,
  type WidgetSessionResponse,
} from '../protocol';
import { apiError, validationHook } from './errors';
import { forwardUpgrade } from './sockets';
import { visitorTicketRoutes } from './tickets';

type WidgetEnv = { Bindings: Env; Variables: { visitor: VisitorClaims } };

/** Visitor-facing routes. The session route is called cross-origin by the loader on the host page. */
export const widgetRoutes = new Hono<WidgetEnv>()
  .options('/session', (c) => {
    const origin = c.req.header('Origin');
    if (!origin) return c.body(null, 204);
    // Preflight only says which headers may be sent; the POST itself checks the origin against the workspace.
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    });
  })
  .post('/session', zValidator('json', WidgetSessionRequest, validationHook), async (c) => {
    const body = c.req.valid('json');
    const origin = c.req.header('Origin');
    const d = db(c.env.DB);
    const ws = await d.query.workspaces.findFirst({ where: eq(workspaces.siteKey, body.siteKey) });
    if (!ws) return apiError(c, 404, 'not_found', 'Unknown site key.');
    if (!origin || !ws.allowedOrigins.includes(origin)) {
      return apiError(c, 403, 'origin_not_allowed', 'This site is not allowed to embed the chat.');
    }
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Vary', 'Origin');

    const now = Date.now();
    let visitorKey = body.visitorKey;
    let contact = visitorKey
      ? await d.query.contacts.findFirst({
          where: and(eq(contacts.workspaceId, ws.id), eq(contacts.visitorKeyHash, await sha256(visitorKey))),
        })
      : undefined;
    if (!contact) {
      visitorKey = randomToken();
      const row = {
        id: crypto.randomUUID(),
        workspaceId: ws.id,
        visitorKeyHash: await sha256(visitorKey),
        name: body.name ?? null,
        email: body.email ?? null,
        attributes: {},
        createdAt: now,
        lastSeenAt: now,
      };
      await d.insert(contacts).values(row);
      contact = row;
    } else {
      await d.update(contacts).set({ lastSeenAt: now }).where(eq(contacts.id, contact.id));
    }
    const { token, expiresAt } = await signVisitorToken(c.env.TOKEN_SECRET, contact.id, ws.id, now);
    return c.json({
      token,
      expiresAt,
      visitorKey: visitorKey!,
      visitorId: contact.id,
      settings: { workspaceName: ws.name, greeting: ws.greeting, color: ws.color },
    } satisfies WidgetSessionResponse);
  })
  .use('/conversations/*', visitorAuth)
  .use('/conversations', visitorAuth)
  .get('/conversations/current', async (c) => {
    const v = c.get('visitor');
    const row = await db(c.env.DB).query.conversations.findFirst({
      where: and(
        eq(conversations.workspaceId, v.ws),
        eq(conversations.contactId, v.sub),
        ne(conversations.status, 'resolved'),
      ),
      orderBy: desc(conversations.updatedAt),
    });
    // None is a normal answer for a first visit, not an error.
    return c.json({
      conversation: row ? { id: row.id, status: row.status } : null,
    } satisfies WidgetCurrentConversationResponse);
  })
  .post('/conversations', async (c) => {
    const v = c.get('visitor');
    // The body is optional (older widgets send none); when sent, it must be valid.
    const raw = await c.req.text();
    let body: unknown = {};
    try {
      if (raw.trim()) body = JSON.parse(raw);
    } catch {
      return apiError(c, 400, 'bad_request', 'The body must be JSON.');
    }
    const parsed = WidgetConversationRequest.safeParse(body);
    if (!parsed.success)
      return apiError(c, 400, 'bad_request', parsed.error.issues[0]?.message ?? 'Invalid request.');
    const d = db(c.env.DB);
    const [ws, contact] = await Promise.all([
      d.query.workspaces.findFirst({ where: eq(workspaces.id, v.ws) }),
      d.query.contacts.findFirst({ where: and(eq(contacts.id, v.sub), eq(contacts.workspaceId, v.ws)) }),
    ]);
    if (!ws || !contact) return apiError(c, 404, 'not_found', 'Unknown visitor.');
    const id = crypto.randomUUID();
    const stub = c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(id));
    const state = await stub.init({
      id,
      workspaceId: ws.id,
      contactId: contact.id,
      contactName: contact.name,
      contactEmail: contact.email,
      contactAttributes: contact.attributes,
      greeting: greetingFor(ws.greeting, ws.greetings, parsed.data.language),
      language: parsed.data.language ?? null,
    });
    return c.json({ id, status: state.status } satisfies WidgetConversationResponse, 201);
  })
  .route('/conversations', visitorTicketRoutes)
  .post(
    '/conversations/:id/leave-queue',
    zValidator('param', z.object({ id: z.uuid() }), validationHook),
    async (c) => {
      const v = c.get('visitor');
      const { id } = c.req.valid('param');
      const own = await db(c.env.DB).query.conversations.findFirst({
        columns: { id: true },
        where: and(
          eq(conversations.id, id),
          eq(conversations.workspaceId, v.ws),
          eq(conversations.contactId, v.sub),
        ),
      });
      if (!own) return apiError(c, 404, 'not_found', 'No such conversation.');
      const state = await c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(id)).leaveQueue();
      return c.json({ state });
    },
  )
  .get('/conversations/:id/ws', async (c) => {
    if (c.req.header('Upgrade') !== 'websocket')
      return apiError(c, 426, 'upgrade_required', 'Expected a WebSocket.');
    const v = c.get('visitor');
    const id = c.req.param('id');
    const stub = c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(id));
    return forwardUpgrade(stub, c.req.url, { role: 'visitor', id: v.sub, name: null, workspaceId: v.ws });
  });

/** Bearer token, or `?token=` for WebSocket upgrades (browsers can't set headers on them). */
async function visitorAuth(c: import('hono').Context<WidgetEnv>, next: () => Promise<void>) {
  const header = c.req.header('Authorization');
  const token = header?.startsWith('Bearer ') ? header.slice(7) : c.req.query('token');
  const claims = token ? await verifyVisitorToken(c.env.TOKEN_SECRET, token) : null;
  if (!claims) return apiError(c, 401, 'unauthorized', 'A valid visitor token is required.');
  c.set('visitor', claims);
  await next();
}
