import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENTS } from '../../worker/db/seed';
import { CloseCode } from '../../worker/protocol';
import {
  agentSocket,
  BASE,
  call,
  login,
  newVisitorConversation,
  openSocket,
  seed,
  seedOtherWorkspace,
  visitorSession,
  visitorSocket,
} from './helpers';

let siteKey: string;
beforeAll(async () => {
  siteKey = (await seed()).siteKey;
});

describe('visitor access', () => {
  it('refuses a session from an origin the workspace does not allow', async () => {
    const res = await visitorSession(siteKey, 'https://evil.example');
    expect(res.status).toBe(403);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(((await res.json()) as { error: string }).error).toBe('origin_not_allowed');
  });

  it('refuses a session with no origin at all', async () => {
    const res = await call('/api/widget/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ siteKey }),
    });
    expect(res.status).toBe(403);
  });

  it('rejects a malformed session request with a 400 that says why', async () => {
    const res = await call('/api/widget/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://shop.example' },
      body: JSON.stringify({ siteKey: 5 }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/siteKey/);
  });

  it('returns the same visitor for a remembered visitor key', async () => {
    const first = (await (await visitorSession(siteKey)).json()) as { visitorId: string; visitorKey: string };
    const again = (await (await visitorSession(siteKey, undefined, first.visitorKey)).json()) as {
      visitorId: string;
    };
    expect(again.visitorId).toBe(first.visitorId);
  });

  it("finds a returning visitor's open conversation, and says plainly when there is none", async () => {
    const session = (await (await visitorSession(siteKey)).json()) as { token: string; visitorKey: string };
    const current = async (token: string) => {
      const res = await call('/api/widget/conversations/current', {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { conversation: { id: string; status: string } | null }).conversation;
    };
    expect(await current(session.token)).toBeNull();
    const created = await call('/api/widget/conversations', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.token}` },
    });
    const { id } = (await created.json()) as { id: string };
    // Back later with the remembered key: a new token, the same conversation.
    const back = (await (await visitorSession(siteKey, undefined, session.visitorKey)).json()) as {
      token: string;
    };
    expect(await current(back.token)).toEqual({ id, status: 'bot' });
  });

  it("cannot open another visitor's conversation with its own token", async () => {
    const a = await newVisitorConversation(siteKey);
    const b = await newVisitorConversation(siteKey);
    // Refused with a close code the widget reads as "gone, stop reconnecting", and not one frame.
    const refused = await visitorSocket(b.conversationId, a.token);
    expect(await refused.closedWith()).toBe(CloseCode.gone);
    expect(refused.frames).toEqual([]);
    const own = await visitorSocket(a.conversationId, a.token);
    own.send({ type: 'hello', lastSeq: 0 });
    await own.next('welcome');
  });

  it('refuses a forged or missing token', async () => {
    const a = await newVisitorConversation(siteKey);
    const forged = `${a.token.slice(0, -4)}AAAA`;
    await expect(visitorSocket(a.conversationId, forged)).rejects.toThrow(/401/);
    const res = await call('/api/widget/conversations', { method: 'POST' });
    expect(res.status).toBe(401);
  });
});

describe('agent access', () => {
  it("gives an agent of another workspace 404 on this workspace's conversation", async () => {
    const conv = await newVisitorConversation(siteKey);
    const other = await seedOtherWorkspace();
    const cookie = await login(other.email, other.password);
    const read = await call(`/api/conversations/${conv.conversationId}`, { headers: { Cookie: cookie } });
    expect(read.status).toBe(404);
    const close = await call(`/api/conversations/${conv.conversationId}/close`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: BASE },
    });
    expect(close.status).toBe(404);
    const refused = await agentSocket(conv.conversationId, cookie);
    expect(await refused.closedWith()).toBe(CloseCode.gone);
    expect(refused.frames).toEqual([]);
    const list = (await (
      await call('/api/conversations?view=all', { headers: { Cookie: cookie } })
    ).json()) as {
      conversations: { id: string }[];
    };
    expect(list.conversations.map((c) => c.id)).not.toContain(conv.conversationId);
  });

  it('refuses a wrong password and an unauthenticated request', async () => {
    const bad = await call('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: BASE },
      body: JSON.stringify({ email: DEMO_AGENTS[0].email, password: 'nope' }),
    });
    expect(bad.status).toBe(401);
    expect((await call('/api/conversations')).status).toBe(401);
  });

  it('refuses cookie-authenticated writes and sockets from another origin (CSRF, CSWSH)', async () => {
    const conv = await newVisitorConversation(siteKey);
    const cookie = await login(DEMO_AGENTS[0].email, DEMO_AGENTS[0].password);
    const close = await call(`/api/conversations/${conv.conversationId}/close`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
    });
    expect(close.status).toBe(403);
    await expect(
      openSocket(`/api/conversations/${conv.conversationId}/ws`, {
        Cookie: cookie,
        Origin: 'https://evil.example',
      }),
    ).rejects.toThrow(/403/);
  });

  it('lets an agent close a conversation; the visitor then cannot write to it', async () => {
    const conv = await newVisitorConversation(siteKey);
    const cookie = await login(DEMO_AGENTS[1].email, DEMO_AGENTS[1].password);
    const vs = await visitorSocket(conv.conversationId, conv.token);
    vs.send({ type: 'hello', lastSeq: 0 });
    await vs.next('welcome');
    const res = await call(`/api/conversations/${conv.conversationId}/close`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: BASE },
    });
    expect(res.status).toBe(200);
    expect((await vs.next('state')).state.status).toBe('resolved');
    vs.send({ type: 'message', clientId: 'late', body: 'one more thing' });
    expect(await vs.next('error')).toMatchObject({ code: 'conversation_closed', ref: 'late' });
  });
});
