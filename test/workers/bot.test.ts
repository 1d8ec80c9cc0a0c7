import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { condense } from '../../worker/bot/condense';
import { freshMemory, runBotTurn } from '../../worker/bot/engine';
import { ANSWER_THRESHOLD, composeKbAnswer, HEDGE_THRESHOLD } from '../../worker/bot/kbAnswer';
import { knowledgeRetriever } from '../../worker/bot/retriever';
import type { ActionStep } from '../../worker/bot/types';
import { DEMO_WORKSPACE_ID } from '../../worker/db/seed';
import type { Env } from '../../worker/env';
import { linesFor } from '../../worker/lines';
import { inboxSocket, login, makeWorkspace, newVisitorConversation, seed, visitorSocket } from './helpers';

const retrieve = () => knowledgeRetriever(env as unknown as Env, DEMO_WORKSPACE_ID);
const persona = { workspaceName: 'Demo Shop', greeting: 'I can help with orders.', language: null };

function kbTurn(question: string, memory = freshMemory) {
  const deltas: string[] = [];
  return runBotTurn({
    question,
    turns: [{ role: 'visitor', text: question }],
    persona,
    retrieve: retrieve(),
    model: null,
    actions: [],
    fetchAction: async () => new Response(null, { status: 599 }),
    sink: { delta: (t) => deltas.push(t), status: () => {}, action: (_: ActionStep) => {} },
    signal: new AbortController().signal,
    memory,
    waitingForPerson: false,
  }).then((r) => ({ ...r, deltas }));
}

beforeAll(async () => {
  await seed();
});

