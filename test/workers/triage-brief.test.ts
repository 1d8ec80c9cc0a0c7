import type { LanguageModelV3GenerateResult } from '@ai-sdk/provider';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { Brief, type Message } from '../../worker/protocol';
import {
  buildBrief,
  initialTriageState,
  llmClassifier,
  type TriageState,
  writeBrief,
} from '../../worker/triage';
import { assessMessage } from '../../worker/triage/assess';

const NOW = new Date('2026-03-04T10:00:00Z');
let seq = 0;
const msg = (kind: Message['kind'], body: string, data?: Message['data']): Message => ({
  seq: ++seq,
  clientId: `c${seq}`,
  kind,
  authorId: null,
  authorName: null,
  body,
  at: NOW.getTime() + seq * 1000,
  ...(data ? { data } : {}),
});

/** Runs triage over the visitor messages of a transcript, as the conversation object would. */
function triage(transcript: Message[], attributes: Record<string, string> = {}) {
  let state: TriageState = initialTriageState;
  let decision = assessMessage(state, { text: '', contact: { attributes }, now: NOW, rules: [] }).decision;
  for (const m of transcript) {
    if (m.kind !== 'visitor') continue;
    const out = assessMessage(state, { text: m.body, contact: { attributes }, now: NOW, rules: [] });
    state = out.state;
    decision = out.decision;
  }
  return { state, decision };
}

/** The brief a transcript with an anonymous visitor would hand over, triaged as the conversation would. */
function briefOfTranscript(t: Message[]) {
  const { state, decision } = triage(t);
  return buildBrief({
    transcript: t,
    triage: state,
    decision,
    contact: { name: null, email: null, attributes: {} },
  });
}

/** The brief an anonymous visitor's messages alone would hand over. */
const briefOf = (...bodies: string[]) => briefOfTranscript(bodies.map((b) => msg('visitor', b)));

const TRANSCRIPT = [
  msg('bot', "Hi! I'm the Demo Shop assistant. I can help with orders, shipping and returns."),
  msg('visitor', 'Hi, my blender from order #A48213 arrived with a cracked jug. I paid €89.90.'),
  msg('action', 'Looking up your order…', {
    action: {
      name: 'lookup_order',
      input: '{"order":"A48213"}',
      ok: true,
      result: '{"status":"delivered","total":89.9}',
    },
  }),
  msg(
    'bot',
    'Your order A48213 was delivered on Monday. You can request a replacement from the returns page.',
    {
      citations: [{ title: 'Damaged or wrong items', url: '/help/damaged' }],
      confidence: 0.8,
    },
  ),
  msg('visitor', "I tried, the returns page gives an error. That didn't help."),
  msg('action', 'Requesting a replacement…', {
    action: {
      name: 'request_replacement',
      input: '{"order":"A48213"}',
      ok: false,
      result: 'The replacements service answered 503',
    },
  }),
  msg('visitor', 'This is really annoying. Can I talk to a person please? My email is jo@example.com'),
];

