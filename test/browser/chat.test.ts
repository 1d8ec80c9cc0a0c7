import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openChat, screenshot } from '../support/browser';

const VISITOR_TEXT = 'Hi, my order #A1042 has not arrived yet';
const AGENT_TEXT = 'Sorry about that! I can see it left our warehouse yesterday.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const widget = (page: Page): FrameLocator => page.frameLocator('iframe[title="Chat"]');

async function loginAgent(page: Page, email: string, password: string) {
  await page.goto(inject('consoleUrl'));
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('tab-open').waitFor();
}

describe('visitor ↔ agent, live, in real Chromium', () => {
  it('delivers both ways live and keeps the thread across a reload', async () => {
    const demoUrl = inject('demoUrl');
    const consoleUrl = inject('consoleUrl');
    // The host page and the console are different origins, as on a real customer site.
    expect(new URL(demoUrl).origin).not.toBe(new URL(consoleUrl).origin);

    const visitor = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
    await visitor.goto(demoUrl);
    const chat = widget(visitor);
    await chat.getByTestId('baton-launcher').click();
    await chat.getByTestId('baton-panel').waitFor();
    await chat.getByTestId('baton-input').fill(VISITOR_TEXT);
    await chat.getByTestId('baton-send').click();
    await chat
      .locator('[data-testid="baton-message"][data-kind="visitor"][data-seq]', { hasText: VISITOR_TEXT })
      .waitFor();

    const agent = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
    await loginAgent(agent, 'maya@demo.baton.chat', 'maya-demo-pass');
    // A fresh server: the visitor's conversation is the only one in the inbox.
    const row = agent.getByTestId('inbox-row').first();
    await row.waitFor();
    await row.click();
    await agent.getByTestId('thread-message').filter({ hasText: VISITOR_TEXT }).waitFor();

    // Replying takes the conversation: the agent joins first (exactly one agent can).
    await agent.getByTestId('join-conversation').click();
    await agent.getByTestId('composer-input').fill(AGENT_TEXT);
    await agent.getByTestId('composer-send').click();
    await agent
      .locator('[data-testid="thread-message"][data-kind="agent"][data-seq]', { hasText: AGENT_TEXT })
      .waitFor();

    // The visitor sees the reply without a refresh, and who sent it.
    const reply = chat.locator('[data-testid="baton-message"][data-kind="agent"]', { hasText: AGENT_TEXT });
    await reply.waitFor();
    await chat
      .locator('[data-testid="baton-message"][data-kind="system"]', { hasText: 'Maya joined' })
      .waitFor();
    await expect.poll(() => chat.getByTestId('baton-header').textContent()).toContain('Maya');
    await screenshot(visitor, 'p1-visitor-after-reply');
    await screenshot(agent, 'p1-agent-console');

    // Reload: the whole thread is still there, in order, once each.
    await visitor.reload();
    const after = widget(visitor);
    await after.getByTestId('baton-panel').waitFor();
    await after
      .locator('[data-testid="baton-message"][data-kind="agent"]', { hasText: AGENT_TEXT })
      .waitFor();
    const kinds = await after
      .getByTestId('baton-message')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-seq')}`));
    // In order, once each: the greeting, the question, (the bot's answers,) Maya joining, her reply.
    const seqs = kinds.map((k) => Number(k.split(':')[1]));
    expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
    expect(kinds[0]).toBe('bot:1');
    expect(kinds[1]).toBe('visitor:2');
    expect(kinds.slice(-2).map((k) => k.split(':')[0])).toEqual(['system', 'agent']);
    await screenshot(visitor, 'p1-visitor-after-reload');

    // Closing frees Maya for the next tests and tells the visitor.
    await agent.getByTestId('close-conversation').click();
    await after
      .locator('[data-testid="baton-message"][data-kind="system"]', { hasText: 'closed the conversation' })
      .waitFor();
  });
});

describe('a conversation the widget may not open', () => {
  it('shows nothing of it and starts the visitor a fresh one', async () => {
    const demoUrl = inject('demoUrl');
    // Visitor A writes something private.
    const a = await openChat(browser, demoUrl);
    const created = a.page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/api/widget/conversations'),
    );
    await a.ask('My secret order number is Q-31337');
    const aId = ((await (await created).json()) as { id: string }).id;
    await a.chat
      .locator('[data-testid="baton-message"][data-kind="visitor"][data-seq]', { hasText: 'Q-31337' })
      .waitFor();

    // Visitor B's widget is told A's conversation is theirs (a stale or tampered answer): the
    // server refuses the socket with "gone", and the widget starts over instead of retrying.
    const bContext = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    let lied = false;
    await bContext.route('**/api/widget/conversations/current', async (route) => {
      if (lied) return route.continue();
      lied = true;
      await route.fulfill({ json: { conversation: { id: aId, status: 'bot' } } });
    });
    const b = await bContext.newPage();
    const refused = b.waitForEvent('websocket', (ws) => ws.url().includes(aId));
    await b.goto(demoUrl);
    const chat = widget(b);
    await chat.getByTestId('baton-launcher').click();
    const socket = await refused;
    if (!socket.isClosed()) await socket.waitForEvent('close');
    expect(lied).toBe(true);

    // B's own first message starts B's own conversation; nothing of A's ever shows.
    const own = b.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/api/widget/conversations'),
    );
    await chat.getByTestId('baton-input').fill('Hello, is my parcel on its way?');
    await chat.getByTestId('baton-send').click();
    const bId = ((await (await own).json()) as { id: string }).id;
    expect(bId).not.toBe(aId);
    await chat
      .locator('[data-testid="baton-message"][data-kind="visitor"][data-seq]', { hasText: 'parcel' })
      .waitFor();
    expect(await chat.getByTestId('baton-panel').textContent()).not.toContain('Q-31337');
    await screenshot(b, 'p1-widget-gone-starts-over');
    await a.page.context().close();
    await bContext.close();
  });
});
