import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { rulesRoutes } from '../../worker/api/rules';
import { db } from '../../worker/db/client';
import { DEMO_AGENTS } from '../../worker/db/seed';
import { evaluateRules, initialTriageState, loadRules, Rule, RuleInput } from '../../worker/triage';
import { assessMessage } from '../../worker/triage/assess';
import { tokenize } from '../../worker/triage/text';
import { BASE, login, seed, seedOtherWorkspace } from './helpers';

const NOW = new Date('2026-03-04T10:00:00Z'); // a Wednesday, 11:00 in Paris

const rule = (partial: Partial<Rule> & Pick<Rule, 'when' | 'actions'>): Rule =>
  Rule.parse({ id: crypto.randomUUID(), name: 'r', enabled: true, ...partial });

const ctx = (text: string, extra: Partial<Parameters<typeof evaluateRules>[1]> = {}) => ({
  tokens: tokenize(text),
  topics: [],
  attributes: {},
  language: 'en',
  now: NOW,
  triggers: [],
  ...extra,
});

describe('rule evaluation', () => {
  it('matches keywords case- and accent-insensitively, with prefixes and phrases', () => {
    const r = rule({
      when: { keywords: ['remboursement', 'charge back', 'refund*'] },
      actions: { handoff: true },
    });
    expect(evaluateRules([r], ctx('Je veux un REMBOURSEMENT')).handoff).toBe(true);
    expect(evaluateRules([r], ctx('can I do a charge back?')).handoff).toBe(true);
    expect(evaluateRules([r], ctx('refunding policy')).handoff).toBe(true);
    expect(evaluateRules([r], ctx('where is my parcel')).handoff).toBe(false);
    expect(evaluateRules([r], ctx('the charge was back')).handoff).toBe(false);
  });

  it('compares customer attributes', () => {
    const vip = rule({
      when: {
        attributes: [
          { key: 'plan', op: 'in', value: ['enterprise', 'premium'] },
          { key: 'accountValue', op: 'gte', value: 10000 },
        ],
      },
      actions: { priority: 'urgent', department: 'VIP' },
    });
    const out = evaluateRules(
      [vip],
      ctx('hi', { attributes: { plan: 'Enterprise', accountValue: '$25,000' } }),
    );
    expect(out).toMatchObject({ priority: 'urgent', department: 'VIP', handoff: false, botMayAnswer: true });
    expect(
      evaluateRules([vip], ctx('hi', { attributes: { plan: 'free', accountValue: '50000' } })).matched,
    ).toHaveLength(0);
    expect(evaluateRules([vip], ctx('hi', { attributes: { plan: 'premium' } })).matched).toHaveLength(0);
    const exists = rule({
      when: { attributes: [{ key: 'orderId', op: 'exists' }] },
      actions: { priority: 'high' },
    });
    expect(evaluateRules([exists], ctx('hi', { attributes: { orderId: 'A1' } })).priority).toBe('high');
    expect(evaluateRules([exists], ctx('hi')).priority).toBeUndefined();
  });

  it('matches page URLs with * patterns', () => {
    const r = rule({
      when: { pages: ['/checkout*', 'https://shop.example/pricing'] },
      actions: { department: 'Sales' },
    });
    expect(
      evaluateRules([r], ctx('hi', { pageUrl: 'https://shop.example/checkout/step-2' })).department,
    ).toBe('Sales');
    expect(
      evaluateRules([r], ctx('hi', { pageUrl: 'https://shop.example/pricing?plan=pro' })).department,
    ).toBe('Sales');
    expect(
      evaluateRules([r], ctx('hi', { pageUrl: 'https://shop.example/blog/checkout-tips' })).department,
    ).toBeUndefined();
    expect(evaluateRules([r], ctx('hi')).department).toBeUndefined();
  });

  it('matches language, topic and triggers', () => {
    const r = rule({
      when: { languages: ['de'], topics: ['Billing'] },
      actions: { department: 'DACH billing' },
    });
    expect(
      evaluateRules([r], ctx('x', { language: 'de', topics: ['Billing and invoices'] })).department,
    ).toBe('DACH billing');
    expect(evaluateRules([r], ctx('x', { language: 'fr', topics: ['Billing'] })).department).toBeUndefined();
    const angry = rule({
      when: { triggers: ['frustration'] },
      actions: { department: 'Care', priority: 'high' },
    });
    expect(evaluateRules([angry], ctx('x', { triggers: ['frustration'] })).department).toBe('Care');
    expect(evaluateRules([angry], ctx('x', { triggers: ['intent_gap'] })).department).toBeUndefined();
  });

  it('checks time windows in the rule time zone, across midnight and outside hours', () => {
    const office = rule({
      when: { time: { timezone: 'Europe/Paris', days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' } },
      actions: { department: 'Office' },
    });
    expect(evaluateRules([office], ctx('x')).department).toBe('Office'); // Wed 11:00 Paris
    expect(
      evaluateRules([office], ctx('x', { now: new Date('2026-03-04T18:30:00Z') })).department,
    ).toBeUndefined();
    expect(
      evaluateRules([office], ctx('x', { now: new Date('2026-03-07T10:00:00Z') })).department,
    ).toBeUndefined(); // Sat
    const night = rule({
      when: { time: { timezone: 'America/New_York', from: '22:00', to: '06:00', days: [5] } },
      actions: { handoff: true },
    });
    // Saturday 01:00 in New York belongs to Friday night's window.
    expect(evaluateRules([night], ctx('x', { now: new Date('2026-03-07T06:00:00Z') })).handoff).toBe(true);
    const closed = rule({
      when: { time: { timezone: 'Europe/Paris', from: '09:00', to: '18:00', outside: true } },
      actions: { priority: 'low' },
    });
    expect(evaluateRules([closed], ctx('x')).priority).toBeUndefined();
    expect(evaluateRules([closed], ctx('x', { now: new Date('2026-03-04T20:00:00Z') })).priority).toBe('low');
  });

  it('merges several rules: any handoff, first department, highest priority; never-bot implies handoff', () => {
    const rules = [
      rule({
        name: 'a',
        when: { keywords: ['invoice'] },
        actions: { department: 'Billing', priority: 'normal' },
      }),
      rule({
        name: 'b',
        when: { keywords: ['invoice'] },
        actions: { department: 'Finance', priority: 'high' },
      }),
      rule({ name: 'c', when: { keywords: ['lawyer'] }, actions: { botMayAnswer: false } }),
      rule({ name: 'd', enabled: false, when: { keywords: ['invoice'] }, actions: { priority: 'urgent' } }),
    ];
    expect(evaluateRules(rules, ctx('my invoice'))).toMatchObject({
      department: 'Billing',
      priority: 'high',
      handoff: false,
      botMayAnswer: true,
    });
    const legal = evaluateRules(rules, ctx('my lawyer about the invoice'));
    expect(legal).toMatchObject({ handoff: true, botMayAnswer: false });
    expect(legal.matched.map((m) => m.name)).toEqual(['a', 'b', 'c']);
    expect(legal.evidence.join(' ')).toMatch(/rule "c": keyword "lawyer"/);
  });

  it('validates rule input', () => {
    const ok = {
      name: 'VIP',
      when: { attributes: [{ key: 'plan', op: 'eq', value: 'gold' }] },
      actions: { priority: 'high' },
    };
    expect(RuleInput.safeParse(ok).success).toBe(true);
    expect(RuleInput.safeParse({ ...ok, actions: {} }).success).toBe(false);
    expect(RuleInput.safeParse({ ...ok, when: { time: { timezone: 'Mars/Olympus' } } }).success).toBe(false);
    expect(RuleInput.safeParse({ ...ok, when: { time: { from: '09:00' } } }).success).toBe(false);
    expect(RuleInput.safeParse({ ...ok, when: { time: { from: '9am', to: '17:00' } } }).success).toBe(false);
    expect(RuleInput.safeParse({ ...ok, when: { triggers: ['rule'] } }).success).toBe(false);
    expect(RuleInput.safeParse({ ...ok, name: '' }).success).toBe(false);
  });
});

describe('rules in assessMessage', () => {
  const base = { contact: { attributes: {} as Record<string, string> }, now: NOW };

  it('hands off with reason "rule" and its department and priority', () => {
    const rules = [
      rule({
        name: 'Refunds to billing',
        when: { keywords: ['refund'] },
        actions: { handoff: true, department: 'Billing', priority: 'high' },
      }),
    ];
    const { decision } = assessMessage(initialTriageState, {
      ...base,
      text: 'How do I get a refund?',
      rules,
    });
    expect(decision).toMatchObject({
      escalate: true,
      reason: 'rule',
      department: 'Billing',
      priority: 'high',
      botMayAnswer: true,
    });
    expect(decision.evidence[0]).toMatch(/Refunds to billing/);
  });

  it('lets the bot stay out: botMayAnswer false', () => {
    const rules = [
      rule({ when: { pages: ['/enterprise*'] }, actions: { botMayAnswer: false, department: 'Sales' } }),
    ];
    const { decision } = assessMessage(initialTriageState, {
      ...base,
      contact: { attributes: {}, pageUrl: 'https://shop.example/enterprise/quote' },
      text: 'hello',
      rules,
    });
    expect(decision).toMatchObject({
      escalate: true,
      reason: 'rule',
      botMayAnswer: false,
      department: 'Sales',
    });
  });

  it('routes without handing off when the rule only sets a department, and attaches it to other triggers', () => {
    const rules = [
      rule({
        when: { attributes: [{ key: 'plan', op: 'eq', value: 'gold' }] },
        actions: { department: 'Gold desk', priority: 'high' },
      }),
    ];
    const calm = assessMessage(initialTriageState, {
      ...base,
      contact: { attributes: { plan: 'gold' } },
      text: 'where is my order?',
      rules,
    });
    expect(calm.decision).toMatchObject({ escalate: false, department: 'Gold desk', priority: 'high' });
    const asks = assessMessage(initialTriageState, {
      ...base,
      contact: { attributes: { plan: 'gold' } },
      text: 'I want a human',
      rules,
    });
    expect(asks.decision).toMatchObject({ escalate: true, reason: 'human_request', department: 'Gold desk' });
  });

  it('reacts to triggers: frustrated customers go to a care team', () => {
    const rules = [rule({ when: { triggers: ['frustration'] }, actions: { department: 'Care' } })];
    const { decision } = assessMessage(initialTriageState, {
      ...base,
      text: 'your service is pathetic',
      rules,
    });
    expect(decision).toMatchObject({ reason: 'frustration', department: 'Care' });
  });
});

describe('/rules API', () => {
  let admin: string;
  let agent: string;
  const app = new Hono().route('/api', rulesRoutes);
  const call = async (path: string, cookie: string | null, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set('Cookie', cookie);
    if (init.method && init.method !== 'GET') headers.set('Origin', BASE);
    if (init.body) headers.set('Content-Type', 'application/json');
    const ctx = createExecutionContext();
    const res = await app.fetch(new Request(`${BASE}/api${path}`, { ...init, headers }), env, ctx);
    await waitOnExecutionContext(ctx);
    return res;
  };
  const body = {
    name: 'Enterprise to sales',
    when: { attributes: [{ key: 'plan', op: 'eq', value: 'enterprise' }], keywords: ['quote'] },
    actions: { handoff: true, department: 'Sales', priority: 'high' },
  };

  beforeAll(async () => {
    await seed();
    admin = await login(DEMO_AGENTS[0].email, DEMO_AGENTS[0].password);
    agent = await login(DEMO_AGENTS[1].email, DEMO_AGENTS[1].password);
  });

  it('lets an admin create, list, replace and delete rules', async () => {
    const created = await call('/rules', admin, { method: 'POST', body: JSON.stringify(body) });
    expect(created.status).toBe(201);
    const { rule: r } = (await created.json()) as {
      rule: { id: string; position: number; enabled: boolean };
    };
    expect(r).toMatchObject({ name: body.name, enabled: true, actions: body.actions });

    const list = (await (await call('/rules', agent)).json()) as { rules: { id: string }[] };
    expect(list.rules.map((x) => x.id)).toContain(r.id);

    const replaced = await call(`/rules/${r.id}`, admin, {
      method: 'PUT',
      body: JSON.stringify({ ...body, enabled: false, position: 7 }),
    });
    expect(replaced.status).toBe(200);
    expect(await replaced.json()).toMatchObject({ rule: { id: r.id, enabled: false, position: 7 } });

    const loaded = await loadRules(db(env.DB), 'demo-workspace');
    expect(loaded.find((x) => x.id === r.id)).toBeUndefined(); // disabled rules are not applied

    expect((await call(`/rules/${r.id}`, admin, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/rules/${r.id}`, admin, { method: 'DELETE' })).status).toBe(404);
  });

  it('loads enabled rules in order for the conversation object', async () => {
    const a = await call('/rules', admin, {
      method: 'POST',
      body: JSON.stringify({ ...body, name: 'second', position: 20 }),
    });
    const b = await call('/rules', admin, {
      method: 'POST',
      body: JSON.stringify({ ...body, name: 'first', position: 10 }),
    });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    const names = (await loadRules(db(env.DB), 'demo-workspace')).map((r) => r.name);
    expect(names.indexOf('first')).toBeLessThan(names.indexOf('second'));
  });

  it('refuses writes from agents, anonymous callers and other sites', async () => {
    expect((await call('/rules', agent, { method: 'POST', body: JSON.stringify(body) })).status).toBe(403);
    expect((await call('/rules', null)).status).toBe(401);
    const ctx = createExecutionContext();
    const crossSite = await app.fetch(
      new Request(`${BASE}/api/rules`, {
        method: 'POST',
        headers: { Cookie: admin, Origin: 'https://evil.example', 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
      env,
      ctx,
    );
    expect(crossSite.status).toBe(403);
  });

  it('rejects invalid rules with a clear 400 and changes nothing', async () => {
    const before = ((await (await call('/rules', admin)).json()) as { rules: unknown[] }).rules.length;
    const bad = await call('/rules', admin, {
      method: 'POST',
      body: JSON.stringify({ ...body, when: { time: { timezone: 'Nowhere/Land' } } }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: 'bad_request',
      message: expect.stringMatching(/time zone/),
    });
    const after = ((await (await call('/rules', admin)).json()) as { rules: unknown[] }).rules.length;
    expect(after).toBe(before);
  });

  it("never shows or changes another workspace's rules", async () => {
    const other = await seedOtherWorkspace();
    const otherCookie = await login(other.email, other.password);
    const mine = (await (
      await call('/rules', admin, { method: 'POST', body: JSON.stringify(body) })
    ).json()) as {
      rule: { id: string };
    };
    const theirs = (await (await call('/rules', otherCookie)).json()) as { rules: { id: string }[] };
    expect(theirs.rules.map((r) => r.id)).not.toContain(mine.rule.id);
    await env.DB.prepare("UPDATE agents SET role = 'admin' WHERE email = ?").bind(other.email).run();
    const put = await call(`/rules/${mine.rule.id}`, otherCookie, {
      method: 'PUT',
      body: JSON.stringify(body),
    });
    expect(put.status).toBe(404);
    expect((await call(`/rules/${mine.rule.id}`, otherCookie, { method: 'DELETE' })).status).toBe(404);
  });
});
