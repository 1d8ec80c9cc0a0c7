import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM script shared with `npm start` and the bench
import { startServer } from '../../scripts/dev-server.mjs';
import { launchChromium, screenshot } from '../support/browser';
import { lastToolResult } from '../support/fakeOpenAI';
import { startFakeOpenAI } from '../support/fakeOpenAIServer';

const ANSWER = 'You can return most items within 30 days of delivery, for free from the EU and the UK.';

let browser: Browser;
let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
let server: { demoUrl: string; stop: () => Promise<void> };
let dir: string;

beforeAll(async () => {
  // The model searches the help centre first, then writes its answer slowly enough to watch.
  fake = await startFakeOpenAI((req) =>
    lastToolResult(req) === undefined
      ? { toolCalls: [{ name: 'search_knowledge_base', args: { query: 'return window days' } }] }
      : { text: ANSWER, chunkSize: 4, delayMs: 40 },
  );
  dir = mkdtempSync(join(tmpdir(), 'baton-llm-'));
  server = await startServer({
    port: Number(process.env.BATON_LLM_TEST_PORT ?? 8792),
    persistTo: dir,
    quiet: true,
    vars: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-test' },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the bot in LLM mode (OpenAI-compatible server)', () => {
  it('streams a cited answer into the widget as the model writes it', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
    await page.goto(server.demoUrl);
    const chat = page.frameLocator('iframe[title="Chat"]');
    await chat.getByTestId('baton-launcher').click();
    await chat.getByTestId('baton-input').fill('How long do I have to return a jacket?');
    await chat.getByTestId('baton-send').click();

    // Words appear while the model is still writing…
    const draft = chat.getByTestId('baton-draft');
    await draft.waitFor();
    const partial = (await draft.textContent()) ?? '';
    await screenshot(page, 'p2-llm-streaming');
    // …and end as one stored answer, cited from the knowledge base the model searched.
    const answer = chat.locator('[data-testid="baton-message"][data-kind="bot"]', {
      hasText: '30 days of delivery',
    });
    await answer.waitFor();
    expect(
      ANSWER.startsWith(
        partial
          .replace(/^Assistant/, '')
          .trim()
          .slice(0, 10),
      ),
    ).toBe(true);
    await answer.getByRole('link', { name: /Returns and exchanges/ }).waitFor();
    expect(await draft.count()).toBe(0);
    await screenshot(page, 'p2-llm-cited-answer');
    // The model was given the help-centre passages by the search tool.
    const toolResult = lastToolResult(fake.received.at(-1)!) as { passages: { title: string }[] };
    expect(toolResult.passages.map((p) => p.title)).toContain('Returns and exchanges');
  });
});
