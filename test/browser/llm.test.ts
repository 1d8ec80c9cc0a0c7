import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM script shared with `npm start` and the bench
import { startServer } from '../../scripts/dev-server.mjs';
import { launchChromium, openChat, screenshot, signedInConsole } from '../support/browser';
import { type ChatRequest, lastToolResult } from '../support/fakeOpenAI';
import { startFakeOpenAI } from '../support/fakeOpenAIServer';

const ANSWER = 'You can return most items within 30 days of delivery, for free from the EU and the UK.';
/** Sarcasm: the built-in lexicon reads it as glowing; a model reads it as a fed-up customer. */
const SARCASM =
  'Oh wonderful, another lovely automated reply. My parcel for order 4411 is apparently on holiday.';
const HEADLINE = 'Fed-up customer: parcel for order 4411 is missing and the bot did not help';

const systemOf = (req: ChatRequest) => String(req.messages.find((m) => m.role === 'system')?.content ?? '');
const lastUserText = (req: ChatRequest) =>
  String([...req.messages].reverse().find((m) => m.role === 'user')?.content ?? '');

/** The model's side of triage (classifier) and of the handoff brief, as structured JSON. */
/** Sarcasm again, read by a slow model: its verdict lands after the bot has answered. */
const SLOW_SARCASM = 'Splendid, a whole week now and my parcel for order 5522 is still touring the country.';
const SLOW_MODEL_MS = 4000; // under the classifier's own 6 s timeout
/** Asking for a person without the words the built-in detector knows; only the model hears it. */
const INDIRECT_ASK = 'Could a colleague of yours take a look at order 7788 instead?';
/** A complaint the model reads as such, but not as anger: the bot answers first. */
const UPSET_START = 'Honestly this is ridiculous. How do I reset my password?';
/** When the slow model's verdict is due out (set when it is asked). */
let verdictAt = 0;

function structured(req: ChatRequest) {
  if (systemOf(req).includes('You triage')) {
    const fedUp = lastUserText(req).includes('on holiday') || lastUserText(req).includes('touring');
    const wantsPerson = lastUserText(req).includes(INDIRECT_ASK);
    // (the latest message only: the earlier turns come along in the same prompt)
    const complains = lastUserText(req).includes(`Latest customer message:\n${UPSET_START}`);
    return {
      humanRequest: wantsPerson,
      sentiment: fedUp ? -0.7 : complains ? -0.4 : 0,
      frustrated: fedUp,
      complaint: fedUp || complains,
      notHelped: false,
      complex: false,
      language: 'en',
      topic: fedUp ? 'missing parcel' : 'returns',
    };
  }
  return {
    headline: HEADLINE,
    intent: 'Find out where the parcel for order 4411 is.',
    state: 'The bot searched the help centre; the customer is sarcastic and fed up.',
    discussed: ['Order 4411', 'Parcel not arrived'],
    nextStep: 'Look up the shipment of order 4411 and give a concrete delivery date.',
    mood: 'frustrated',
  };
}

let browser: Browser;
let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
let server: { demoUrl: string; consoleUrl: string; stop: () => Promise<void> };
let dir: string;

