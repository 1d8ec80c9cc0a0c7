import { describe, expect, it } from 'vitest';
import type { Meta } from '../../worker/conversation/transcript';
import { assessTurn } from '../../worker/conversation/triageStep';
import type { Message } from '../../worker/protocol';
import { type Decision, initialTriageState, type TriageState, WARN_SCORE } from '../../worker/triage';
import { assessMessage } from '../../worker/triage/assess';

const NOW = new Date('2026-03-04T10:00:00Z');
const turn = (state: TriageState, text: string) =>
  assessMessage(state, { text, contact: { attributes: {} }, now: NOW, rules: [] });

// A customer whose patience runs out over four messages; none of them alone is alarming.
const CONVERSATION = [
  "Hi, my order still hasn't arrived.",
  'It was due last week and the tracking page shows nothing, where is it?',
  'Hmm, this is a bit annoying.',
  "I'm not too pleased about this.",
];

describe('frustration over a conversation', () => {
  it('escalates at the fourth message, when it has stayed high, and not before', () => {
    let state = initialTriageState;
    const decisions: Decision[] = [];
    for (const text of CONVERSATION) {
      const out = turn(state, text);
      state = out.state;
      decisions.push(out.decision);
    }
    expect(decisions.map((d) => d.escalate)).toEqual([false, false, false, true]);
    const last = decisions[3]!;
    expect(last.reason).toBe('frustration');
    expect(last.evidence[0]).toMatch(/upset for several messages/);
    expect(last.priority).toBe('high');
    expect(last.trend).toBeLessThan(0);
    expect(state.escalated).toEqual({ reason: 'frustration', turn: 4 });
    expect(state.sentiments).toHaveLength(4);
  });

  it('does not escalate the same last message on its own: one mild complaint is not enough', () => {
    expect(turn(initialTriageState, CONVERSATION[3]!).decision.escalate).toBe(false);
    expect(turn(initialTriageState, CONVERSATION[2]!).decision.escalate).toBe(false);
  });

  it('warns through the predictive score before the handoff', () => {
    let state = initialTriageState;
    const scores: number[] = [];
    for (const text of CONVERSATION) {
      const out = turn(state, text);
      state = out.state;
      scores.push(out.decision.score);
    }
    expect(scores[0]!).toBeLessThan(WARN_SCORE);
    expect(scores[2]!).toBeGreaterThan(scores[1]!);
    expect(scores[2]!).toBeGreaterThanOrEqual(WARN_SCORE);
    expect(scores[3]!).toBeGreaterThanOrEqual(0.85);
  });

  it('escalates frustration that keeps rising', () => {
    let state = initialTriageState;
    const texts = [
      'My refund has not arrived yet.',
      'I am a bit disappointed, it has been a while.',
      'I am really disappointed and annoyed now.',
    ];
    const out = texts.map((t) => {
      const r = turn(state, t);
      state = r.state;
      return r.decision;
    });
    expect(out[2]!.reason).toBe('frustration');
  });

  it('calms down: a happy message after a bad one does not escalate', () => {
    const state = turn(initialTriageState, 'This is getting really annoying.').state;
    const after = turn(state, 'Oh it just arrived, great, thank you so much!');
    expect(after.decision.escalate).toBe(false);
    expect(after.decision.sentiment).toBeGreaterThan(0.3);
    expect(after.decision.trend).toBeGreaterThan(0);
    expect(after.state.turns).toBe(2);
  });

  it('escalates in other languages as frustration builds', () => {
    let state = initialTriageState;
    const texts = [
      'Mi pedido todavía no ha llegado.',
      'Esto es muy molesto.',
      'La verdad, esto no está nada bien.',
    ];
    const decisions = texts.map((t) => {
      const r = turn(state, t);
      state = r.state;
      return r.decision;
    });
    expect(decisions[0]!.escalate).toBe(false);
    expect(decisions.some((d) => d.reason === 'frustration')).toBe(true);
    expect(decisions[2]!.language).toBe('es');
  });
});

