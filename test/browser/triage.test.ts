import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeConversation, launchChromium, openChat, screenshot, signedInConsole } from '../support/browser';

// Without a key: the built-in triage hears a complaint that is not said as one, and the agent
// reads why a person was brought in.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const THREAT = 'This is the third time my order arrives late. If it happens again I am closing my account.';
const REPEAT = "This is the fourth time I'm explaining that the frame arrived broken";

/** Both demo agents signed in: whichever the routing picks gets the offer. */
const agents = async (): Promise<Page[]> => [
  await signedInConsole(browser, inject('consoleUrl'), 'maya@demo.baton.chat', 'maya-demo-pass'),
  await signedInConsole(browser, inject('consoleUrl'), 'leo@demo.baton.chat', 'leo-demo-pass'),
];

/** The console that was offered the conversation whose card shows `words`. */
const offeredTo = (consoles: Page[], words: string) =>
  Promise.any(
    consoles.map((c) =>
      c
        .getByTestId('offer-card')
        .filter({ hasText: words })
        .first()
        .waitFor({ timeout: 30_000 })
        .then(() => c),
    ),
  );

/**
 * The visitor says `text`; the bot answers that a person is coming (the visitor is not left
 * guessing); whichever agent is offered the conversation (its card shows `cardWords`) accepts.
 */
async function complainAndAccept(text: string, cardWords: string, shot: string) {
  const consoles = await agents();
  const { page, chat, ask } = await openChat(browser, inject('demoUrl'));
  await ask(text);
  await chat
    .locator('[data-testid="baton-message"][data-kind="bot"]', { hasText: 'frustrating' })
    .waitFor({ timeout: 20_000 });
  await screenshot(page, `${shot}-visitor`);
  const agent = await offeredTo(consoles, cardWords);
  const card = agent.getByTestId('offer-card').filter({ hasText: cardWords }).first();
  const conversationId = await card.getAttribute('data-conversation-id');
  await screenshot(agent, `${shot}-offer`);
  await card.getByTestId('offer-accept').click();
  const inMyList = () =>
    agent
      .locator(`[data-testid="inbox-row"][data-conversation-id="${conversationId}"]`)
      .waitFor({ timeout: 10_000 });
  const joined = () =>
    chat
      .locator('[data-testid="baton-message"][data-kind="system"]', { hasText: 'joined' })
      .waitFor({ timeout: 20_000 });
  const close = () => closeConversation(agent, conversationId);
  return { agent, brief: agent.getByTestId('brief'), inMyList, joined, close };
}

describe('a threat to leave, in real Chromium', () => {
  it('brings a person in at once, and the agent sees the threat as the reason', async () => {
    const { agent, brief, inMyList, joined, close } = await complainAndAccept(
      THREAT,
      'closing my account',
      'p3-threat',
    );
    await expect
      .poll(() => brief.locator('.evidence').textContent())
      .toMatch(/threatens to leave: "closing my account"/);
    await expect.poll(() => brief.textContent()).toMatch(/frustrat/i);
    // what is at stake is what the agent reads first
    await expect
      .poll(() => brief.getByTestId('brief-next').textContent())
      .toMatch(/They say they will leave \("closing my account"\)/);
    // …and it is in the agent's own list.
    await agent.getByTestId('tab-mine').click();
    await inMyList();
    await screenshot(agent, 'p3-threat-brief');
    await joined();
    await close();
  });
});

describe('a visitor made to repeat themselves, in real Chromium', () => {
  it('is not made to repeat it again: a person comes, and the brief says why', async () => {
    const { agent, brief, inMyList, joined, close } = await complainAndAccept(
      REPEAT,
      'frame arrived broken',
      'p3-repeat',
    );
    await expect
      .poll(() => brief.locator('.evidence').textContent())
      .toMatch(/made to repeat: "fourth time I'm explaining"/);
    // The accepted conversation shows up in the agent's own list without a reload.
    await inMyList();
    await screenshot(agent, 'p3-repeat-brief');
    await joined();
    await close();
  });
});

describe('a visitor upset from their first message, in real Chromium', () => {
  it('gets an apology and the answer first, with a person one tap away', async () => {
    const consoles = await agents();
    const { page, chat, ask } = await openChat(browser, inject('demoUrl'));
    await ask('Honestly this is ridiculous. How do I reset my password?');
    const bot = chat.locator('[data-testid="baton-message"][data-kind="bot"]');
    await bot.filter({ hasText: "I'm sorry about this" }).waitFor({ timeout: 20_000 });
    await bot.filter({ hasText: 'Forgot password' }).waitFor();
    const person = chat.getByRole('button', { name: 'Talk to a person' }).last();
    await person.waitFor();
    await screenshot(page, 'p3-upset-first-answered');
    // One tap, and a person is on the way, with the whole story.
    await person.click();
    const agent = await offeredTo(consoles, 'person');
    // The person came for the tap, not for the first message (that would have been offered as
    // frustration, before the tap). The agent still reads that the visitor was upset, and what
    // the bot answered (not its apology).
    const card = agent.getByTestId('offer-card').first();
    expect(await card.locator('.offer-tags .pill').allTextContents()).toContain('Asked for a person');
    await expect.poll(() => card.textContent()).toMatch(/Frustrated/i);
    expect(await card.textContent()).not.toMatch(/I'm sorry about this/);
    await screenshot(agent, 'p3-upset-first-offer');
    await chat
      .locator('[data-testid="baton-message"][data-kind="bot"]', { hasText: "they'll see everything" })
      .last()
      .waitFor({ timeout: 20_000 });
    await screenshot(page, 'p3-upset-first-person-coming');
    // The agent takes it and closes it: nobody is left waiting for the next test's agents.
    const id = await card.getAttribute('data-conversation-id');
    await card.getByTestId('offer-accept').click();
    await chat.locator('[data-testid="baton-message"][data-kind="system"]', { hasText: 'joined' }).waitFor();
    await closeConversation(agent, id);
  });
});
