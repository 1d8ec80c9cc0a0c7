import { describe, expect, it } from 'vitest';
import type { ActionDefinition } from '../../worker/bot/actions';
import { callAction } from '../../worker/bot/actions';
import { freshMemory, runBotTurn } from '../../worker/bot/engine';
import { openAiModel } from '../../worker/bot/llm';
import type { ActionStep, Retrieval } from '../../worker/bot/types';
import { createFakeOpenAI, lastToolResult } from '../support/fakeOpenAI';

const persona = {
  workspaceName: 'Demo Shop',
  greeting: 'I can help with orders and returns.',
  language: null,
};
const kb: Retrieval = {
  confidence: 0.9,
  passages: [
    {
      chunkId: 'c1',
      documentId: 'd-returns',
      title: 'Returns and refunds',
      url: '/help/returns',
      heading: 'Return window',
      text: 'You can return any item within 30 days of delivery.',
      score: 10,
    },
  ],
};

const lookupOrder: ActionDefinition = {
  name: 'lookup_order',
  description: 'Look up an order by its number.',
  parameters: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] },
  url: 'https://shop.test/orders/lookup',
  secretHeader: 'Authorization',
  secretValue: 'Bearer shop-secret',
  visitorText: 'Looking up your order…',
};

function recorder() {
  const deltas: string[] = [];
  const statuses: string[] = [];
  const actions: ActionStep[] = [];
  return {
    sink: {
      delta: (t: string) => deltas.push(t),
      status: (t: string) => statuses.push(t),
      action: (a: ActionStep) => actions.push(a),
    },
    deltas,
    statuses,
    actions,
  };
}

function turn(
  fake: ReturnType<typeof createFakeOpenAI>,
  question: string,
  sink: ReturnType<typeof recorder>['sink'],
  fetchAction: (r: Request) => Promise<Response> = async () => Response.json({}),
  signal = new AbortController().signal,
) {
  return runBotTurn({
    question,
    turns: [{ role: 'visitor', text: question }],
    persona,
    retrieve: async () => kb,
    model: openAiModel({
      apiKey: 'sk-test',
      baseURL: 'http://fake-openai.test/v1',
      model: 'gpt-test',
      fetch: fake.fetch,
    }),
    actions: [lookupOrder],
    fetchAction,
    sink,
    signal,
    memory: freshMemory,
    waitingForPerson: false,
  });
}

