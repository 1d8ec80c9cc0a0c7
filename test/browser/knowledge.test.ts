import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openChat, screenshot, signedInConsole } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A saved help-centre page, as an admin would have it on disk. */
const PAGE = `<!doctype html><html><head><title>Engraving service | Demo Shop</title></head><body>
<nav><a href="/">Home</a> · <a href="/help">Help</a></nav>
<main><h1>Engraving service</h1>
<p>Make a watch or a piece of jewellery personal with an engraving.</p>
<h2>What it costs</h2><p>Engraving costs €9.95 per item, for up to 20 characters.</p>
<h2>How long it takes</h2><p>Engraved items ship within 3 business days, after the engraving is done.</p>
</main><footer>© Demo Shop</footer></body></html>`;

/** Maya, signed in, with a saved page chosen in the console's import form (not yet imported). */
async function choosePage(name: string, html: string): Promise<Page> {
  const admin = await signedInConsole(
    browser,
    inject('consoleUrl'),
    'maya@demo.baton.chat',
    'maya-demo-pass',
  );
  await admin.getByTestId('nav-knowledge').click();
  await admin.getByTestId('kb-import-open').click();
  await admin.getByTestId('kb-import-files').setInputFiles({
    name,
    mimeType: 'text/html',
    buffer: Buffer.from(html),
  });
  return admin;
}

/** Imports the chosen page and waits until its document is ready; its row in the list. */
async function importChosen(admin: Page, title: string) {
  await admin.getByTestId('kb-import-submit').click();
  const row = admin.getByTestId('kb-doc').filter({ hasText: title });
  await row.waitFor();
  await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('ready');
  return row;
}

describe('importing help-centre pages in the console', () => {
  it('indexes an uploaded page, and the bot answers from it with a link to where it lives', async () => {
    const admin = await choosePage('engraving.html', PAGE);
    // The page's URL follows the base folder, and can be edited before importing.
    const url = admin.getByLabel('URL for engraving.html');
    await expect.poll(() => url.inputValue()).toBe('/help/engraving');
    await screenshot(admin, 'p2-kb-import-form');
    const row = await importChosen(admin, 'Engraving service');
    // Titled from the page, without the site's name that every page title carries.
    expect(await row.locator('.doc-title').textContent()).toBe('Engraving service');
    await screenshot(admin, 'p2-kb-imported');

    // A visitor's question is answered from the imported page — its words, not the page's chrome.
    const { page, chat, ask } = await openChat(browser, inject('demoUrl'));
    await ask('How much does an engraving on a watch cost?');
    const answer = chat.locator('[data-testid="baton-message"][data-kind="bot"]').nth(1);
    await answer.getByRole('link', { name: /Engraving service/ }).waitFor();
    const text = (await answer.textContent()) ?? '';
    expect(text).toContain('€9.95');
    expect(text).not.toContain('© Demo Shop');
    expect(await answer.getByRole('link', { name: /Engraving service/ }).getAttribute('href')).toMatch(
      /\/help\/engraving$/,
    );
    await screenshot(page, 'p2-bot-answers-from-imported-page');
  });

  it('answers a Japanese question from a Japanese page, its words found though Japanese has no spaces', async () => {
    const admin = await choosePage(
      'souryou.html',
      `<!doctype html><html><head><title>送料について</title></head><body><main>
<h1>送料について</h1><p>ご注文から3営業日以内に発送します。</p>
<h2>送料</h2><p>送料は全国一律550円です。1万円以上のご注文は送料無料です。</p>
<h2>海外発送</h2><p>海外発送は現在承っておりません。</p></main></body></html>`,
    );
    await importChosen(admin, '送料について');

    const { page, chat, ask } = await openChat(browser, inject('demoUrl'));
    await ask('送料はいくらですか？');
    const answer = chat.locator('[data-testid="baton-message"][data-kind="bot"]').nth(1);
    await answer.getByRole('link', { name: /送料について/ }).waitFor();
    const text = (await answer.textContent()) ?? '';
    expect(text).toContain('送料は全国一律550円です。');
    // the index's word breaks never reach the visitor
    expect(text).not.toMatch(/\u200b/);
    await screenshot(page, 'p2-bot-answers-in-japanese');
  });
});
