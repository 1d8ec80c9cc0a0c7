import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import type { ConversationDO } from '../../worker/conversation/ConversationDO';
import type { Brief } from '../../worker/protocol';
import type { RoutingState } from '../../worker/routing/core';
import type { WorkspaceDO } from '../../worker/routing/WorkspaceDO';
import {
  BASE,
  call,
  inboxSocket,
  join,
  makeWorkspace,
  newVisitorConversation,
  visitorAskingForPerson,
  visitorSocket,
} from './helpers';

const workspaceStub = (id: string) => env.WORKSPACE.get(env.WORKSPACE.idFromName(id));

/** Moves routing's clock-driven deadlines into the past, then fires the alarm (no sleeping). */
async function expireDeadlines(workspaceId: string, edit: (s: RoutingState) => void) {
  const stub = workspaceStub(workspaceId);
  await runInDurableObject(stub, async (instance: WorkspaceDO, state) => {
    const s = (await state.storage.get<RoutingState>('routing'))!;
    edit(s);
    await state.storage.put('routing', s);
    (instance as unknown as { state: RoutingState }).state = s;
  });
  await runDurableObjectAlarm(stub);
}

describe('warm handoff', () => {
  it('queues, offers privately with the brief pending, connects the visitor only on accept', async () => {
    const w = await makeWorkspace({ agents: [{ name: 'Maya', departments: ['Billing'] }] });
    const [maya] = w.agents;
    const inbox = await inboxSocket(maya!.cookie);
    const v = await visitorAskingForPerson(w.siteKey);

    const queued = await v.ws.next(
      'state',
      (f) => f.state.status === 'queued' || f.state.status === 'offered',
    );
    expect(queued.state.queue?.position).toBe(1);
    const { offer } = await inbox.next('offer');
    expect(offer).toMatchObject({
      conversationId: v.conversationId,
      kind: 'handoff',
      reason: 'human_request',
    });
    expect(offer.expiresAt).toBeGreaterThan(Date.now());
    // Offered, not connected: the visitor has not been told who.
    expect(
      v.ws.frames.some(
        (f) => f.type === 'message' && f.message.kind === 'system' && /joined/.test(f.message.body),
      ),
    ).toBe(false);

    inbox.send({ type: 'accept', offerId: offer.id });
    expect(await inbox.next('claim_result')).toMatchObject({
      ok: true,
      offerId: offer.id,
      conversationId: v.conversationId,
    });
    const joined = await v.ws.next(
      'message',
      (f) => f.message.kind === 'system' && /joined/.test(f.message.body),
    );
    expect(joined.message.body).toBe('Maya joined the conversation');
    expect((await v.ws.next('state', (f) => f.state.status === 'agent')).state).toMatchObject({
      assigneeName: 'Maya',
      queue: null,
    });
    // The brief lists what the bot tried, not its announcement that a person is coming.
    const detail = (await (
      await call(`/api/conversations/${v.conversationId}`, { headers: { Cookie: maya!.cookie } })
    ).json()) as { brief: Brief };
    expect(detail.brief.tried.some((s) => /bring in a person/.test(s.summary))).toBe(false);
  });

  it('passes an unanswered offer to the next agent when it times out, and records the miss', async () => {
    const w = await makeWorkspace({ agents: [{ name: 'Ana' }, { name: 'Ben' }] });
    const sockets = await Promise.all(w.agents.map((a) => inboxSocket(a.cookie)));
    const v = await visitorAskingForPerson(w.siteKey);
    const team = await sockets[0]!.next('team', (t) => !!t.queue[0]?.offeredTo);
    const i = w.agents.findIndex((a) => a.id === team.queue[0]!.offeredTo);
    const first = { i, offer: (await sockets[i]!.next('offer')).offer };
    expect(first.offer.conversationId).toBe(v.conversationId);
    await expireDeadlines(w.id, (s) => {
      for (const q of s.queue) if (q.offer) q.offer.expiresAt = Date.now() - 1;
    });
    const timedOut = sockets[first.i]!;
    expect(await timedOut.next('offer_withdrawn')).toMatchObject({
      offerId: first.offer.id,
      reason: 'timeout',
    });
    const other = sockets[1 - first.i]!;
    const second = await other.next('offer');
    expect(second.offer.conversationId).toBe(v.conversationId);
    expect(second.offer.id).not.toBe(first.offer.id);
    // Accepting the timed-out offer late: refused, and the answer names the offer it is about.
    timedOut.send({ type: 'accept', offerId: first.offer.id });
    expect(await timedOut.next('claim_result')).toMatchObject({
      ok: false,
      offerId: first.offer.id,
      conversationId: null,
    });
  });

  it('lets exactly one of 20 agents win the same conversation; the others are told who took it', async () => {
    const w = await makeWorkspace({ agents: Array.from({ length: 20 }, (_, i) => ({ name: `Agent${i}` })) });
    const v = await newVisitorConversation(w.siteKey);
    const results = await Promise.all(
      w.agents.map((a) =>
        call(`/api/conversations/${v.conversationId}/join`, {
          method: 'POST',
          headers: { Cookie: a.cookie, Origin: BASE },
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { ok: boolean; message: string },
        })),
      ),
    );
    const winners = results.filter((r) => r.body.ok);
    expect(winners).toHaveLength(1);
    const losers = results.filter((r) => !r.body.ok);
    expect(losers).toHaveLength(19);
    for (const l of losers) {
      expect(l.status).toBe(409);
      expect(l.body.message).toMatch(/already took/);
    }
  });

  it('returns a conversation to the queue, first in line, when its agent disconnects past the grace period', async () => {
    const w = await makeWorkspace({ agents: [{ name: 'Maya' }, { name: 'Leo' }] });
    const [maya, leo] = w.agents;
    const mayaInbox = await inboxSocket(maya!.cookie);
    const v = await newVisitorConversation(w.siteKey);
    expect((await join(v.conversationId, maya!.cookie)).body.ok).toBe(true);
    const vs = await visitorSocket(v.conversationId, v.token);
    vs.send({ type: 'hello', lastSeq: 0 });
    await vs.next('welcome');

    mayaInbox.close();
    // Leo comes online after Maya vanished; the grace period passes.
    const leoInbox = await inboxSocket(leo!.cookie);
    await expireDeadlines(w.id, (s) => {
      if (s.agents[maya!.id]) s.agents[maya!.id]!.disconnectedAt = Date.now() - 3_600_000;
    });
    const line = await vs.next(
      'message',
      (f) => f.message.kind === 'system' && /step away/.test(f.message.body),
    );
    expect(line.message.body).toMatch(/first in line/);
    expect((await leoInbox.next('offer')).offer.conversationId).toBe(v.conversationId);
  });
});