describe('LLM mode through @ai-sdk/openai against a fake OpenAI-compatible server', () => {
  it('streams the answer token by token', async () => {
    const fake = createFakeOpenAI(() => ({
      text: 'Hello! Orders ship within two business days.',
      chunkSize: 5,
    }));
    const r = recorder();
    const { reply } = await turn(fake, 'When do orders ship?', r.sink);
    expect(r.deltas.length).toBeGreaterThan(3);
    expect(r.deltas.join('')).toBe('Hello! Orders ship within two business days.');
    expect(reply.text).toBe('Hello! Orders ship within two business days.');
    // The system prompt and the customer's words reached the model; tools were offered.
    const sent = fake.requests[0]!;
    expect(sent.messages[0]!.role).toBe('system');
    expect(sent.messages.at(-1)).toMatchObject({ role: 'user', content: 'When do orders ship?' });
    expect(sent.tools?.map((t) => t.function.name)).toEqual([
      'search_knowledge_base',
      'handoff_to_human',
      'lookup_order',
    ]);
  });

  it('gives the model the passages for the question up front, so it can answer in one call, cited', async () => {
    const fake = createFakeOpenAI(() => ({
      text: 'You can return any item within 30 days of delivery (see Returns and refunds).',
    }));
    const r = recorder();
    const { reply } = await turn(fake, 'How long do I have to return a jacket?', r.sink);
    expect(fake.requests).toHaveLength(1);
    const system = String(fake.requests[0]!.messages[0]!.content);
    expect(system).toContain('Returns and refunds › Return window (/help/returns)');
    expect(system).toContain('You can return any item within 30 days of delivery.');
    expect(reply.citations).toEqual([{ title: 'Returns and refunds', url: '/help/returns' }]);
    expect(reply.confidence).toBe(0.9);
    // An answer that names no article cites none of the passages it was merely given.
    const silent = createFakeOpenAI(() => ({ text: 'Thirty days.' }));
    expect(
      (await turn(silent, 'How long do I have to return a jacket?', recorder().sink)).reply.citations,
    ).toEqual([]);
  });

  it('round-trips a knowledge-base tool call and cites what it used', async () => {
    const fake = createFakeOpenAI((_req, n) =>
      n === 0
        ? { toolCalls: [{ name: 'search_knowledge_base', args: { query: 'return window' } }] }
        : { text: 'You have 30 days.' },
    );
    const r = recorder();
    const { reply } = await turn(fake, 'How long do I have to return a jacket?', r.sink);
    expect(lastToolResult(fake.requests[1]!)).toMatchObject({ passages: [{ title: 'Returns and refunds' }] });
    expect(reply.citations).toEqual([{ title: 'Returns and refunds', url: '/help/returns' }]);
    expect(reply.text).toBe('You have 30 days.');
    expect(r.statuses).toContain('Searching our help articles…');
  });

  it('calls a workspace action with its secret header and records the step', async () => {
    const fake = createFakeOpenAI((_req, n) =>
      n === 0
        ? { toolCalls: [{ name: 'lookup_order', args: { orderId: 'A1042' } }] }
        : { text: 'Your order A1042 has shipped.' },
    );
    const seen: Request[] = [];
    const r = recorder();
    const { reply } = await turn(fake, 'Where is order A1042?', r.sink, async (req) => {
      seen.push(req.clone() as Request);
      return Response.json({ orderId: 'A1042', status: 'shipped' });
    });
    expect(seen[0]!.headers.get('Authorization')).toBe('Bearer shop-secret');
    expect(await seen[0]!.json()).toEqual({ orderId: 'A1042' });
    expect(r.actions).toEqual([
      expect.objectContaining({ name: 'lookup_order', ok: true, input: '{"orderId":"A1042"}' }),
    ]);
    expect(lastToolResult(fake.requests[1]!)).toMatchObject({ ok: true });
    expect(reply.text).toContain('shipped');
  });

  it('reports a failing action to the model as a failure, not as data', async () => {
    const fake = createFakeOpenAI((_req, n) =>
      n === 0
        ? { toolCalls: [{ name: 'lookup_order', args: { orderId: 'A1' } }] }
        : { text: "Sorry, I couldn't reach the order system just now." },
    );
    const r = recorder();
    const { reply } = await turn(
      fake,
      'Where is order A1?',
      r.sink,
      async () => new Response('upstream down', { status: 502 }),
    );
    expect(r.actions[0]).toMatchObject({ ok: false });
    expect(r.actions[0]!.result).toContain('502');
    expect(lastToolResult(fake.requests[1]!)).toMatchObject({ ok: false });
    expect(reply.text).toContain("couldn't");
  });

  it('hands off when the model calls the hand-off tool', async () => {
    const fake = createFakeOpenAI((_req, n) =>
      n === 0
        ? { toolCalls: [{ name: 'handoff_to_human', args: { reason: 'custom data migration' } }] }
        : { text: 'Connecting you.' },
    );
    const { reply } = await turn(fake, 'Cancel my plan but keep my data', recorder().sink);
    expect(reply.handoff).toEqual({ reason: 'custom data migration' });
  });

  it('surfaces a model error instead of hanging', async () => {
    const fake = createFakeOpenAI(() => ({ status: 500, error: 'model overloaded' }));
    await expect(turn(fake, 'Hello?', recorder().sink)).rejects.toThrow();
  });
});

describe('HTTP actions', () => {
  it('times out a hanging action with an honest result', async () => {
    const hang = (req: Request) =>
      new Promise<Response>((_, reject) =>
        req.signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const r = await callAction(lookupOrder, { orderId: 'A1' }, hang, undefined, 50);
    expect(r).toEqual({ ok: false, result: 'The lookup_order service did not answer within 0.05 s.' });
  });

  it('treats a non-JSON answer as a failure', async () => {
    const r = await callAction(lookupOrder, {}, async () => new Response('<html>oops</html>'));
    expect(r.ok).toBe(false);
  });
});
