import { beforeAll, describe, expect, it } from 'vitest';
import { greetingFor } from '../../worker/conversation/greeting';
import { DEMO_AGENTS } from '../../worker/db/seed';
import { BASE, call, login, newVisitorConversation, seed, visitorSocket } from './helpers';

// Widget settings: the greeting in the visitor's language (as the widget tells it), the sites allowed to embed it.

/** The first line a new visitor sees, for a widget that sends `body`. */
async function greetingSeen(siteKey: string, body?: unknown): Promise<string> {
  const v = await newVisitorConversation(siteKey, body);
  const ws = await visitorSocket(v.conversationId, v.token);
  ws.send({ type: 'hello', lastSeq: 0 });
  const { messages } = await ws.next('welcome');
  await ws.close();
  return messages.find((m: { clientId: string }) => m.clientId === 'greeting')!.body;
}

const settings = (cookie: string, init?: RequestInit) =>
  call('/api/admin/settings', {
    ...init,
    headers: { Cookie: cookie, Origin: BASE, 'Content-Type': 'application/json' },
  });

let siteKey: string;
let admin: string;
let agent: string;
beforeAll(async () => {
  ({ siteKey } = await seed());
  admin = await login(DEMO_AGENTS[0].email, DEMO_AGENTS[0].password);
  agent = await login(DEMO_AGENTS[1].email, DEMO_AGENTS[1].password);
});

describe('greeting in the visitor language', () => {
  it('picks the greeting by base language, else the default', () => {
    const g = { fr: 'Bonjour !', pt: 'Olá!' };
    expect(greetingFor('Hi!', g, 'fr-CA')).toBe('Bonjour !');
    expect(greetingFor('Hi!', g, 'PT-br')).toBe('Olá!');
    expect(greetingFor('Hi!', g, 'ja')).toBe('Hi!');
    expect(greetingFor('Hi!', g, null)).toBe('Hi!');
    expect(greetingFor('Hi!', g, 'constructor')).toBe('Hi!');
  });

  it("greets a French browser in French, and anyone else in the workspace's default", async () => {
    expect(await greetingSeen(siteKey, { language: 'fr-CA' })).toMatch(/^Bonjour ! Je suis l'assistant/);
    expect(await greetingSeen(siteKey, { language: 'ja-JP' })).toMatch(/^Hi! I'm Baton's assistant/);
    expect(await greetingSeen(siteKey)).toMatch(/^Hi! I'm Baton's assistant/);
  });

  it('lets an admin set the greetings, refusing what is not a language code', async () => {
    const before = (await (await settings(admin)).json()) as { greetings: Record<string, string> };
    expect(before.greetings.de).toMatch(/^Hallo!/);

    const bad = await settings(admin, {
      method: 'PUT',
      body: JSON.stringify({ greetings: { French: 'Salut !' } }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/language code/);
    const notAdmin = await settings(agent, {
      method: 'PUT',
      body: JSON.stringify({ greetings: { fr: 'x' } }),
    });
    expect(notAdmin.status).toBe(403);
    expect(((await (await settings(admin)).json()) as typeof before).greetings).toEqual(before.greetings);

    const saved = await settings(admin, {
      method: 'PUT',
      body: JSON.stringify({
        greetings: { ...before.greetings, fr: '  Salut ! Comment puis-je vous aider ?  ' },
      }),
    });
    expect(saved.status).toBe(200);
    expect(await greetingSeen(siteKey, { language: 'fr' })).toBe('Salut ! Comment puis-je vous aider ?');
    // Restore the demo's greetings.
    await settings(admin, { method: 'PUT', body: JSON.stringify({ greetings: before.greetings }) });
  });

  it('keeps allowed origins as origins, and refuses what is not a web address', async () => {
    const before = (await (await settings(admin)).json()) as { allowedOrigins: string[] };
    const saved = await settings(admin, {
      method: 'PUT',
      body: JSON.stringify({
        allowedOrigins: [...before.allowedOrigins, 'https://shop.example/help/', 'https://shop.example'],
      }),
    });
    expect(saved.status).toBe(200);
    const after = (await (await settings(admin)).json()) as { allowedOrigins: string[] };
    expect(after.allowedOrigins.filter((o) => o.includes('shop.example'))).toEqual(['https://shop.example']);
    const bad = await settings(admin, {
      method: 'PUT',
      body: JSON.stringify({ allowedOrigins: ['ftp://shop.example'] }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/http\(s\)/);
    await settings(admin, { method: 'PUT', body: JSON.stringify({ allowedOrigins: before.allowedOrigins }) });
  });
});