beforeAll(async () => {
  // The model searches the help centre first, then writes its answer slowly enough to watch.
  fake = await startFakeOpenAI((req) => {
    if (req.response_format) {
      const slow =
        systemOf(req).includes('You triage') &&
        (lastUserText(req).includes('5522') || lastUserText(req).includes(INDIRECT_ASK));
      if (slow) verdictAt = Date.now() + SLOW_MODEL_MS;
      return { text: JSON.stringify(structured(req)), ...(slow ? { delayMs: SLOW_MODEL_MS } : {}) };
    }
    return lastToolResult(req) === undefined
      ? { toolCalls: [{ name: 'search_knowledge_base', args: { query: 'return window days' } }] }
      : { text: ANSWER, chunkSize: 4, delayMs: 40 };
  });
  dir = mkdtempSync(join(tmpdir(), 'baton-llm-'));
  server = await startServer({
    port: Number(process.env.BATON_LLM_TEST_PORT ?? 8792),
    persistTo: dir,
    quiet: !process.env.DEBUG_SERVER,
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
    const answered = fake.received.filter((r) => !r.response_format).at(-1)!;
    const toolResult = lastToolResult(answered) as { passages: { title: string }[] };
    expect(toolResult.passages.map((p) => p.title)).toContain('Returns and exchanges');
  });

  it('hands a sarcastic customer the model read as fed up to an agent, with the model-written brief', async () => {
    // An agent is on duty in the console.
    const agent = await signedInConsole(browser, server.consoleUrl, 'maya@demo.baton.chat', 'maya-demo-pass');
    const { chat, ask } = await openChat(browser, server.demoUrl);
    await ask(SARCASM);

    // The bot answers, and says a person is coming because of the frustration the model saw.
    await chat
      .locator('[data-testid="baton-message"][data-kind="bot"]', { hasText: 'frustrating' })
      .waitFor({ timeout: 20_000 });
    // The agent's offer carries the brief the model wrote, marked as such.
    const card = agent.getByTestId('offer-card').first();
    await card.waitFor({ timeout: 20_000 });
    await expect.poll(() => card.getByTestId('offer-brief').textContent()).toContain(HEADLINE);
    await screenshot(agent, 'p3-llm-brief-offer');
    // Accepted, the thread's sidebar shows the same brief, marked as written by the model.
    await card.getByTestId('offer-accept').click();
    const sidebar = agent.getByTestId('brief');
    await expect.poll(() => sidebar.getByTestId('brief-headline').textContent()).toBe(HEADLINE);
    expect(await sidebar.locator('.brief-meta').textContent()).toMatch(/^AI ·/);
    await screenshot(agent, 'p3-llm-brief-thread');
    // The classifier read the latest message (with the turns before it), the brief writer the transcript.
    const asked = (marker: string) =>
      fake.received.filter((r) => r.response_format && systemOf(r).includes(marker)).map(lastUserText);
    expect(asked('You triage').at(-1)).toContain(`Latest customer message:\n${SARCASM}`);
    expect(asked('handoff brief').at(-1)).toContain(`[visitor] ${SARCASM}`);
  });

  it('answers at once when the model reading the message is slow, and brings a person in when its verdict lands', async () => {
    const agent = await signedInConsole(browser, server.consoleUrl, 'leo@demo.baton.chat', 'leo-demo-pass');
    const { page, chat, ask } = await openChat(browser, server.demoUrl);
    await ask(SLOW_SARCASM);

    const bot = chat.locator('[data-testid="baton-message"][data-kind="bot"]');
    // The answer does not wait for the slow model's verdict: it is there before the verdict is out…
    await bot.filter({ hasText: '30 days of delivery' }).waitFor();
    expect(verdictAt).toBeGreaterThan(0);
    expect(Date.now()).toBeLessThan(verdictAt);
    // …which, when it lands, brings in a person: the line comes after the answer.
    const line = bot.filter({ hasText: 'frustrating' });
    await line.waitFor({ timeout: 20_000 });
    const texts = await bot.allTextContents();
    const answerAt = texts.findIndex((t) => t.includes('30 days of delivery'));
    expect(texts.findIndex((t) => t.includes('frustrating'))).toBeGreaterThan(answerAt);
    await agent.getByTestId('offer-card').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'p3-llm-late-verdict-visitor');
  });

  it('answers a first complaint the model reads without anger first, a person one tap away', async () => {
    const { page, chat, ask } = await openChat(browser, server.demoUrl);
    await ask(UPSET_START);
    const bot = chat.locator('[data-testid="baton-message"][data-kind="bot"]');
    const answers = bot.filter({ hasText: '30 days of delivery' });
    await answers.first().waitFor({ timeout: 20_000 });
    await chat.getByTestId('baton-quick-reply').filter({ hasText: 'Talk to a person' }).last().waitFor();
    await screenshot(page, 'p3-llm-upset-start');
    // Thanks settle it. The reply to it comes after anything the first message brought about.
    await ask('ok got it, thanks');
    await expect.poll(() => answers.count(), { timeout: 20_000 }).toBe(2);
    // No handoff line, no fallback (the greeting also says it can bring in a person: not that).
    expect(
      await bot.filter({ hasText: /frustrating|they'll see everything|Nobody from our team/ }).count(),
    ).toBe(0);
    // The model was asked about the complaint: its verdict was in play.
    expect(fake.received.some((r) => r.response_format && lastUserText(r).includes(UPSET_START))).toBe(true);
  });

  it('offers a person, one tap away, when the model hears an indirect request the bot missed', async () => {
    const { page, chat, ask } = await openChat(browser, server.demoUrl);
    await ask(INDIRECT_ASK);
    const bot = chat.locator('[data-testid="baton-message"][data-kind="bot"]');
    await bot.filter({ hasText: '30 days of delivery' }).waitFor();
    const offer = bot.filter({ hasText: 'Would you like to talk to a person' });
    await offer.waitFor({ timeout: 20_000 });
    await screenshot(page, 'p3-llm-indirect-request');
    // One tap, and the bot brings a person in.
    await chat.getByTestId('baton-quick-reply').filter({ hasText: 'Talk to a person' }).last().click();
    await bot.filter({ hasText: 'bring in a person' }).waitFor({ timeout: 20_000 });
  });
});
