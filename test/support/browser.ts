import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const OUTPUT_DIR = join('test-output', 'screenshots');

/** Debian's Chromium, headless, with nothing that reaches for the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`) });
}

/** An agent signed in to the console, on the inbox. */
export async function signedInConsole(browser: Browser, consoleUrl: string, email: string, password: string) {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(consoleUrl);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('tab-open').waitFor();
  return page;
}

/**
 * Closes a conversation as the signed-in agent on `page`: a test leaves nobody waiting or holding an
 * agent's capacity for the next test file (they share the demo workspace).
 */
export async function closeConversation(page: Page, conversationId: string | null) {
  if (!conversationId) throw new Error('no conversation to close');
  const status = await page.evaluate(
    (id) => fetch(`/api/conversations/${id}/close`, { method: 'POST' }).then((r) => r.status),
    conversationId,
  );
  if (status !== 200) throw new Error(`closing ${conversationId}: ${status}`);
}

/** A visitor on the demo page with the chat open; `ask` sends a message. */
export async function openChat(browser: Browser, demoUrl: string) {
  const page = await (await browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
  await page.goto(demoUrl);
  const chat = page.frameLocator('iframe[title="Chat"]');
  await chat.getByTestId('baton-launcher').click();
  const ask = async (text: string) => {
    await chat.getByTestId('baton-input').fill(text);
    await chat.getByTestId('baton-send').click();
  };
  return { page, chat, ask };
}
