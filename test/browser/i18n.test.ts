import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fill, type Language } from '../../widget/locales';
import { tables } from '../../widget/locales/all';
import { linesFor } from '../../worker/lines';
import { launchChromium, screenshot, signedInConsole } from '../support/browser';

const { fr } = tables;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const widget = (page: Page): FrameLocator => page.frameLocator('iframe[title="Chat"]');
const systemLine = (chat: FrameLocator, text: string) =>
  chat.locator('[data-testid="baton-message"][data-kind="system"]', { hasText: text });

/** The visitor's first message: typed and sent; the id of the conversation it opens. */
async function startConversation(visitor: Page, chat: FrameLocator, text: string): Promise<string> {
  const created = visitor.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/api/widget/conversations'),
  );
  await chat.getByTestId('baton-input').fill(text);
  await chat.getByTestId('baton-send').click();
  return ((await (await created).json()) as { id: string }).id;
}

/** Maya, signed in to the console, with the conversation open. */
async function mayaOpens(id: string): Promise<Page> {
  const agent = await signedInConsole(
    browser,
    inject('consoleUrl'),
    'maya@demo.baton.chat',
    'maya-demo-pass',
  );
  await agent.goto(`${inject('consoleUrl')}#/open/${id}`);
  return agent;
}

/** The chat's own labels, as a screen reader gets them, are in `language`. */
async function expectLabels(chat: FrameLocator, language: Language) {
  const table = tables[language];
  await expect.poll(() => chat.locator('html').getAttribute('lang')).toBe(language);
  const launcher = chat.getByRole('button', { name: table.openChat, exact: true });
  await launcher.waitFor();
  await launcher.click();
  await chat.getByTestId('baton-panel').waitFor();
  expect(await chat.getByTestId('baton-input').getAttribute('placeholder')).toBe(table.inputPlaceholder);
  expect(await chat.getByTestId('baton-input').getAttribute('aria-label')).toBe(table.inputLabel);
  expect(await chat.getByTestId('baton-send').getAttribute('aria-label')).toBe(table.send);
  await chat.getByRole('button', { name: table.closeChat, exact: true }).waitFor();
  await chat.getByRole('log', { name: table.messages }).waitFor();
}

