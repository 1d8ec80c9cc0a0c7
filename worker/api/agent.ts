import { zValidator } from '@hono/zod-validator';
import { and, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { verifyPassword } from '../auth/password';
import { type AgentVars, createSession, endSession, isSameOrigin, requireAgent } from '../auth/session';
import { db } from '../db/client';
import { agents, contacts, conversations, workspaces } from '../db/schema';
import type { Env } from '../env';
import { type AgentProfile, type ConversationList, InboxView, LoginRequest } from '../protocol';
import { apiError, validationHook } from './errors';
import { forwardUpgrade } from './sockets';

type AgentEnv = { Bindings: Env; Variables: AgentVars };

export const ConversationId = z.object({ id: z.uuid() });

const TransferRequest = z
  .object({
    agentId: z.string().min(1).max(64).optional(),
    department: z.string().min(1).max(60).optional(),
    note: z.string().trim().min(1).max(2000),
  })
  .refine(
    (t) => (t.agentId ? 1 : 0) + (t.department ? 1 : 0) === 1,
    'Name exactly one of agentId or department.',
  );

const conversationStub = (env: Env, id: string) => env.CONVERSATION.get(env.CONVERSATION.idFromName(id));
const workspaceStub = (env: Env, id: string) => env.WORKSPACE.get(env.WORKSPACE.idFromName(id));

export const authRoutes = new Hono<{ Bindings: Env }>()
  .post('/login', zValidator('json', LoginRequest, validationHook), async (c) => {
    if (!isSameOrigin(c)) return apiError(c, 403, 'forbidden', 'Cross-origin request refused.');
    const { email, password } = c.req.valid('json');
    const d = db(c.env.DB);
    const row = await d
      .select({ agent: agents, workspaceName: workspaces.name })
      .from(agents)
      .innerJoin(workspaces, eq(workspaces.id, agents.workspaceId))
      .where(eq(agents.email, email.toLowerCase()))
      .get();
    // Same answer for unknown email and wrong password.
    if (!row || !(await verifyPassword(password, row.agent.passwordHash))) {
      return apiError(c, 401, 'invalid_credentials', 'Email or password is wrong.');
    }
    await createSession(c, row.agent.id, row.agent.workspaceId);
    const { id, name, role, workspaceId } = row.agent;
    return c.json({
      id,
      name,
      email: row.agent.email,
      role,
      workspaceId,
      workspaceName: row.workspaceName,
    } satisfies AgentProfile);
  })
  .post('/logout', async (c) => {
    if (!isSameOrigin(c)) return apiError(c, 403, 'forbidden', 'Cross-origin request refused.');
    await endSession(c);
    return c.body(null, 204);
  });

export const agentRoutes = new Hono<AgentEnv>()
  .use(requireAgent)
  .get('/me', (c) => c.json(c.get('agent')))
  .get('/inbox/ws', async (c) => {
    if (c.req.header('Upgrade') !== 'websocket')
      return apiError(c, 426, 'upgrade_required', 'Expected a WebSocket.');
    const a = c.get('agent');
    const stub = c.env.WORKSPACE.get(c.env.WORKSPACE.idFromName(a.workspaceId));
    return forwardUpgrade(stub, c.req.url, {
      role: 'agent',
      id: a.id,
      name: a.name,
      workspaceId: a.workspaceId,
    });
  })
  .get(
    '/conversations',
    zValidator('query', z.object({ view: InboxView.default('open') }), validationHook),
    async (c) => {
      const a = c.get('agent');
      const { view } = c.req.valid('query');
      const where: SQL[] = [eq(conversations.workspaceId, a.workspaceId)];
      if (view === 'open') where.push(inArray(conversations.status, ['bot', 'queued', 'offered', 'agent']));
      if (view === 'mine') where.push(eq(conversations.assigneeId, a.id), eq(conversations.status, 'agent'));
      if (view === 'closed') where.push(eq(conversations.status, 'resolved'));
      const rows = await db(c.env.DB)
        .select({ c: conversations, contactName: contacts.name, assigneeName: agents.name })
        .from(conversations)
        .innerJoin(contacts, eq(contacts.id, conversations.contactId))
        .leftJoin(agents, eq(agents.id, conversations.assigneeId))
        .where(and(...where))
        .orderBy(desc(conversations.updatedAt))
        .limit(200);
      return c.json({
        conversations: rows.map(({ c: r, contactName, assigneeName }) => ({
          id: r.id,
          status: r.status,
          contactId: r.contactId,
          contactName,
          assigneeId: r.assigneeId,
          assigneeName,
          lastSeq: r.lastSeq,
          preview: r.preview,
          score: r.score,
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
        })),
      } satisfies ConversationList);
    },
  )
  .get('/conversations/:id', zValidator('param', ConversationId, validationHook), async (c) => {
    const a = c.get('agent');
    const stub = c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(c.req.valid('param').id));
    const found = await ownConversation(c.env, a, c.req.valid('param').id);
    if (!found) return apiError(c, 404, 'not_found', 'No such conversation.');
    const id = c.req.valid('param').id;
    const d = db(c.env.DB);
    const [state, messages, brief, row] = await Promise.all([
      stub.getState(),
      stub.transcript(true),
      stub.getBrief(),
      d.query.conversations.findFirst({ where: eq(conversations.id, id), columns: { contactId: true } }),
    ]);
    const contact = row
      ? await d.query.contacts.findFirst({
          where: and(eq(contacts.id, row.contactId), eq(contacts.workspaceId, a.workspaceId)),
          columns: { id: true, name: true, email: true, attributes: true, createdAt: true, lastSeenAt: true },
        })
      : undefined;
    // The sidebar's history: this customer's other conversations.
    const previous = row
      ? await d
          .select({
            id: conversations.id,
            status: conversations.status,
            preview: conversations.preview,
            updatedAt: conversations.updatedAt,
          })
          .from(conversations)
          .where(
            and(
              eq(conversations.workspaceId, a.workspaceId),
              eq(conversations.contactId, row.contactId),
              ne(conversations.id, id),
            ),
          )
          .orderBy(desc(conversations.updatedAt))
          .limit(10)
      : [];
    return c.json({ state, messages, brief, contact: contact ?? null, previous });
  })
  .post('/conversations/:id/close', zValidator('param', ConversationId, validationHook), async (c) => {
    const a = c.get('agent');
    const { id } = c.req.valid('param');
    if (!(await ownConversation(c.env, a, id))) return apiError(c, 404, 'not_found', 'No such conversation.');
    const stub = c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(id));
    const state = await stub.resolve({ id: a.id, name: a.name, workspaceId: a.workspaceId });
    if (!state) return apiError(c, 404, 'not_found', 'No such conversation.');
    return c.json({ state });
  })
  .post('/conversations/:id/join', zValidator('param', ConversationId, validationHook), async (c) => {
    const a = c.get('agent');
    const { id } = c.req.valid('param');
    if (!(await ownConversation(c.env, a, id))) return apiError(c, 404, 'not_found', 'No such conversation.');
    const stub = conversationStub(c.env, id);
    const [item, state] = await Promise.all([stub.handoffItem(), stub.getState()]);
    if (!item || !state) return apiError(c, 404, 'not_found', 'No such conversation.');
    if (state.status === 'resolved')
      return c.json({ ok: false, message: 'This conversation is closed.' }, 409);
    const r = await workspaceStub(c.env, a.workspaceId).pickup(a.workspaceId, id, a.id, item);
    return c.json(r, r.ok ? 200 : 409);
  })
  .post(
    '/conversations/:id/transfer',
    zValidator('param', ConversationId, validationHook),
    zValidator('json', TransferRequest, validationHook),
    async (c) => {
      const a = c.get('agent');
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      if (!(await ownConversation(c.env, a, id)))
        return apiError(c, 404, 'not_found', 'No such conversation.');
      const stub = conversationStub(c.env, id);
      const [state, item] = await Promise.all([stub.getState(), stub.handoffItem()]);
      if (!state || !item) return apiError(c, 404, 'not_found', 'No such conversation.');
      if (state.status !== 'agent' || state.assigneeId !== a.id) {
        return apiError(c, 409, 'not_owner', 'Only the agent who holds the conversation can transfer it.');
      }
      if (body.agentId === a.id) return apiError(c, 400, 'bad_request', 'That is you.');
      const r = await workspaceStub(c.env, a.workspaceId).transfer(a.workspaceId, {
        ...item,
        kind: 'transfer',
        reason: 'transfer',
        department: body.department ?? null,
        targetAgentId: body.agentId ?? null,
        fromAgentId: a.id,
        preferredAgentId: null,
        firstInLine: true,
        note: body.note,
      });
      return c.json(r, r.ok ? 202 : 409);
    },
  )
  .post('/conversations/:id/handback', zValidator('param', ConversationId, validationHook), async (c) => {
    const a = c.get('agent');
    const { id } = c.req.valid('param');
    if (!(await ownConversation(c.env, a, id))) return apiError(c, 404, 'not_found', 'No such conversation.');
    const state = await conversationStub(c.env, id).handBack({
      id: a.id,
      name: a.name,
      workspaceId: a.workspaceId,
    });
    return c.json({ state });
  })
  .get('/team', async (c) => c.json(await workspaceStub(c.env, c.get('agent').workspaceId).team()))
  .get('/conversations/:id/ws', zValidator('param', ConversationId, validationHook), async (c) => {
    if (c.req.header('Upgrade') !== 'websocket')
      return apiError(c, 426, 'upgrade_required', 'Expected a WebSocket.');
    const a = c.get('agent');
    const stub = c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(c.req.valid('param').id));
    return forwardUpgrade(stub, c.req.url, {
      role: 'agent',
      id: a.id,
      name: a.name,
      workspaceId: a.workspaceId,
    });
  });

/** Tenant check against the D1 index (the object checks again on sockets). */
async function ownConversation(env: Env, agent: AgentProfile, id: string): Promise<boolean> {
  const row = await db(env.DB).query.conversations.findFirst({
    columns: { id: true },
    where: and(eq(conversations.id, id), eq(conversations.workspaceId, agent.workspaceId)),
  });
  return row !== undefined;
}