describe('per-conversation timers', () => {
  it('re-offers a conversation whose agent has not replied in time, to someone else, first in line', async () => {
    const w = await makeWorkspace({ agents: [{ name: 'Maya' }, { name: 'Leo' }] });
    const [maya, leo] = w.agents;
    await inboxSocket(maya!.cookie);
    const leoInbox = await inboxSocket(leo!.cookie);
    const v = await newVisitorConversation(w.siteKey);
    expect((await join(v.conversationId, maya!.cookie)).body.ok).toBe(true);
    const vs = await visitorSocket(v.conversationId, v.token);
    vs.send({ type: 'hello', lastSeq: 0 });
    await vs.next('welcome');
    vs.send({ type: 'message', clientId: 'waiting', body: 'Hello? Anyone there?' });
    await vs.next('ack');

    // Maya's reply deadline passes (moved into the past, then the object's alarm fires).
    const stub = env.CONVERSATION.get(env.CONVERSATION.idFromName(v.conversationId));
    await runInDurableObject(stub, (instance: ConversationDO) => {
      expect(instance.meta?.replyDueAt).toBeGreaterThan(Date.now());
      instance.meta!.replyDueAt = Date.now() - 1;
    });
    await runDurableObjectAlarm(stub);
    const line = await vs.next(
      'message',
      (f) => f.message.kind === 'system' && /first in line/.test(f.message.body),
    );
    expect(line.message.body).toMatch(/Sorry for the wait/);
    expect((await leoInbox.next('offer')).offer.conversationId).toBe(v.conversationId);
  });
});