describe('knowledge-base mode (no key)', () => {
  it('answers from the best passage with the fact asked for and cites the article', async () => {
    const q = 'How many days do I have to send something back?';
    const reply = composeKbAnswer(q, await retrieve()(q));
    expect(reply.text).toMatch(/30 days/);
    expect(reply.citations[0]).toEqual({
      title: 'Returns and exchanges',
      url: '/help/returns-and-exchanges',
    });
    expect(reply.confidence).toBeGreaterThan(0.5);
  });

  it('asks which article it is about when two are nearly tied, and answers the one picked', async () => {
    // "package" matches "packaging" in the damaged-items article as well as the tracking one.
    const q = 'where is my package??';
    const asked = composeKbAnswer(q, await retrieve()(q));
    expect(asked.text).toMatch(/Which of these is it about/);
    const labels = asked.options?.map((o) => o.label) ?? [];
    expect(labels).toContain('Tracking your order');
    expect(labels.at(-1)).toBe('Talk to a person');
    // The choice is sent as the visitor's next message: that article answers it.
    const picked = asked.options!.find((o) => o.label === 'Tracking your order')!;
    const answer = composeKbAnswer(picked.value, await retrieve()(picked.value));
    expect(answer.citations[0]?.title).toBe('Tracking your order');
    expect(answer.text).not.toMatch(/Which of these/);
  });

  it('answers outright when one article clearly leads, or when scores are fused ranks', () => {
    const passage = (documentId: string, title: string, score: number) => ({
      chunkId: documentId,
      documentId,
      title,
      url: null,
      heading: '',
      text: `${title}: you can return most items within 30 days.`,
      score,
    });
    const clear = { confidence: 0.8, passages: [passage('a', 'Returns', 10), passage('b', 'Refunds', 8)] };
    expect(composeKbAnswer('return?', clear).text).not.toMatch(/Which of these/);
    const tied = { confidence: 0.8, passages: [passage('a', 'Returns', 10), passage('b', 'Refunds', 9.5)] };
    expect(composeKbAnswer('return?', tied).options?.map((o) => o.label)).toEqual([
      'Returns',
      'Refunds',
      'Talk to a person',
    ]);
    // Reciprocal-rank-fusion scores of neighbours are always close: no question asked on them.
    expect(composeKbAnswer('return?', { ...tied, fused: true }).text).not.toMatch(/Which of these/);
  });

  it('says plainly when it does not know, and offers a person', async () => {
    const q = 'What is the airspeed velocity of an unladen swallow?';
    const reply = composeKbAnswer(q, await retrieve()(q));
    expect(reply.text).toMatch(/not sure|don't have/);
    expect(reply.options).toContainEqual(expect.objectContaining({ label: 'Talk to a person' }));
    expect(reply.handoff).toBeUndefined();
  });

  it('reads on past a sentence that only echoes the question, into the steps that answer it', () => {
    const intro =
      'What to do when something arrives broken or smashed, stops working, or is not what you ordered.';
    const steps =
      'If an item arrives damaged, report it within 14 days of delivery under Account › Orders › Report a problem. Add a photo of the item and of the packaging.';
    const answer = condense('the vase came smashed', [intro, steps]);
    expect(answer.startsWith(intro)).toBe(true);
    expect(answer).toMatch(/report it within 14 days/);
    // A question the best sentence answers fully gets just that.
    expect(condense('how many days to report damage?', [intro, steps])).not.toContain('smashed');
  });
  it('picks the sentence that answers in Japanese, whose sentences end in "。" with no space', () => {
    const shipping = '注文した商品は3営業日以内に発送します。送料は全国一律500円です。海外発送も承ります。';
    const returns = '商品到着後14日以内であれば返品を受け付けます。';
    expect(condense('送料はいくらですか', [shipping, returns], 30)).toBe('送料は全国一律500円です。');
    expect(condense('返品できますか', [returns, shipping], 30)).toBe(returns);
  });
  it('answers a middling match with a hedge and a way out, and only a weak one with "not sure"', async () => {
    const q = 'the vase came smashed';
    const r = await retrieve()(q);
    const middling = composeKbAnswer(q, { ...r, confidence: (HEDGE_THRESHOLD + ANSWER_THRESHOLD) / 2 });
    expect(middling.text).toMatch(/^I think this is what you're asking about/);
    expect(middling.text).toMatch(/damaged|broken|faulty/i);
    expect(middling.citations[0]?.url).toBe('/help/damaged-or-wrong-items');
    expect(middling.options?.map((o) => o.label)).toEqual(['That didn’t help', 'Talk to a person']);
    const weak = composeKbAnswer(q, { ...r, confidence: HEDGE_THRESHOLD / 2 });
    expect(weak.text).toMatch(/not sure/);
    const sure = composeKbAnswer(q, { ...r, confidence: ANSWER_THRESHOLD });
    expect(sure.text).not.toMatch(/I think|not sure/);
  });
  it('offers concrete alternatives once when someone asks for a person about something it can do, then escalates', async () => {
    const first = await kbTurn('I want to talk to someone about my invoice');
    expect(first.reply.handoff).toBeUndefined();
    expect(first.reply.options?.length).toBeGreaterThan(1);
    expect(first.reply.options?.at(-1)?.label).toBe('Talk to a person');
    expect(first.memory.alternativesOffered).toBe(true);
    const second = await kbTurn('No, I want to talk to someone about my invoice', first.memory);
    expect(second.reply.handoff).toEqual({ reason: 'human_request' });
  });

  it('escalates at once when the request has no topic the bot could help with', async () => {
    const r = await kbTurn('Can I speak to a human please?');
    expect(r.reply.handoff).toEqual({ reason: 'human_request' });
    // Announced by the conversation once routing answers, not streamed ahead of it.
    expect(r.reply.text).toMatch(/keep helping while you wait/);
    expect(r.deltas).toEqual([]);
  });
});

describe('the bot inside a conversation', () => {
  it('answers once the visitor pauses, with citations, hiding its confidence', async () => {
    const v = await newVisitorConversation((await seed()).siteKey);
    const ws = await visitorSocket(v.conversationId, v.token);
    ws.send({ type: 'hello', lastSeq: 0 });
    await ws.next('welcome');
    // Two quick messages are one question: one answer, after the pause.
    ws.send({ type: 'message', clientId: 'q1', body: 'hi there' });
    ws.send({ type: 'message', clientId: 'q2', body: 'do you ship to the USA?' });
    const final = await ws.next('message', (f) => f.message.kind === 'bot' && f.message.seq > 1);
    expect(final.message.data?.citations?.[0]?.url).toBe('/help/shipping-and-delivery');
    expect(ws.frames.filter((f) => f.type === 'message' && f.message.kind === 'bot')).toEqual([]);
    expect(final.message.data?.confidence).toBeUndefined();
  });

  it('logs each turn as one JSON line operators can chart: its time, and no model in KB mode', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
    try {
      const v = await newVisitorConversation((await seed()).siteKey);
      const ws = await visitorSocket(v.conversationId, v.token);
      ws.send({ type: 'hello', lastSeq: 0 });
      await ws.next('welcome');
      ws.send({ type: 'message', clientId: 'q1', body: 'do you ship to the USA?' });
      await ws.next('message', (f) => f.message.kind === 'bot' && f.message.seq > 1);
      // Written just after the answer went out.
      const turn = await vi.waitFor(() => {
        const line = lines.find((l) => l.includes(v.conversationId));
        if (!line) throw new Error('no bot_turn line yet');
        return JSON.parse(line);
      });
      expect(turn).toMatchObject({
        event: 'bot_turn',
        conversationId: v.conversationId,
        mode: 'kb',
        modelCalls: 0,
        modelMs: 0,
      });
      expect(turn.ms).toBeGreaterThanOrEqual(0);
      expect(turn.confidence).toBeGreaterThan(0);
      expect(turn.confidence).toBeLessThan(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('answers a complaint that asks nothing with a person, not with articles; a complaint that asks gets both', async () => {
    const w = await makeWorkspace({ agents: [{ name: 'Ada' }, { name: 'Bo' }] });
    const inboxes = await Promise.all(w.agents.map((a) => inboxSocket(a.cookie)));
    const botLines = async (body: string) => {
      const v = await newVisitorConversation(w.siteKey);
      const ws = await visitorSocket(v.conversationId, v.token);
      ws.send({ type: 'hello', lastSeq: 0 });
      await ws.next('welcome');
      ws.send({ type: 'message', clientId: 'c1', body });
      // next() takes the frame it waited for: what is left came before it.
      const line = await ws.next('message', (f) => /bringing in a person/.test(f.message.body), 8000);
      const before = ws.frames.flatMap((f) =>
        f.type === 'message' && f.message.kind === 'bot' && f.message.clientId !== 'greeting'
          ? [f.message.body]
          : [],
      );
      return [...before, line.message.body];
    };
    // Only the handoff line: nothing from the knowledge base in between.
    expect(
      await botLines('This is the third time my order is late. If it happens again I am closing my account.'),
    ).toEqual([expect.stringMatching(/^I'm sorry this has been frustrating/)]);
    // A question in the complaint still gets the bot's answer first, then the person.
    const both = await botLines(
      'Third time my order is late!! If it happens again I am closing my account. Where is it?',
    );
    expect(both).toHaveLength(2);
    expect(both[1]).toMatch(/^I'm sorry this has been frustrating/);
    await Promise.all(inboxes.map((i) => i.close()));
  });

  it('lets the bot try a question its knowledge base barely matches, and brings in a person when it recurs', async () => {
    // A workspace with an agent on duty and nothing in its knowledge base.
    const w = await makeWorkspace({ agents: [{ name: 'Ada' }] });
    const inbox = await inboxSocket(w.agents[0]!.cookie);
    const v = await newVisitorConversation(w.siteKey);
    const ws = await visitorSocket(v.conversationId, v.token);
    ws.send({ type: 'hello', lastSeq: 0 });
    await ws.next('welcome');

    ws.send({
      type: 'message',
      clientId: 'g1',
      body: 'Can I pay for my order with a gift card from another shop?',
    });
    const unsure = await ws.next(
      'message',
      (f) => f.message.kind === 'bot' && f.message.clientId !== 'greeting',
    );
    // An honest "not sure", with a person one tap away — but no handoff forced on the visitor yet.
    expect(unsure.message.body).toMatch(/not sure|don't have/);
    expect(unsure.message.data?.options).toContainEqual(
      expect.objectContaining({ label: 'Talk to a person' }),
    );

    ws.send({ type: 'message', clientId: 'g2', body: 'So can I use the gift card or not? Please check.' });
    // The gap again: now a person is asked for, and offered the conversation.
    const { offer } = await inbox.next('offer', () => true, 8000);
    expect(offer.conversationId).toBe(v.conversationId);
    await ws.next('message', (f) => /someone from our team/.test(f.message.body), 8000);
    // …and only once the bot had answered the second message too (already received by now).
    const answeredSecond = ws.frames.some(
      (f) => f.type === 'message' && f.message.kind === 'bot' && /not sure|don't have/.test(f.message.body),
    );
    expect(answeredSecond).toBe(true);
  });
});

describe('a visitor upset from their first message', () => {
  // The demo workspace: its help centre, and Maya on duty (last in the file: she takes offers).
  const start = async () => {
    const { siteKey } = await seed();
    const v = await newVisitorConversation(siteKey);
    const ws = await visitorSocket(v.conversationId, v.token);
    ws.send({ type: 'hello', lastSeq: 0 });
    await ws.next('welcome');
    return { ws, id: v.conversationId };
  };
  const botSaid = (f: { type: string; message?: { kind: string; clientId: string } }) =>
    f.type === 'message' && f.message!.kind === 'bot' && f.message!.clientId !== 'greeting';

  it('gets the answer first, with an apology and a person one tap away, and a person once still upset', async () => {
    const inbox = await inboxSocket(await login('maya@demo.baton.chat', 'maya-demo-pass'));
    const { ws, id } = await start();
    ws.send({
      type: 'message',
      clientId: 'u1',
      body: 'Honestly this is ridiculous. How do I reset my password?',
    });
    // An apology first, then the answer, with a person one tap away.
    const apology = await ws.next('message', botSaid);
    expect(apology.message.body).toMatch(/^I'm sorry about this\. Let's get it sorted/);
    const answer = await ws.next('message', botSaid);
    expect(answer.message.body).toMatch(/Forgot password/);
    expect(answer.message.data?.options).toContainEqual(
      expect.objectContaining({ label: 'Talk to a person' }),
    );

    ws.send({ type: 'message', clientId: 'u2', body: 'and?? the reset link just shows an error' });
    const second = await ws.next('ack', (f) => f.clientId === 'u2');
    const line = await ws.next('message', (f) => /bringing in a person/.test(f.message.body), 8000);
    const { offer } = await inbox.next('offer', (f) => f.offer.conversationId === id, 8000);
    expect(offer.reason).toBe('frustration');
    // One handoff, after the second message: the first answer brought no person on its own.
    expect(line.message.seq).toBeGreaterThan(second.seq);
    const lines = ws.frames.filter(
      (f) => f.type === 'message' && /bringing in a person/.test(f.message.body),
    );
    expect(lines).toHaveLength(0);
    // Maya takes it (so the next test's offer is not queued behind this one).
    inbox.send({ type: 'accept', offerId: offer.id });
    await ws.next('state', (f) => f.state.status === 'agent', 8000);
    await inbox.close();
  });

  it('gets a person, not "I don\'t know", when the bot has no answer to give', async () => {
    const inbox = await inboxSocket(await login('maya@demo.baton.chat', 'maya-demo-pass'));
    const { ws, id } = await start();
    ws.send({
      type: 'message',
      clientId: 'n1',
      body: 'Honestly this is ridiculous, I have been charged twice for my order.',
    });
    await ws.next('message', (f) => botSaid(f) && /^I'm sorry about this/.test(f.message.body));
    await ws.next('message', (f) => botSaid(f) && /refund the duplicate/.test(f.message.body));
    // Only an order number: nothing in the help centre answers it, so a person does.
    ws.send({ type: 'message', clientId: 'n2', body: 'order 4411-BR' });
    const next = await ws.next('message', botSaid, 8000);
    expect(next.message.body).toMatch(/^I'm sorry this has been frustrating/);
    const { offer } = await inbox.next('offer', (f) => f.offer.conversationId === id, 8000);
    expect(offer.reason).toBe('frustration');
    inbox.send({ type: 'accept', offerId: offer.id });
    await ws.next('state', (f) => f.state.status === 'agent', 8000);
    await inbox.close();
  });
});

describe('a visitor writing in their own language', () => {
  const botSaid = (f: { type: string; message?: { kind: string; clientId: string } }) =>
    f.type === 'message' && f.message!.kind === 'bot' && f.message!.clientId !== 'greeting';
  /** A first message the (English) help centre has nothing on; the bot's reply and its person choice. */
  const unanswered = async (text: string, label: string) => {
    const { siteKey } = await seed();
    const v = await newVisitorConversation(siteKey);
    const ws = await visitorSocket(v.conversationId, v.token);
    ws.send({ type: 'hello', lastSeq: 0 });
    await ws.next('welcome');
    ws.send({ type: 'message', clientId: 'q1', body: text });
    const reply = await ws.next('message', botSaid, 8000);
    const person = reply.message.data?.options?.find((o: { label: string }) => o.label === label);
    expect(person, label).toBeDefined();
    return { ws, id: v.conversationId, reply: reply.message, person: person! };
  };
  const next = (ws: Awaited<ReturnType<typeof visitorSocket>>, after: string) =>
    ws.next('message', (f) => botSaid(f) && f.message.clientId !== after, 8000);

  it('hears the bot in Spanish, taps for a person in Spanish, and Maya (who speaks it) is offered the chat', async () => {
    const es = linesFor('es');
    const inbox = await inboxSocket(await login('maya@demo.baton.chat', 'maya-demo-pass'));
    const { ws, id, reply, person } = await unanswered(
      'Hola, ¿venden fundas para bicicletas plegables?',
      'Hablar con una persona',
    );
    expect([es.noAnswer, es.unsureRelated]).toContain(reply.body);
    ws.send({ type: 'message', clientId: 'q2', body: person.value });
    expect((await next(ws, reply.clientId)).message.body).toBe(es.personComing);
    const { offer } = await inbox.next('offer', (f) => f.offer.conversationId === id, 8000);
    expect(offer.reason).toBe('human_request');
    expect(offer.language).toBe('es');
    inbox.send({ type: 'accept', offerId: offer.id });
    await ws.next('state', (f) => f.state.status === 'agent', 8000);
    await inbox.close();
  });

  it("answers in the widget's language before a message tells it, and refuses a malformed one", async () => {
    const { siteKey } = await seed();
    const v = await newVisitorConversation(siteKey, { language: 'fr-CA' });
    const ws = await visitorSocket(v.conversationId, v.token);
    ws.send({ type: 'hello', lastSeq: 0 });
    await ws.next('welcome');
    // An order number says nothing about the language: the browser's French stands.
    ws.send({ type: 'message', clientId: 'o1', body: '#88213-KX' });
    const reply = await ws.next('message', botSaid, 8000);
    expect([linesFor('fr').noAnswer, linesFor('fr').unsureRelated]).toContain(reply.message.body);
    // A message in another language moves the conversation to it.
    ws.send({ type: 'message', clientId: 'o2', body: 'Do you sell spare parts for lawnmowers?' });
    const english = await next(ws, reply.message.clientId);
    expect([linesFor('en').noAnswer, linesFor('en').unsureRelated]).toContain(english.message.body);

    await expect(newVisitorConversation(siteKey, { language: 'français; drop table' })).rejects.toThrow(
      /create failed: 400 .*language tag/,
    );
    await expect(newVisitorConversation(siteKey, { language: 42 })).rejects.toThrow(/create failed: 400/);
  });

  it('is told in French, honestly, that nobody who speaks French is online, and what it can do instead', async () => {
    const fr = linesFor('fr');
    const inbox = await inboxSocket(await login('maya@demo.baton.chat', 'maya-demo-pass'));
    const { ws, reply, person } = await unanswered(
      'Bonjour, vendez-vous des pièces détachées pour les tondeuses ?',
      'Parler à une personne',
    );
    expect([fr.noAnswer, fr.unsureRelated]).toContain(reply.body);
    ws.send({ type: 'message', clientId: 'q2', body: person.value });
    const told = await next(ws, reply.clientId);
    expect(told.message.body).toBe(
      `Personne parlant français n'est en ligne pour le moment. ${fr.fallbackChoices}`,
    );
    const { state } = await ws.next('state', (f) => f.state.fallback !== null);
    expect(state.fallback).toMatchObject({ reason: 'no_agents' });
    expect(state.status).toBe('bot');
    await inbox.close();
  });
});
