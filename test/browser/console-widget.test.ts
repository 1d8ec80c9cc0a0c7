import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeConversation, launchChromium, screenshot, signedInConsole } from '../support/browser';

interface Settings {
  greeting: string;
  greetings: Record<string, string>;
  color: string;
  allowedOrigins: string[];
  siteKey: string;
}

let browser: Browser;
/** Puts the demo workspace's greetings back: the other browser tests share it. */
let restore: (() => Promise<void>) | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await restore?.();
  await browser?.close();
});

/** The admin API, called from the console page itself (its session cookie, its Origin). */
const api = (page: Page, method: 'GET' | 'PUT', body?: unknown) =>
  page.evaluate(
    async ([method, body]) => {
      const res = await fetch('/api/admin/settings', {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
    [method, body] as const,
  );

async function openWidgetSettings(page: Page) {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-nav-widget').click();
  await page.getByTestId('widget-settings').waitFor();
}

const row = (page: Page, code: string) =>
  page.locator(`[data-testid="greeting-row"][data-language="${code}"]`);

describe('Settings → Widget in the console', () => {
  it("edits the greeting per language, and a French visitor's new conversation opens with it", async () => {
    const consoleUrl = inject('consoleUrl');
    const admin = await signedInConsole(browser, consoleUrl, 'maya@demo.baton.chat', 'maya-demo-pass');
    const original = (await api(admin, 'GET')).json as Settings;
    restore = async () => {
      const res = await api(admin, 'PUT', { greetings: original.greetings });
      expect(res.status).toBe(200);
      restore = null;
    };
    const puts: string[] = [];
    admin.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().endsWith('/api/admin/settings')) puts.push(r.postData() ?? '');
    });

    await openWidgetSettings(admin);
    expect(await admin.getByTestId('widget-greeting').inputValue()).toBe(original.greeting);
    // The seeded greetings, each code read out as its language.
    expect(await row(admin, 'fr').getByTestId('greeting-text').inputValue()).toBe(original.greetings.fr);
    expect(original.greetings.fr).toMatch(/^Bonjour/);
    expect(await row(admin, 'fr').getByTestId('greeting-name').textContent()).toBe('French');
    expect(await row(admin, 'nl').getByTestId('greeting-name').textContent()).toBe('Dutch');
    expect(await admin.getByTestId('greeting-row').count()).toBe(Object.keys(original.greetings).length);

    const french = `Bonjour ! Ici l'équipe Demo Shop (${Date.now().toString(36)}). Dites-nous tout.`;
    await row(admin, 'fr').getByTestId('greeting-text').fill(french);

    await admin.getByTestId('greeting-add').click();
    const swedish = admin.getByTestId('greeting-row').last();
    // The new row's code field has the focus.
    await expect
      .poll(() => swedish.getByTestId('greeting-code').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await admin.keyboard.type('sv');
    await expect.poll(() => swedish.getByTestId('greeting-name').textContent()).toBe('Swedish');
    await swedish.getByTestId('greeting-text').fill('Hej! Det här är Demo Shops assistent.');

    // A language's name is not its code: refused before anything is sent, the row marked.
    await admin.getByTestId('greeting-add').click();
    const bad = admin.getByTestId('greeting-row').last();
    await bad.getByTestId('greeting-code').fill('French');
    await bad.getByTestId('greeting-text').fill('Bonjour !');
    await admin.getByTestId('widget-save').click();
    const refusal = '“French” is not a language code (use fr, pt…).';
    expect(await admin.getByTestId('widget-status').textContent()).toBe(refusal);
    expect(await bad.getByTestId('greeting-error').textContent()).toBe(refusal);
    expect(await bad.getByTestId('greeting-code').getAttribute('aria-invalid')).toBe('true');
    // The same language twice is refused too.
    await bad.getByTestId('greeting-code').fill('fr');
    await expect
      .poll(() => bad.getByTestId('greeting-error').textContent())
      .toBe('“fr” is there twice: one greeting per language.');
    await screenshot(admin, 'console-widget-bad-code');
    expect(puts).toEqual([]);
    expect(((await api(admin, 'GET')).json as Settings).greetings).toEqual(original.greetings);
    await bad.getByTestId('greeting-remove').click();

    const saved = admin.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().endsWith('/api/admin/settings'),
    );
    await admin.getByTestId('widget-save').click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => admin.getByTestId('widget-status').textContent()).toMatch(/^Saved\./);
    // Only what changed is sent: colour and allowed origins are left alone.
    expect(Object.keys(JSON.parse(puts[0]!))).toEqual(['greetings']);
    const after = (await api(admin, 'GET')).json as Settings;
    expect(after.greetings).toEqual({
      ...original.greetings,
      fr: french,
      sv: 'Hej! Det här är Demo Shops assistent.',
    });
    expect(after.allowedOrigins).toEqual(original.allowedOrigins);
    expect(await admin.getByTestId('widget-save').isDisabled()).toBe(true);
    await admin.locator('#widget-title').scrollIntoViewIfNeeded();
    await screenshot(admin, 'console-widget-admin');
    await row(admin, 'sv').scrollIntoViewIfNeeded();
    await screenshot(admin, 'console-widget-languages');

    // The embed code: this console's origin, the workspace's site key; Copy puts it on the clipboard.
    const origin = new URL(consoleUrl).origin;
    const snippet = `<script async src="${origin}/widget/loader.js" data-site-key="${original.siteKey}"></script>`;
    expect(await admin.getByTestId('widget-embed').textContent()).toBe(snippet);
    expect(await admin.getByTestId('widget-embed-language').textContent()).toContain('data-language="fr"');
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await admin.getByTestId('widget-copy').click();
    await expect.poll(() => admin.getByTestId('widget-copy').textContent()).toBe('Copied');
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await admin.getByTestId('widget-embed').scrollIntoViewIfNeeded();
    await screenshot(admin, 'console-widget-embed');

    // A visitor with a French browser: the conversation opens with the new French greeting.
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1100, height: 800 } });
    const visitor = await context.newPage();
    await visitor.goto(inject('demoUrl'));
    const chat = visitor.frameLocator('iframe[title="Chat"]');
    await chat.getByTestId('baton-launcher').click();
    const created = visitor.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/api/widget/conversations'),
    );
    await chat.getByTestId('baton-input').fill('Bonjour, je voudrais retourner un article.');
    await chat.getByTestId('baton-send').click();
    const id = ((await (await created).json()) as { id: string }).id;
    await chat.locator('[data-testid="baton-message"]', { hasText: french }).waitFor();
    expect(await chat.getByTestId('baton-panel').textContent()).not.toContain(original.greeting);
    await screenshot(visitor, 'console-widget-fr-visitor');
    await context.close();

    // Leave nothing open for the tests that follow.
    await closeConversation(admin, id);
    await restore();
    expect(((await api(admin, 'GET')).json as Settings).greetings).toEqual(original.greetings);
    await admin.context().close();
  });

  it('shows an agent the widget settings read-only, and the server refuses their changes', async () => {
    const leo = await signedInConsole(browser, inject('consoleUrl'), 'leo@demo.baton.chat', 'leo-demo-pass');
    await openWidgetSettings(leo);
    await leo.getByTestId('settings-readonly').waitFor();
    await row(leo, 'fr').waitFor();
    expect(await leo.getByTestId('widget-greeting').isDisabled()).toBe(true);
    expect(await row(leo, 'fr').getByTestId('greeting-code').isDisabled()).toBe(true);
    expect(await row(leo, 'fr').getByTestId('greeting-text').isDisabled()).toBe(true);
    expect(await leo.getByTestId('widget-color-hex').isDisabled()).toBe(true);
    expect(await leo.getByTestId('widget-origins').isDisabled()).toBe(true);
    expect(await leo.getByTestId('greeting-add').count()).toBe(0);
    expect(await leo.getByTestId('greeting-remove').count()).toBe(0);
    expect(await leo.getByTestId('widget-save').count()).toBe(0);
    // The embed code is theirs to copy all the same.
    expect(await leo.getByTestId('widget-copy').isEnabled()).toBe(true);
    await screenshot(leo, 'console-widget-readonly');

    const res = await api(leo, 'PUT', { greetings: { fr: 'Salut' } });
    expect(res.status).toBe(403);
    expect(((await api(leo, 'GET')).json as Settings).greetings.fr).toMatch(/^Bonjour/);
    await leo.context().close();
  });
});
