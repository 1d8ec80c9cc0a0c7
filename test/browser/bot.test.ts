import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openChat, screenshot } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the bot on the demo page', () => {
  it('answers a routine shop question from the help centre, streamed, with a working citation', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
    await page.goto(inject('demoUrl'));
    const chat = page.frameLocator('iframe[title="Chat"]');
    await chat.getByTestId('baton-launcher').click();
    await chat.getByTestId('baton-input').fill('How many days do I have to send something back?');
    await chat.getByTestId('baton-send').click();

    const answer = chat.locator('[data-testid="baton-message"][data-kind="bot"]').nth(1);
    await answer.waitFor();
    await expect.poll(() => answer.textContent()).toMatch(/30 days/);
    const link = answer.getByRole('link', { name: /Returns and exchanges/ });
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/help\/returns-and-exchanges$/);
    await screenshot(page, 'p2-bot-cited-answer');

    // Put in the visitor's own words, far from the article's: an answer still, with a way out.
    await chat.getByTestId('baton-input').fill('the vase came smashed');
    await chat.getByTestId('baton-send').click();
    const second = chat.locator('[data-testid="baton-message"][data-kind="bot"]').nth(2);
    await second.getByRole('link', { name: /Damaged, faulty or wrong items/ }).waitFor();
    await expect.poll(() => second.textContent()).not.toMatch(/not sure/);
    await chat.getByTestId('baton-quick-reply').filter({ hasText: 'That didn’t help' }).waitFor();
    await screenshot(page, 'p2-bot-answer-in-own-words');

    // The cited article is a real page.
    const article = await page.context().newPage();
    const res = await article.goto(href!);
    expect(res?.status()).toBe(200);
    await expect.poll(() => article.locator('h1').textContent()).toContain('Returns and exchanges');
  });

  it('asks which article a close call is about, and answers the one the visitor taps', async () => {
    const { page, chat, ask } = await openChat(browser, inject('demoUrl'));
    // "package" is in the tracking article, and "packaging" in the damaged-items one.
    await ask('where is my package??');
    const asked = chat.locator('[data-testid="baton-message"][data-kind="bot"]').nth(1);
    await expect.poll(() => asked.textContent()).toMatch(/Which of these is it about/);
    const choice = chat.getByTestId('baton-quick-reply').filter({ hasText: 'Tracking your order' });
    await choice.waitFor();
    await chat.getByTestId('baton-quick-reply').filter({ hasText: 'Talk to a person' }).waitFor();
    await screenshot(page, 'p2-bot-close-call');

    await choice.click();
    const answer = chat.locator('[data-testid="baton-message"][data-kind="bot"]').nth(2);
    await answer.getByRole('link', { name: /Tracking your order/ }).waitFor();
    await expect.poll(() => answer.textContent()).not.toMatch(/Which of these/);
    await screenshot(page, 'p2-bot-close-call-answered');
  });
});