describe("the widget speaks the visitor's language, in real Chromium", () => {
  it('follows a French browser, down to the system lines and the clock', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1100, height: 800 } });
    const visitor = await context.newPage();
    const chunks: string[] = [];
    visitor.on('request', (r) => {
      if (r.url().includes('/widget/chunks/')) chunks.push(r.url());
    });
    await visitor.goto(inject('demoUrl'));
    const chat = widget(visitor);
    await expectLabels(chat, 'fr');
    // Only the French table was fetched, not every language's.
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatch(/\/fr-[^/]*\.js$/);

    // A request for a person, in French: the bot hands off and says what happens next.
    const question =
      'Bonjour, ma commande n° A1042 n’est toujours pas arrivée, je voudrais parler à un conseiller.';
    const id = await startConversation(visitor, chat, question);
    const sent = chat.locator('[data-testid="baton-message"][data-kind="visitor"][data-seq]', {
      hasText: question,
    });
    await sent.waitFor();
    // Times in French: a 24-hour clock, no AM/PM.
    await expect.poll(() => sent.locator('.bubble').getAttribute('title')).toMatch(/^\d{2}:\d{2}$/);

    // The bot's own lines are French too: a person is coming, or (nobody online yet) what to do
    // instead, with the card of choices; either way it says it keeps helping, in French.
    const bot = linesFor('fr');
    const said = new RegExp(`${literal(bot.keepHelping)}|${literal(bot.fallbackChoices)}`);
    await chat.locator('[data-testid="baton-message"][data-kind="bot"]', { hasText: said }).first().waitFor();
    // (The greeting is the workspace's own text, in its language: only what follows is the bot's.)
    const after = (await chat.getByTestId('baton-panel').textContent())?.split(question)[1];
    expect(after).toBeTruthy();
    expect(after).not.toMatch(/a person from our team|Nobody|Leave my contact/);
    await screenshot(visitor, 'i18n-fr-bot-answer');

    // Maya joins from the console: the stored line is English, the visitor reads it in French.
    const agent = await mayaOpens(id);
    await agent.getByTestId('join-conversation').click();
    await systemLine(chat, fill(fr.systemAgentJoined, { name: 'Maya' })).waitFor();
    await agent
      .locator('[data-testid="thread-message"]', { hasText: 'Maya joined the conversation' })
      .first()
      .waitFor();
    await agent.getByTestId('composer-input').fill('Bonjour ! Je regarde votre commande tout de suite.');
    await agent.getByTestId('composer-send').click();
    await chat
      .locator('[data-testid="baton-message"][data-kind="agent"]', { hasText: 'Je regarde votre commande' })
      .waitFor();
    expect(await chat.getByTestId('baton-panel').textContent()).not.toContain('joined the conversation');
    await screenshot(visitor, 'i18n-fr-conversation');

    // Closing (which also frees Maya for the other tests) is said in French too.
    await agent.getByTestId('close-conversation').click();
    await systemLine(chat, fill(fr.systemClosed, { name: 'Maya' })).waitFor();
    await chat.getByText(fr.ended).waitFor();
    await screenshot(visitor, 'i18n-fr-closed');
    await context.close();
    await agent.context().close();
  });

  it.each([
    { locale: 'ar-EG', language: 'ar', question: 'مرحبا، أين طلبي؟', script: /[\u0600-\u06FF]{3}/ },
    { locale: 'he-IL', language: 'he', question: 'שלום, איפה ההזמנה שלי?', script: /[\u0590-\u05FF]{3}/ },
    { locale: 'fa-IR', language: 'fa', question: 'سلام، سفارش من کجاست؟', script: /[\u0600-\u06FF]{3}/ },
  ] as const)(
    'reads right to left for a $language browser',
    async ({ locale, language, question, script }) => {
      const context = await browser.newContext({ locale, viewport: { width: 1100, height: 800 } });
      const visitor = await context.newPage();
      await visitor.goto(inject('demoUrl'));
      const chat = widget(visitor);
      await expectLabels(chat, language);
      expect(await chat.locator('html').getAttribute('dir')).toBe('rtl');
      await chat.getByTestId('baton-input').fill(question);
      await chat.getByTestId('baton-send').click();
      await chat.locator('[data-testid="baton-message"][data-kind="visitor"][data-seq]').waitFor();
      // The bot's own reply is in that language too (the help centre has no article in it).
      const replies = chat.locator('[data-testid="baton-message"][data-kind="bot"] .bubble');
      await replies.nth(1).waitFor();
      expect(await replies.nth(1).textContent()).toMatch(script);
      // Each message runs in its own text's direction: the English greeting stays left to right.
      expect(await replies.first().getAttribute('dir')).toBe('auto');
      await screenshot(visitor, `i18n-${language}-rtl`);
      await context.close();
    },
  );

  it('shows an agent a Hebrew conversation right to left, message by message', async () => {
    const context = await browser.newContext({ locale: 'he-IL', viewport: { width: 1100, height: 800 } });
    const visitor = await context.newPage();
    await visitor.goto(inject('demoUrl'));
    const chat = widget(visitor);
    await expectLabels(chat, 'he');
    const id = await startConversation(visitor, chat, 'שלום, ההזמנה 4471 הגיעה שבורה. מה עושים?');
    // The bot answers in Hebrew (the help centre has no Hebrew article) before Maya looks.
    await chat.locator('[data-testid="baton-message"][data-kind="bot"] .bubble').nth(1).waitFor();
    const agent = await mayaOpens(id);
    const direction = (l: Locator) => l.evaluate((el) => getComputedStyle(el).direction);
    // The customer's Hebrew and the bot's Hebrew reply run right to left, the English greeting left
    // to right; the composer takes the direction of what is typed.
    const said = agent.locator('[data-testid="thread-message"][data-kind="visitor"]', { hasText: '4471' });
    await said.waitFor();
    expect(await direction(said.locator('.body'))).toBe('rtl');
    const bot = agent.locator('[data-testid="thread-message"][data-kind="bot"] .body');
    await bot.nth(1).waitFor();
    expect(await direction(bot.first())).toBe('ltr');
    expect(await direction(bot.nth(1))).toBe('rtl');
    expect(await agent.getByTestId('composer-input').getAttribute('dir')).toBe('auto');
    // …and so does this conversation's preview in the inbox list.
    const row = agent.locator(`[data-testid="inbox-row"][data-conversation-id="${id}"] .row-preview`);
    await row.waitFor();
    expect(await direction(row)).toBe('rtl');
    await screenshot(agent, 'i18n-he-console');
    await context.close();
    await agent.context().close();
  });

  it('lets the host page choose: data-language="de" wins over an English browser', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 800 } });
    // The demo shop's page with the language on the loader's script tag. (Set as the tag is parsed,
    // before the async loader runs: a page rewritten by the test would not count as loopback, and
    // Chromium would refuse it the widget on 127.0.0.1.)
    await context.addInitScript(() => {
      if (window.top !== window) return; // the host page, not the chat's frame
      new MutationObserver((_, observer) => {
        const tag = document.querySelector<HTMLScriptElement>('script[data-site-key]');
        if (!tag) return;
        tag.dataset.language = 'de';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const visitor = await context.newPage();
    await visitor.goto(inject('demoUrl'));
    expect(await visitor.evaluate(() => navigator.language)).toBe('en-US');
    expect(await visitor.locator('script[data-site-key]').getAttribute('data-language')).toBe('de');
    const chat = widget(visitor);
    await expectLabels(chat, 'de');
    await screenshot(visitor, 'i18n-de-host-choice');
    await context.close();
  });
});
