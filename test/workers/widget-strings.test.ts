import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { fill, pickLanguage, placeholders } from '../../widget/locales';
import { tables } from '../../widget/locales/all';
import { en } from '../../widget/locales/en';
import { failureReason } from '../../widget/sendFailure';
import { SYSTEM_LINE_STRINGS, systemLineText } from '../../widget/systemLine';
import { type SystemLineText, systemLine, transition } from '../../worker/conversation/state';
import { DEMO_AGENTS } from '../../worker/db/seed';
import { type Message, SystemLineKey } from '../../worker/protocol';
import { BASE, call, join, login, newVisitorConversation, seed, visitorSocket } from './helpers';

const keys = Object.keys(en).sort();
const others = Object.entries(tables).filter(([lang]) => lang !== 'en');

/** A stored system line as the widget receives it. */
const asMessage = ({ text, ...system }: SystemLineText, seq = 1): Message => ({
  seq,
  clientId: `c${seq}`,
  kind: 'system',
  authorId: null,
  authorName: null,
  body: text,
  at: 0,
  data: { system },
});

/** One of each system line the server writes, with values where the wording has them. */
const everyLine: SystemLineText[] = SystemLineKey.options.map((key) =>
  systemLine(key, { name: 'Maya', department: 'Billing', reachAt: '+33 6 12 34 56 78' }),
);

describe('widget language tables', () => {
  it.each(others)('%s has exactly the keys of en, each with the same {placeholders}', (_lang, table) => {
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const key of keys as (keyof typeof en)[]) {
      expect([...placeholders(table[key])].sort(), key).toEqual([...placeholders(en[key])].sort());
    }
  });

  it.each(others)('%s is translated: nothing empty, no sentence left in English', (_lang, table) => {
    const same: string[] = [];
    for (const key of keys as (keyof typeof en)[]) {
      expect(table[key].trim(), key).not.toBe('');
      if (table[key] !== en[key]) continue;
      same.push(key);
      // A word like "Chat" may be the same; a phrase never is.
      expect(en[key], `${key} is still English`).not.toMatch(/\s/);
    }
    expect(same.length, `same as English: ${same.join(', ')}`).toBeLessThanOrEqual(5);
  });
});

describe('picking the language', () => {
  it('takes the first wanted language it speaks, by base subtag, and keeps its region for dates', () => {
    expect(pickLanguage(['pt-BR', 'en'])).toMatchObject({ language: 'pt', locale: 'pt-BR' });
    expect(pickLanguage(['lt-LT', 'fr-CA', 'de'])).toMatchObject({ language: 'fr', locale: 'fr-CA' });
    expect(pickLanguage(['ja-JP', 'en'])).toMatchObject({ language: 'ja', locale: 'ja-JP' });
    expect(pickLanguage(['en-GB'])).toMatchObject({ language: 'en', locale: 'en-GB' });
    // The server hears the visitor's own first language, spoken by the widget or not.
    expect(pickLanguage(['ja-JP', 'fr-CA']).wanted).toBe('ja-JP');
    // Norwegian browsers say nb or nn, Filipino ones fil.
    expect(pickLanguage(['nb-NO', 'en'])).toMatchObject({ language: 'no', locale: 'nb-NO' });
    expect(pickLanguage(['fil-PH', 'en'])).toMatchObject({ language: 'tl', locale: 'fil-PH' });
  });

  it("puts the host page's choice first, with the browser's region of that language", () => {
    expect(pickLanguage(['de', 'en-US', 'en'])).toMatchObject({ language: 'de', locale: 'de' });
    expect(pickLanguage(['de', 'de-AT', 'en'])).toMatchObject({ language: 'de', locale: 'de-AT' });
    expect(pickLanguage(['NL', 'en-US'])).toMatchObject({ language: 'nl', locale: 'nl' });
  });

  it('falls back to English, and ignores what is not a language tag', () => {
    expect(pickLanguage(['lt-LT', 'sw'])).toMatchObject({ language: 'en', locale: 'en' });
    expect(pickLanguage([null, undefined, '', 'fr_FR!', '__proto__', 'constructor'])).toEqual({
      language: 'en',
      locale: 'en',
      wanted: null,
    });
    expect(pickLanguage([null, 'es_MX'])).toMatchObject({ language: 'es', locale: 'es-MX' });
  });

  it('fills placeholders and leaves one without a value as it is', () => {
    expect(fill(tables.fr.queuePosition, { position: 2 })).toBe('Vous êtes en 2e position');
    expect(fill('{name} and {other}', { name: 'Maya' })).toBe('Maya and {other}');
  });
});