describe('fallback', () => {
  it('tells the visitor honestly when nobody is online and takes a callback request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const w = await makeWorkspace({
      settings: {
        ticketWebhookUrl: 'https://hooks.example/tickets',
        webhookSecret: 'whsec_c2VjcmV0LWtleQ==',
      },
      agents: [{ name: 'Maya' }],
    });
    fetchSpy.mockImplementation(async (input) =>
      new Request(input as RequestInfo).url.startsWith('https://hooks.example/')
        ? new Response('ok')
        : new Response('no', { status: 599 }),
    );
    const v = await visitorAskingForPerson(w.siteKey);
    const fb = await v.ws.next('state', (f) => f.state.fallback !== null);
    expect(fb.state.fallback).toMatchObject({ reason: 'no_agents' });
    expect(fb.state.status).toBe('bot');
    const told = await v.ws.next('message', (f) => f.message.kind === 'bot' && /call/.test(f.message.body));
    expect(told.message.body).toMatch(/contact details/);

    const res = await call(`/api/widget/conversations/${v.conversationId}/ticket`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${v.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        kind: 'callback',
        name: 'Sam',
        phone: '+49 30 1234567',
        message: 'Call me about my refund',
      }),
    });
    expect(res.status).toBe(201);
    await v.ws.next(
      'message',
      (f) => f.message.kind === 'system' && /Callback requested/.test(f.message.body),
    );
    const tickets = (await (
      await call('/api/tickets', { headers: { Cookie: w.agents[0]!.cookie } })
    ).json()) as {
      tickets: { name: string; reason: string; kind: string }[];
    };
    expect(tickets.tickets).toEqual([
      expect.objectContaining({ name: 'Sam', reason: 'no_agents', kind: 'callback' }),
    ]);
    await vi.waitFor(() => {
      const hook = fetchSpy.mock.calls.find(
        ([i]) => new Request(i as RequestInfo).url === 'https://hooks.example/tickets',
      );
      expect(hook).toBeDefined();
      const init = hook![1] as RequestInit;
      const headers = new Headers(init.headers);
      expect(headers.get('webhook-signature')).toMatch(/^v1,/);
      expect(JSON.parse(String(init.body))).toMatchObject({ type: 'ticket.created', data: { name: 'Sam' } });
    });
    fetchSpy.mockRestore();
  });

  it('says when the team is back outside business hours', async () => {
    const closedAllWeek = { timezone: 'Europe/Berlin', weekly: {}, holidays: [] };
    const w = await makeWorkspace({ settings: { hours: closedAllWeek }, agents: [{ name: 'Maya' }] });
    await inboxSocket(w.agents[0]!.cookie);
    const v = await visitorAskingForPerson(w.siteKey);
    const fb = await v.ws.next('state', (f) => f.state.fallback !== null);
    expect(fb.state.fallback?.reason).toBe('closed');
    expect(fb.state.status).toBe('bot');
  });

  it('refuses a ticket for someone else’s conversation and a malformed one', async () => {
    const w = await makeWorkspace({ agents: [] });
    const a = await newVisitorConversation(w.siteKey);
    const b = await newVisitorConversation(w.siteKey);
    const post = (token: string, id: string, body: unknown) =>
      call(`/api/widget/conversations/${id}/ticket`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect(
      (
        await post(a.token, b.conversationId, {
          kind: 'contact',
          name: 'X',
          email: 'x@example.com',
          message: 'hi',
        })
      ).status,
    ).toBe(404);
    const bad = await post(a.token, a.conversationId, { kind: 'callback', name: 'X', message: 'hi' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/phone/);
  });
});