describe('buildBrief', () => {
  const { state, decision } = triage(TRANSCRIPT, { plan: 'premium', orderId: 'A48213' });
  const brief = buildBrief({
    transcript: TRANSCRIPT,
    triage: state,
    decision,
    contact: { name: 'Jo Martin', email: null, attributes: { plan: 'premium', orderId: 'A48213' } },
  });

  it('is a valid Brief the console can parse', () => {
    expect(Brief.parse(brief)).toEqual(brief);
    expect(brief.source).toBe('rules');
  });

  it("states the customer's intent from their first real message", () => {
    expect(brief.intent).toMatch(/cracked jug/);
    expect(brief.headline).toMatch(/cracked jug|A48213/);
    expect(brief.discussed).toHaveLength(3);
  });

  it('lists what the bot tried, with results, including the failed action', () => {
    const actions = brief.tried.filter((s) => s.kind === 'action');
    expect(actions.map((a) => [a.summary.split('(')[0], a.ok])).toEqual([
      ['lookup_order', true],
      ['request_replacement', false],
    ]);
    const answer = brief.tried.find((s) => s.kind === 'answer' && s.summary.startsWith('Your order'));
    expect(answer).toMatchObject({ ok: false, detail: 'Sources: Damaged or wrong items' });
    // The bot's announcements (the greeting here, "a person is coming" lines) are not attempts.
    expect(brief.tried.filter((s) => s.kind === 'answer')).toEqual([answer]);
    expect(brief.nextStep).toMatch(/request_replacement step failed/);
  });

  it('says which topics the bot offered and what the visitor did with them', () => {
    const offer = (...options: string[]) =>
      msg(
        'bot',
        "I can help with that right here, straight away. Is it one of these? If not, I'll bring in a person.",
        {
          options: [
            ...options.map((o) => ({ label: o, value: o })),
            { label: 'Talk to a person', value: 'I would like to talk to a person.' },
          ],
          confidence: 0.6,
        },
      );
    const stepsFor = (...t: Message[]) => briefOfTranscript(t).tried;
    const topics = ['Missing items', 'Damaged, faulty or wrong items'];
    const offered = 'Offered a choice: Missing items · Damaged, faulty or wrong items';
    expect(
      stepsFor(
        msg('visitor', 'My parcel arrived damaged'),
        offer(...topics),
        msg('visitor', 'I would like to talk to a person.'),
      ),
    ).toEqual([{ kind: 'answer', summary: offered, ok: false, detail: 'Asked for a person instead' }]);
    expect(
      stepsFor(
        msg('visitor', 'My parcel arrived damaged'),
        offer(...topics),
        msg('visitor', 'Damaged, faulty or wrong items'),
      )[0],
    ).toEqual({
      kind: 'answer',
      summary: offered,
      ok: null,
      detail: 'Picked "Damaged, faulty or wrong items"',
    });
    expect(
      stepsFor(
        msg('visitor', 'My parcel arrived damaged'),
        offer(...topics),
        msg('visitor', 'neither, the box was empty'),
      )[0],
    ).toMatchObject({ ok: false, detail: 'None of them: "neither, the box was empty"' });
  });

  it('extracts business entities and identity', () => {
    expect(brief.entities).toEqual(
      expect.arrayContaining([
        { type: 'order', value: 'A48213' },
        { type: 'email', value: 'jo@example.com' },
        { type: 'amount', value: '89.9 EUR' },
        { type: 'plan', value: 'premium' },
      ]),
    );
    expect(brief.entities.filter((e) => e.type === 'order')).toHaveLength(1);
    expect(brief.customer).toMatchObject({ name: 'Jo Martin', email: 'jo@example.com', language: 'en' });
  });

  it('carries the trigger, sentiment and urgency', () => {
    expect(brief.trigger.reason).toBe('human_request');
    expect(brief.trigger.evidence[0]).toMatch(/talk to a person/);
    expect(brief.sentiment.mood).toBe('frustrated');
    expect(['normal', 'high']).toContain(brief.urgency);
    expect(brief.nextStep).toMatch(/frustration/);
  });

  it('strips the request for a person from the intent when that is all the first message says', () => {
    const b = briefOf('I want to talk to someone about my invoice from March');
    expect(b.intent).toMatch(/invoice from March/);
    expect(b.intent).not.toMatch(/talk to someone/);
  });

  const intentOf = (...bodies: string[]) => briefOf(...bodies).intent;

  it('cuts the whole clause that asks for a person, so the intent reads as a sentence', () => {
    expect(intentOf('My parcel arrived damaged and I want to talk to someone about it')).toBe(
      'My parcel arrived damaged.',
    );
    expect(intentOf('I want to talk to someone about my invoice from March')).toBe(
      'About my invoice from March.',
    );
    expect(intentOf('Can I speak to an agent regarding a double charge on my card?')).toBe(
      'Regarding a double charge on my card?',
    );
    expect(intentOf('get me a human to cancel my subscription')).toBe('Cancel my subscription.');
    expect(intentOf('Can someone call me back, my router keeps dropping the connection')).toBe(
      'My router keeps dropping the connection.',
    );
    expect(intentOf('I want to speak with someone who can help me with my refund')).toBe(
      'Help me with my refund.',
    );
    expect(intentOf('Mi pedido llegó roto y quiero hablar con una persona')).toBe('Mi pedido llegó roto.');
    expect(intentOf('Ich möchte mit einem Mitarbeiter sprechen wegen meiner Rechnung')).toBe(
      'Wegen meiner Rechnung.',
    );
    expect(intentOf('Je voudrais parler à un conseiller au sujet de ma facture')).toBe(
      'Au sujet de ma facture.',
    );
  });

  it('cuts the request in the languages with word lists too', () => {
    expect(intentOf('Посылка 4471 пришла разбитой, хочу поговорить с оператором')).toBe(
      'Посылка 4471 пришла разбитой.',
    );
    expect(intentOf('荷物が壊れて届きました。担当者と話したいです')).toBe('荷物が壊れて届きました。');
    expect(intentOf('Uygulama açılmıyor, müşteri temsilcisi ile görüşmek istiyorum')).toBe(
      'Uygulama açılmıyor.',
    );
    // …and in the later ones: Bulgarian, Hebrew, Thai
    expect(intentOf('Пратката 4471 пристигна счупена, искам да говоря с оператор')).toBe(
      'Пратката 4471 пристигна счупена.',
    );
    expect(intentOf('החבילה 4471 הגיעה שבורה, אני רוצה לדבר עם נציג')).toBe('החבילה 4471 הגיעה שבורה.');
    expect(intentOf('พัสดุ 4471 มาถึงแตก ขอคุยกับเจ้าหน้าที่')).toBe('พัสดุ 4471 มาถึงแตก');
  });

  it('drops the sentence that only asks for a person and keeps the others as written', () => {
    expect(intentOf('The app logs me out every time I open settings. Can I talk to a human please?')).toBe(
      'The app logs me out every time I open settings.',
    );
    expect(intentOf('Hi. I need an agent. My refund for order 5521 never arrived!')).toBe(
      'My refund for order 5521 never arrived!',
    );
  });

  it('takes the next message when the first only asks for a person', () => {
    expect(
      intentOf("I've been trying to reach customer service for an hour", 'My card was charged twice'),
    ).toBe('My card was charged twice');
  });

  it('says the mood once in the headline of a frustration handoff, and names the threat as the reason', () => {
    const b = briefOf('My order is late for the third time. If it happens again I am closing my account.');
    expect(b.trigger.reason).toBe('frustration');
    expect(b.trigger.evidence[0]).toBe('threatens to leave: "closing my account"');
    expect(b.headline).toMatch(/ — (frustrated|angry)$/);
    // what is at stake opens the next step, before the topic
    expect(b.nextStep).toMatch(
      /apologise.*They say they will leave \("closing my account"\): say what you will do so it does not happen again\. Pick up "My order is late/,
    );
  });

  it('copes with a conversation that has no question yet', () => {
    const b = briefOf('agent');
    expect(Brief.parse(b).intent).toBe('Not stated yet.');
    expect(b.nextStep).toMatch(/asked for a person before explaining/);
  });
});

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 10, text: 10, reasoning: 0 },
};
const jsonReply = (obj: unknown): LanguageModelV3GenerateResult => ({
  content: [{ type: 'text', text: JSON.stringify(obj) }],
  finishReason: { unified: 'stop', raw: 'stop' },
  usage,
  warnings: [],
});

