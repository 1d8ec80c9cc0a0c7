import { evictDurableObject, runDurableObjectAlarm } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENTS } from '../../worker/db/seed';
import { agentSocket, join, login, newVisitorConversation, seed, visitorSocket } from './helpers';

let siteKey: string;
let maya: string;
beforeAll(async () => {
  siteKey = (await seed()).siteKey;
  maya = await login(DEMO_AGENTS[0].email, DEMO_AGENTS[0].password);
});

describe('conversation core', () => {
  it('greets, delivers a visitor message to the agent live and the reply back', async () => {
    const v = await newVisitorConversation(siteKey);
    const vs = await visitorSocket(v.conversationId, v.token);
    vs.send({ type: 'hello', lastSeq: 0 });
    const welcome = await vs.next('welcome');
    expect(welcome.state.status).toBe('bot');
    expect(welcome.messages.map((m) => m.kind)).toEqual(['bot']);

    const as = await agentSocket(v.conversationId, maya);
    as.send({ type: 'hello', lastSeq: welcome.state.lastSeq });
    await as.next('welcome');

    vs.send({ type: 'message', clientId: 'c1', body: 'Where is my order?' });
    const ack = await vs.next('ack');
    expect(ack).toMatchObject({ clientId: 'c1', seq: 2 });
    const seen = await as.next('message');
    expect(seen.message).toMatchObject({ kind: 'visitor', body: 'Where is my order?', seq: 2 });

    // Replying needs the conversation first: an agent who doesn't hold it is told to join.
    as.send({ type: 'message', clientId: 'early', body: 'Hello?' });
    expect(await as.next('error')).toMatchObject({ code: 'forbidden', ref: 'early' });
    expect((await join(v.conversationId, maya)).body).toMatchObject({ ok: true });
    as.send({ type: 'message', clientId: 'a1', body: 'Let me check that for you.' });
    const joined = await vs.next('message', (f) => f.message.kind === 'system');
    expect(joined.message.body).toBe('Maya joined the conversation');
    const reply = await vs.next('message', (f) => f.message.kind === 'agent');
    expect(reply.message).toMatchObject({ body: 'Let me check that for you.', authorName: 'Maya' });
    expect((await vs.next('state')).state).toMatchObject({ status: 'agent', assigneeName: 'Maya' });
  });

  it('stores a resent client id once and acknowledges it again', async () => {
    const v = await newVisitorConversation(siteKey);
    const vs = await visitorSocket(v.conversationId, v.token);
    vs.send({ type: 'hello', lastSeq: 0 });
    await vs.next('welcome');
    vs.send({ type: 'message', clientId: 'same', body: 'hello?' });
    const first = await vs.next('ack');
    vs.send({ type: 'message', clientId: 'same', body: 'hello?' });
    const second = await vs.next('ack');
    expect(second.seq).toBe(first.seq);

    const stub = env.CONVERSATION.get(env.CONVERSATION.idFromName(v.conversationId));
    const visitorLines = (await stub.transcript(true)).filter((m) => m.kind === 'visitor');
    expect(visitorLines).toHaveLength(1);
  });

  it('resumes after the object is evicted with exactly the missed messages', async () => {
    const v = await newVisitorConversation(siteKey);
    const vs = await visitorSocket(v.conversationId, v.token);
    vs.send({ type: 'hello', lastSeq: 0 });
    const welcome = await vs.next('welcome');
    const haveSeq = welcome.state.lastSeq;
    vs.close();

    const as = await agentSocket(v.conversationId, maya);
    as.send({ type: 'hello', lastSeq: 0 });
    await as.next('welcome');
    await join(v.conversationId, maya);
    for (const [i, body] of ['one', 'two', 'three'].entries()) {
      as.send({ type: 'message', clientId: `m${i}`, body });
      await as.next('ack');
    }
    as.send({ type: 'message', clientId: 'note', body: 'VIP customer', internal: true });
    await as.next('ack');
    as.close();

    const stub = env.CONVERSATION.get(env.CONVERSATION.idFromName(v.conversationId));
    await evictDurableObject(stub);

    const again = await visitorSocket(v.conversationId, v.token);
    again.send({ type: 'hello', lastSeq: haveSeq });
    const resumed = await again.next('welcome');
    // The join line and three replies; never the internal note, nothing already seen.
    expect(resumed.messages.map((m) => m.body)).toEqual([
      'Maya joined the conversation',
      'one',
      'two',
      'three',
    ]);
    expect(resumed.messages[0]!.seq).toBe(haveSeq + 1);
  });

  it('writes messages and the index row to D1, and catches up after the object restarts', async () => {
    const v = await newVisitorConversation(siteKey);
    const vs = await visitorSocket(v.conversationId, v.token);
    vs.send({ type: 'hello', lastSeq: 0 });
    await vs.next('welcome');
    vs.send({ type: 'message', clientId: 'd1', body: 'Is my parcel lost?' });
    await vs.next('ack');
    const botReply = await vs.next('message', (f) => f.message.kind === 'bot');

    const stub = env.CONVERSATION.get(env.CONVERSATION.idFromName(v.conversationId));
    await evictDurableObject(stub, { webSockets: 'close' });
    // The alarm survived eviction: running it now syncs what the object stored.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const rows = await env.DB.prepare(
      'SELECT seq, kind, body FROM messages WHERE conversation_id = ? ORDER BY seq',
    )
      .bind(v.conversationId)
      .all();
    expect(rows.results.map((r) => r.body)).toContain('Is my parcel lost?');
    const index = await env.DB.prepare('SELECT last_seq, preview FROM conversations WHERE id = ?')
      .bind(v.conversationId)
      .first();
    expect(index).toMatchObject({
      last_seq: botReply.message.seq,
      preview: botReply.message.body.slice(0, 140),
    });
  });
});
