import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS } from '../../worker/protocol';
import { newVisitorConversation, seed, visitorSocket } from './helpers';

let siteKey: string;
beforeAll(async () => {
  siteKey = (await seed()).siteKey;
});

async function readySocket() {
  const v = await newVisitorConversation(siteKey);
  const ws = await visitorSocket(v.conversationId, v.token);
  ws.send({ type: 'hello', lastSeq: 0 });
  await ws.next('welcome');
  const stub = env.CONVERSATION.get(env.CONVERSATION.idFromName(v.conversationId));
  return { ws, stub };
}

describe('bad frames', () => {
  const cases: [string, string, string][] = [
    ['invalid JSON', '{"type": "message", ', 'bad_json'],
    ['an unknown type', JSON.stringify({ type: 'launch_missiles' }), 'bad_frame'],
    [
      'a 1 MB body',
      JSON.stringify({ type: 'message', clientId: 'big', body: 'x'.repeat(1024 * 1024) }),
      'too_large',
    ],
    ['wrong field types', JSON.stringify({ type: 'message', clientId: 42, body: ['hi'] }), 'bad_frame'],
    [
      'a body over the limit',
      JSON.stringify({ type: 'message', clientId: 'long', body: 'y'.repeat(MAX_BODY_CHARS + 1) }),
      'bad_frame',
    ],
    ['an empty body', JSON.stringify({ type: 'message', clientId: 'empty', body: '   ' }), 'bad_frame'],
    [
      'a visitor writing an internal note',
      JSON.stringify({ type: 'message', clientId: 'n', body: 'hi', internal: true }),
      'forbidden',
    ],
  ];

  for (const [what, raw, code] of cases) {
    it(`answers ${what} with an error frame, stores nothing and keeps the socket`, async () => {
      const { ws, stub } = await readySocket();
      const before = await stub.transcript(true);
      ws.send(raw);
      const err = await ws.next('error');
      expect(err.code).toBe(code);
      expect(err.message.length).toBeGreaterThan(0);
      expect(await stub.transcript(true)).toEqual(before);
      // The socket and the object live on: a good frame still works.
      ws.send({ type: 'message', clientId: `ok-${code}`, body: 'still here?' });
      expect((await ws.next('ack')).clientId).toBe(`ok-${code}`);
    });
  }

  it('refuses messages before hello', async () => {
    const v = await newVisitorConversation(siteKey);
    const ws = await visitorSocket(v.conversationId, v.token);
    ws.send({ type: 'message', clientId: 'early', body: 'hi' });
    const err = await ws.next('error');
    expect(err).toMatchObject({ code: 'hello_required', ref: 'early' });
  });

  it('refuses binary frames', async () => {
    const { ws } = await readySocket();
    ws.ws.send(new Uint8Array([1, 2, 3]));
    expect((await ws.next('error')).code).toBe('bad_frame');
  });
});