describe('upset at the start: the bot answers first', () => {
  const run = (texts: string[], signals?: { frustrated: boolean; complaint?: boolean }[]) => {
    let state = initialTriageState;
    return texts.map((text, i) => {
      const out = assessMessage(state, {
        text,
        contact: { attributes: {} },
        now: NOW,
        rules: [],
        ...(signals?.[i] ? { signals: signals[i] } : {}),
      });
      state = out.state;
      return { ...out.decision, upset: out.state.upset === true };
    });
  };
  const START = "this is ridiculous, I've been charged twice for my stay";
  /** A person now: frustration, not tentative, no upset start kept open. */
  const expectAtOnce = (d: (Decision & { upset: boolean }) | undefined, label: string) => {
    expect(d, label).toMatchObject({ escalate: true, reason: 'frustration', upset: false });
    expect(d!.tentative, label).toBeUndefined();
  };

  it('reports the complaint but lets the bot try: tentative, and still open while the visitor gives details', () => {
    const [first, details] = run([START, 'booking ALD-55902']);
    expect(first).toMatchObject({ escalate: true, reason: 'frustration', tentative: true, upset: true });
    expect(first!.evidence[0]).toMatch(/ridiculous/);
    // Details are no thanks: still ready to hand off, still the bot's turn.
    expect(details).toMatchObject({ escalate: true, reason: 'frustration', tentative: true, upset: true });
    // …and the agent reads what upset them without scrolling back.
    expect(details!.evidence[0]).toMatch(/^upset in their first message \("[^"]*ridiculous[^"]*"\)/);
  });

  it('is settled by thanks or a calm sentence, in the seven languages and beyond', () => {
    for (const [start, end] of [
      [START, 'ok that makes sense, thanks'],
      [START, "oh great, so the second one is only a hold, that's fine then"],
      ['Mega nervig, euer Excel-Export bricht jedes Mal bei 80 % ab!!', "ja, als CSV ging's durch. danke"],
      ['у 214 номері не працює кондиціонер, спека жахлива, спати неможливо', 'о, задуло! дякую'],
    ] as const) {
      const out = run([start, end]);
      expect(out[0]).toMatchObject({ tentative: true });
      expect(out[1], end).toMatchObject({ escalate: false, reason: null, upset: false });
    }
  });

  it('hands off, no longer tentative, when the visitor is still upset after the answer', () => {
    const out = run([START, 'booking ALD-55902', 'and?? nothing has changed on my card']);
    expectAtOnce(out[2], 'still upset');
    expect(out[2]!.evidence[0]).toMatch(
      /^still upset after the bot's answer: "and\?\? nothing has changed on my card" \(first: "[^"]*ridiculous/,
    );
    // A bare "super" is no settling word (irony, often): still open.
    expect(run([START, 'super'])[1]).toMatchObject({ escalate: true, tentative: true });
  });

  it('hands off at once when the first message tells of an earlier try, or a model reads anger', () => {
    for (const text of [
      'This is the second time I have to write about this, this is ridiculous. Where is my refund?',
      'I was promised a refund last week, this is ridiculous',
      'ridiculous service. if this happens again I am cancelling my contract',
      'ridiculous, never again',
      'уже третий раз пишу, это возмутительно, где мой возврат?',
    ])
      expectAtOnce(run([text])[0], text);
    // A model that reads a complaint but no anger lets the bot try, as the rules do.
    expect(run([START], [{ frustrated: false, complaint: true }])[0]).toMatchObject({
      escalate: true,
      reason: 'frustration',
      tentative: true,
    });
    expectAtOnce(run([START], [{ frustrated: true }])[0], 'a model reads anger');
  });

  it('tells the trouble recurring from an earlier contact', () => {
    // "AGAIN" and "still" are the trouble; "third time I'm contacting you", "asked 3 times" are tries.
    for (const text of [
      'ugh my phone says no service AGAIN, this is so annoying',
      "my refund still hasn't arrived, this is ridiculous. how long does it take?",
      'Вітаю! Я оплатила курс, а доступу досі немає, жах',
    ])
      expect(run([text])[0], text).toMatchObject({ escalate: true, tentative: true });
    for (const text of [
      "This is the third time I'm contacting you about this, ridiculous",
      "I've asked 3 times already, this is ridiculous",
      'пишу вам уже третий раз, это возмутительно',
    ])
      expectAtOnce(run([text])[0], text);
  });

  it('is only the first message: a complaint later in the conversation hands off at once', () => {
    expectAtOnce(run(['hi, where can I see my invoices?', START])[1], 'second message');
  });
});

describe('a bot going in circles (what the conversation object passes triage)', () => {
  const meta = { id: 'c1', workspaceId: 'w1', contactAttributes: {} } as unknown as Meta;
  const bot = (seq: number, body: string): Message => ({
    seq,
    clientId: `b${seq}`,
    kind: 'bot',
    authorId: null,
    authorName: 'Bot',
    body,
    at: 0,
    data: { confidence: 0.9 },
  });
  const unlock = 'To unblock your card, open the app and go to Cards > Unblock.';
  const step = (text: string, earlier: Message[]) =>
    assessTurn({
      meta,
      text,
      retrieval: null,
      rules: [],
      lastBotReply: bot(5, `Sorry about that. ${unlock}`),
      earlierBotReplies: earlier,
      now: NOW.getTime(),
    }).decision;

  it('hands off when its last reply says again what an earlier one said, and the visitor sighs', () => {
    const d = step('super.', [bot(3, "Sorry, I didn't get that."), bot(1, unlock)]);
    expect(d).toMatchObject({ escalate: true, reason: 'frustration' });
    expect(d.evidence).toContain('the bot repeated an earlier answer');
  });

  it('does not when the earlier replies said something else, or the visitor thanks it', () => {
    expect(step('super.', [bot(1, 'Your card will arrive within five working days.')]).escalate).toBe(false);
    expect(step('ah, found it, thanks!', [bot(1, unlock)]).escalate).toBe(false);
  });
});
