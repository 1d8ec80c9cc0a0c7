import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeConversation, launchChromium, screenshot } from '../support/browser';

const AGENTS = {
  maya: { email: 'maya@demo.baton.chat', password: 'maya-demo-pass', id: 'demo-agent-maya', name: 'Maya' },
  leo: { email: 'leo@demo.baton.chat', password: 'leo-demo-pass', id: 'demo-agent-leo', name: 'Leo' },
} as const;
type AgentKey = keyof typeof AGENTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function console_(key: AgentKey): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(inject('consoleUrl'));
  await page.getByTestId('login-email').fill(AGENTS[key].email);
  await page.getByTestId('login-password').fill(AGENTS[key].password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('tab-open').waitFor();
  return page;
}

async function visitor(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
  await page.goto(inject('demoUrl'));
  await page.frameLocator('iframe[title="Chat"]').getByTestId('baton-launcher').click();
  return page;
}

const chat = (p: Page) => p.frameLocator('iframe[title="Chat"]');

async function say(p: Page, text: string) {
  await chat(p).getByTestId('baton-input').fill(text);
  await chat(p).getByTestId('baton-send').click();
}

/** Waits until one of the consoles shows an offer for `conversationText`; returns whose. */
async function offeredTo(consoles: Record<AgentKey, Page>): Promise<AgentKey> {
  const keys = Object.keys(consoles) as AgentKey[];
  return Promise.any(
    keys.map((k) =>
      consoles[k]
        .getByTestId('offer-card')
        .first()
        .waitFor({ timeout: 30_000 })
        .then(() => k),
    ),
  );
}

describe('warm handoff and transfer, two agents and two visitors, in real Chromium', () => {
  it('escalates, shows the wait, offers with the brief, connects on accept, transfers with a note', async () => {
    const consoles = { maya: await console_('maya'), leo: await console_('leo') };

    // Visitor A asks for a person; with nothing to offer instead, the bot hands off.
    const a = await visitor();
    await say(a, 'My parcel arrived damaged and I need to speak to a human about it');
    // The bot first offers what it can do about damaged parcels (once)…
    await chat(a).getByTestId('baton-quick-reply').first().waitFor();
    await screenshot(a, 'p4-00-visitor-a-alternatives');
    // …asked again, it hands off.
    await say(a, 'No thanks, I want to talk to a human');
    await chat(a)
      .getByTestId('baton-queue')
      .or(chat(a).locator('[data-testid="baton-message"][data-kind="system"]', { hasText: 'joined' }))
      .first()
      .waitFor();
    await screenshot(a, 'p4-01-visitor-a-waiting');

    // The chosen agent gets a private offer with the brief; the visitor is not connected yet.
    const first = await offeredTo(consoles);
    const second: AgentKey = first === 'maya' ? 'leo' : 'maya';
    const offerCard = consoles[first].getByTestId('offer-card').first();
    await offerCard.getByTestId('offer-brief').waitFor();
    await expect.poll(() => offerCard.getByTestId('offer-brief').textContent()).toMatch(/damaged/i);
    // what the bot tried, as the agent needs it: the topics offered, and that the visitor wanted a person
    const brief = await offerCard.getByTestId('offer-brief').textContent();
    expect(brief).toMatch(/Offered a choice: [^·]+ · /);
    expect(brief).toContain('Asked for a person instead');
    await screenshot(consoles[first], 'p4-02-offer-with-brief');
    expect(
      await chat(a)
        .locator('[data-testid="baton-message"][data-kind="system"]', { hasText: 'joined' })
        .count(),
    ).toBe(0);

    await offerCard.getByTestId('offer-accept').click();
    const joinedA = chat(a).locator('[data-testid="baton-message"][data-kind="system"]', {
      hasText: `${AGENTS[first].name}`,
    });
    await joinedA.filter({ hasText: 'joined' }).waitFor();
    await expect.poll(() => chat(a).getByTestId('baton-header').textContent()).toContain(AGENTS[first].name);
    await screenshot(a, 'p4-03-visitor-a-agent-joined');

    // Visitor B also needs a person: the other agent is offered that one.
    const b = await visitor();
    await say(b, 'Can I talk to a real person please?');
    const bCard = consoles[second].getByTestId('offer-card').first();
    await bCard.waitFor({ timeout: 30_000 });
    const bId = await bCard.getAttribute('data-conversation-id');
    await screenshot(b, 'p4-04-visitor-b-waiting');
    await bCard.getByTestId('offer-accept').click();
    await chat(b)
      .locator('[data-testid="baton-message"][data-kind="system"]', { hasText: 'joined' })
      .waitFor();

    // The first agent replies, then transfers A to the second with a private note.
    const agentPage = consoles[first];
    await agentPage.getByTestId('composer-input').waitFor();
    await agentPage
      .getByTestId('composer-input')
      .fill('I am sorry about the damage — let me get our returns specialist.');
    await agentPage.getByTestId('composer-send').click();
    await chat(a)
      .locator('[data-testid="baton-message"][data-kind="agent"]', { hasText: 'returns specialist' })
      .waitFor();
    await agentPage.getByTestId('transfer-open').click();
    await agentPage.locator(`[data-testid="transfer-agent"][data-agent-id="${AGENTS[second].id}"]`).check();
    await agentPage
      .getByTestId('transfer-note')
      .fill('Damaged parcel, customer wants a replacement; photos not sent yet.');
    await screenshot(agentPage, 'p4-05-transfer-dialog');
    await agentPage.getByTestId('transfer-submit').click();

    const transferCard = consoles[second]
      .getByTestId('offer-card')
      .filter({ hasText: 'photos not sent yet' });
    await transferCard.waitFor({ timeout: 30_000 });
    const aId = await transferCard.getAttribute('data-conversation-id');
    await screenshot(consoles[second], 'p4-06-transfer-offer');
    await transferCard.getByTestId('offer-accept').click();

    // The second agent has the whole thread; the visitor is told who joined.
    await chat(a)
      .locator('[data-testid="baton-message"][data-kind="system"]', { hasText: `${AGENTS[second].name}` })
      .filter({ hasText: 'joined' })
      .waitFor();
    const thread = consoles[second].getByTestId('thread-message');
    await thread.filter({ hasText: 'arrived damaged' }).first().waitFor();
    await thread.filter({ hasText: 'returns specialist' }).first().waitFor();
    await screenshot(consoles[second], 'p4-07-second-agent-whole-thread');
    await screenshot(a, 'p4-08-visitor-a-after-transfer');
    // Both conversations end here, so the next test finds the agents free.
    await closeConversation(consoles[second], aId);
    await closeConversation(consoles[second], bId);
  });
});
