import { describe, expect, it } from 'vitest';
import type { Brief } from '../../worker/protocol';
import { call, inboxSocket, makeWorkspace, newVisitorConversation, visitorSocket } from './helpers';

describe('triage inside the conversation', () => {
  it('escalates when the bot keeps failing a customer, and the offered agent gets a brief that needs no repeating', async () => {
    const w = await makeWorkspace({ agents: [{ name: 'Maya' }] });
    const inbox = await inboxSocket(w.agents[0]!.cookie);
    const v = await newVisitorConversation(w.siteKey);
    const ws = await visitorSocket(v.conversationId, v.token);
    ws.send({ type: 'hello', lastSeq: 0 });
    await ws.next('welcome');

    const turns = [
      'Hi, my order A1042 has not arrived yet',
      'It was supposed to come last Monday',
      'Honestly this is getting really annoying, I have waited a whole week',
      'This is ridiculous!!! Worst service ever, I am so angry',
    ];
    let escalatedAt = -1;
    for (const [i, text] of turns.entries()) {
      ws.send({ type: 'message', clientId: `t${i}`, body: text });
      const reply = await ws.next(
        'message',
        (f) => f.message.kind === 'bot' && f.message.clientId !== 'greeting',
        8000,
      );
      if (
        escalatedAt < 0 &&
        /person|team/.test(reply.message.body) &&
        ws.frames.some((f) => f.type === 'state' && f.state.status !== 'bot')
      ) {
        escalatedAt = i;
      }
      if (escalatedAt >= 0) break;
    }
    // Not on the first message; once the bot has failed and the customer pressed on.
    expect(escalatedAt).toBeGreaterThan(0);

    const { offer } = await inbox.next('offer', () => true, 8000);
    expect(offer.conversationId).toBe(v.conversationId);
    const detail = (await (
      await call(`/api/conversations/${v.conversationId}`, { headers: { Cookie: w.agents[0]!.cookie } })
    ).json()) as {
      brief: Brief;
    };
    expect(['intent_gap', 'frustration']).toContain(detail.brief.trigger.reason);
    expect(detail.brief.trigger.evidence.length).toBeGreaterThan(0);
    expect(JSON.stringify(detail.brief)).toMatch(/A1042/);
    expect(detail.brief.tried.length).toBeGreaterThan(0);
    expect(detail.brief.nextStep.length).toBeGreaterThan(0);
  });
});