describe('system lines in the visitor language', () => {
  it('has a string for every line the server writes, reading in English exactly as the stored body', () => {
    expect(Object.keys(SYSTEM_LINE_STRINGS).sort()).toEqual([...SystemLineKey.options].sort());
    for (const line of everyLine) expect(systemLineText(asMessage(line), en)).toBe(line.text);
  });

  it('says the state machine’s lines in French and German', () => {
    const t = transition(
      { status: 'offered', assigneeId: null, assigneeName: null },
      { type: 'assigned', agentId: 'a-maya', agentName: 'Maya', department: 'Billing' },
    );
    if (!t.ok) throw new Error(t.message);
    const joined = asMessage(t.system[0]!);
    expect(joined.body).toBe('Maya from Billing joined the conversation');
    expect(systemLineText(joined, tables.fr)).toBe('Maya, du service Billing, a rejoint la conversation');
    expect(systemLineText(joined, tables.de)).toBe('Maya aus dem Team Billing ist dem Gespräch beigetreten');
  });

  it('shows the stored English for a line without a key, an unknown key or a missing value', () => {
    const plain = { ...asMessage(systemLine('closed', { name: 'Leo' })), data: undefined };
    expect(systemLineText(plain, tables.fr)).toBe('Leo closed the conversation');
    const newer = asMessage(systemLine('closed', { name: 'Leo' }));
    (newer.data!.system as { key: string }).key = 'from_a_newer_server';
    expect(systemLineText(newer, tables.fr)).toBe('Leo closed the conversation');
    const unnamed = asMessage({ key: 'closed', text: 'Someone closed the conversation' });
    expect(systemLineText(unnamed, tables.fr)).toBe('Someone closed the conversation');
  });
});

describe('system lines as stored and sent', () => {
  let siteKey: string;
  let maya: string;
  beforeAll(async () => {
    siteKey = (await seed()).siteKey;
    maya = await login(DEMO_AGENTS[0].email, DEMO_AGENTS[0].password);
  });

  it('carry their key and values next to the English body, to the visitor and in the transcript', async () => {
    const v = await newVisitorConversation(siteKey);
    const vs = await visitorSocket(v.conversationId, v.token);
    vs.send({ type: 'hello', lastSeq: 0 });
    await vs.next('welcome');

    expect((await join(v.conversationId, maya)).body).toMatchObject({ ok: true });
    const joined = await vs.next('message', (f) => f.message.kind === 'system');
    expect(joined.message).toMatchObject({
      body: 'Maya joined the conversation',
      data: { system: { key: 'agent_joined', vars: { name: 'Maya' } } },
    });
    expect(systemLineText(joined.message, tables.es)).toBe('Maya se ha unido a la conversación');

    const stub = env.CONVERSATION.get(env.CONVERSATION.idFromName(v.conversationId));
    await stub.ticketLeft('callback', '+33 6 12 34 56 78');
    const callback = await vs.next('message', (f) => f.message.kind === 'system');
    expect(callback.message).toMatchObject({
      body: 'Callback requested — the team will call +33 6 12 34 56 78.',
      data: { system: { key: 'callback_requested', vars: { reachAt: '+33 6 12 34 56 78' } } },
    });

    const closed = await call(`/api/conversations/${v.conversationId}/close`, {
      method: 'POST',
      headers: { Cookie: maya, Origin: BASE },
    });
    expect(closed.status).toBe(200);
    const line = await vs.next('message', (f) => f.message.kind === 'system');
    expect(line.message.data?.system).toEqual({ key: 'closed', vars: { name: 'Maya' } });

    const stored = (await stub.transcript(false)).filter((m) => m.kind === 'system');
    expect(stored.map((m) => m.data?.system?.key)).toEqual(['agent_joined', 'callback_requested', 'closed']);
    expect(stored.map((m) => systemLineText(m, tables.it))).toEqual([
      'Maya partecipa ora alla conversazione',
      'Richiamata richiesta: il team la chiamerà al numero +33 6 12 34 56 78.',
      'Maya ha chiuso la conversazione',
    ]);
    vs.close();
  });
});

describe('a message the server refused', () => {
  it("says why in the visitor's language when the widget can, else as the server put it", () => {
    expect(failureReason('too_large', 'Message too large.', tables.fr)).toBe(tables.fr.tooLong);
    expect(failureReason('conversation_closed', 'This conversation is closed.', tables.ja)).toBe(
      tables.ja.ended,
    );
    expect(failureReason('internal', 'Internal error.', tables.de)).toBe('Internal error.');
  });
});