describe('LLM mode', () => {
  it('writes the prose with the model and keeps the facts', async () => {
    const { state, decision } = triage(TRANSCRIPT);
    const model = new MockLanguageModelV3({
      doGenerate: jsonReply({
        headline: 'Cracked blender jug, replacement failed — wants a person',
        intent: 'Replacement for a blender delivered with a cracked jug.',
        state: 'Order found; replacement request failed (503).',
        discussed: ['Jug cracked on arrival', 'Returns page errors'],
        nextStep: 'Create the replacement manually and confirm by email.',
        mood: 'frustrated',
      }),
    });
    const brief = await writeBrief(
      {
        transcript: TRANSCRIPT,
        triage: state,
        decision,
        contact: { name: 'Jo', email: null, attributes: {} },
      },
      model,
    );
    expect(brief).toMatchObject({
      source: 'llm',
      nextStep: 'Create the replacement manually and confirm by email.',
    });
    expect(brief.entities).toEqual(expect.arrayContaining([{ type: 'order', value: 'A48213' }]));
    expect(brief.tried.filter((s) => s.kind === 'action')).toHaveLength(2);
    const prompt = JSON.stringify(model.doGenerateCalls[0]?.prompt);
    expect(prompt).toContain('request_replacement FAILED');
  });

  it('falls back to the deterministic brief when the model fails or answers off-schema', async () => {
    const { state, decision } = triage(TRANSCRIPT);
    const input = {
      transcript: TRANSCRIPT,
      triage: state,
      decision,
      contact: { name: null, email: null, attributes: {} },
    };
    const broken = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new Error('model unavailable');
      },
    });
    expect((await writeBrief(input, broken)).source).toBe('rules');
    const offSchema = new MockLanguageModelV3({ doGenerate: jsonReply({ hello: 'world' }) });
    expect((await writeBrief(input, offSchema)).source).toBe('rules');
    expect((await writeBrief(input, null)).source).toBe('rules');
  });

  it('classifies with the model; assessMessage merges its signals', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: jsonReply({
        humanRequest: true,
        sentiment: -0.7,
        frustrated: true,
        complaint: false,
        notHelped: false,
        complex: false,
        language: 'es',
        topic: 'late delivery',
      }),
    });
    const signals = await llmClassifier(model).classify({ text: 'ya no aguanto más con este pedido' });
    expect(signals).toMatchObject({
      humanRequest: true,
      sentiment: -0.7,
      language: 'es',
      topic: 'late delivery',
    });
    const { decision } = assessMessage(initialTriageState, {
      text: 'ya no aguanto más con este pedido',
      contact: { attributes: {} },
      now: NOW,
      rules: [],
      signals,
    });
    expect(decision).toMatchObject({
      escalate: true,
      reason: 'human_request',
      sentiment: -0.7,
      language: 'es',
    });
    // The model's reading is named as such in the evidence agents read.
    const complained = assessMessage(initialTriageState, {
      text: 'the parcel is late again',
      contact: { attributes: {} },
      now: NOW,
      rules: [],
      signals: { complaint: true },
    }).decision;
    expect(complained.reason).toBe('frustration');
    expect(complained.evidence[0]).toBe('classifier: complaint');
  });

  it('returns no signals when the classifier fails, so the built-in detectors decide', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new Error('timeout');
      },
    });
    expect(await llmClassifier(model).classify({ text: 'hello' })).toEqual({});
  });
});
