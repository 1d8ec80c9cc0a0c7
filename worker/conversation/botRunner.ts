import { type BotMemory, freshMemory, runBotTurn } from '../bot/engine';
import { actionFetcher } from '../bot/fetchAction';
import { forUpsetVisitor } from '../bot/kbAnswer';
import { knowledgeRetriever } from '../bot/retriever';
import { cachedBotSettings } from '../bot/settings';
import type { ActionStep, BotSink, Retrieval, Retriever, Turn } from '../bot/types';
import type { Env } from '../env';
import { logEvent } from '../lib/log';
import { type Lines, linesFor } from '../lines';
import type { ConversationStatus, Message, MessageData } from '../protocol';
import {
  asksQuestion,
  type Decision,
  type ExternalSignals,
  llmClassifier,
  RECENT_BOT_REPLIES,
  type TriageState,
} from '../triage';
import type { ConversationHost } from './host';
import { messagesAfter, recentOfKind, saveMeta } from './transcript';
import { type Assessment, applyAssessment, assessTurn, triageTurn } from './triageStep';

export const BOT_NAME = 'Assistant';
/** The bot answers until a person holds the conversation, including while it waits in the queue. */
export const botMayAnswer = (s: ConversationStatus) => s === 'bot' || s === 'queued' || s === 'offered';

/**
 * The bot answers when the visitor pauses, not at every Enter: people type a question in
 * several short messages, and answering each would be wrong and waste work (and model calls).
 */
export const BOT_DEBOUNCE_MS = 600;
/** A pause this long in a burst starts the answer's lookups (see schedule). */
const PREFETCH_AFTER_MS = 100;
/** Typing may hold the answer back, but never longer than this after the first message. */
const MAX_DEFER_MS = 4000;
const TURN_TIMEOUT_MS = 45_000;
const CONTEXT_MESSAGES = 40;

/** What the runner needs from the conversation object. */
export type BotHost = Pick<
  ConversationHost,
  'meta' | 'sql' | 'append' | 'broadcast' | 'broadcastMessage' | 'requestHandoff' | 'refreshBrief'
>;

/** Said when triage brings a person in: why, and that the bot keeps helping meanwhile. */
const handoffLine = (reason: string | null, lines: Lines) => {
  const why =
    lines.handoffBecause[(reason ?? 'rule') as keyof Lines['handoffBecause']] ?? lines.handoffBecause.rule;
  return `${why} ${lines.keepHelping}`;
};

/**
 * Triage wants a person now. A plain request for a person goes through the bot instead (it may
 * offer alternatives first), and so does a first weak match (its unsure answer offers a person);
 * frustration, recurring gaps, complexity and rules escalate here.
 */
const mustEscalate = (d: Decision, status: ConversationStatus) =>
  d.escalate && d.reason !== 'human_request' && !d.tentative && status === 'bot';

/** One knowledge-base lookup per question per turn, however many parts ask for it. */
function once(retrieve: Retriever): Retriever {
  const cache = new Map<string, Promise<Retrieval>>();
  return (q) => {
    const hit = cache.get(q) ?? retrieve(q);
    if (!cache.has(q)) {
      cache.set(q, hit);
      // A failed lookup is not kept: the turn tries again.
      hit.catch(() => cache.delete(q));
    }
    return hit;
  };
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** The bot's last replies, newest first: the last one and those it may repeat (not its greeting). */
function lastBotReplies(sql: SqlStorage): Message[] {
  return recentOfKind(sql, 'bot', RECENT_BOT_REPLIES + 2)
    .filter((m) => m.clientId !== 'greeting')
    .slice(0, RECENT_BOT_REPLIES + 1);
}

/**
 * Runs bot turns for one conversation: one at a time, streamed to every socket,
 * cancelled the moment a person takes over (nothing it wrote after that is stored).
 */
export function createBotRunner(host: BotHost, env: Env) {
  let current: { id: string; controller: AbortController; question: string } | null = null;
  let pending: { parts: string[]; firstAt: number; timer: ReturnType<typeof setTimeout> | null } | null =
    null;

  const getSettings = (workspaceId: string) => cachedBotSettings(env, workspaceId);

  /** Stops the answer being written (a person took over); returns the question it was answering. */
  function stopCurrent(): string | null {
    if (!current) return null;
    const { question } = current;
    current.controller.abort();
    host.broadcast({ type: 'stream', id: current.id, delta: '', cancelled: true });
    current = null;
    return question;
  }

  /** A person took over, or the conversation closed: no answer now, none pending. */
  function cancel() {
    stopCurrent();
    if (prefetchTimer) clearTimeout(prefetchTimer);
    if (pending?.timer) clearTimeout(pending.timer);
    pending = null;
    prepared = null;
  }

  /** A visitor message: answer it, with any that follow quickly, once the visitor pauses. */
  function schedule(question: string) {
    // An answer still being written is superseded: its question joins the new burst.
    const unanswered = stopCurrent();
    if (!pending) {
      pending = { parts: unanswered ? [unanswered] : [], firstAt: Date.now(), timer: null };
      lookups = null;
    }
    pending.parts.push(question);
    defer(BOT_DEBOUNCE_MS);
    // The pause is not wasted: once it has lasted a moment, settings and the knowledge-base
    // lookup for the burst so far load, so the answer is ready when the visitor stops typing —
    // and messages sent in quick succession get through with no lookup competing.
    if (prefetchTimer) clearTimeout(prefetchTimer);
    const p = pending;
    prefetchTimer = setTimeout(() => {
      if (pending === p) prepare(p.parts.join('\n'));
    }, PREFETCH_AFTER_MS);
  }
  let prefetchTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Triage of a burst, worked out during the visitor's pause. It holds while nothing it read has
   * changed by the time the turn starts: the same text and triage state, nothing written since.
   */
  interface Prepared {
    text: string;
    triageBefore: TriageState | undefined;
    /** Nothing written since (no bot reply either) when the transcript still ends here. */
    lastSeq: number;
    /** Built-in triage. */
    assessment: Promise<Assessment>;
    /** LLM mode: triage with the classifier's signals once they are in (else the built-in one). */
    withSignals: Promise<Assessment>;
    /** The same, once it has settled. */
    refined: Assessment | null;
  }
  let prepared: Prepared | null = null;

  function prepare(text: string): Prepared | null {
    const meta = host.meta;
    if (!meta) return null;
    const [lastBot = null, ...earlierBot] = lastBotReplies(host.sql);
    const snapshot = { ...meta };
    const settings = getSettings(meta.workspaceId);
    const retrieval = lookupsFor(meta.workspaceId)(text);
    const assess = async (signals?: ExternalSignals) => {
      const [s, r] = await Promise.all([settings, retrieval]);
      return assessTurn({
        meta: snapshot,
        text,
        retrieval: r,
        rules: s.rules,
        lastBotReply: lastBot,
        earlierBotReplies: earlierBot,
        llmMode: s.model !== null,
        now: Date.now(),
        ...(signals ? { signals } : {}),
      });
    };
    const assessment = assess();
    assessment.catch(() => {});
    const p: Prepared = {
      text,
      triageBefore: meta.triage,
      lastSeq: meta.lastSeq,
      assessment,
      withSignals: assessment,
      refined: null,
    };
    const before = meta.lastSeq;
    p.withSignals = settings
      .then(async (s) => {
        if (!s.model) return assessment;
        // The turns before the burst (its own messages are `text`).
        const history = turnsOf(messagesAfter(host.sql, Math.max(0, before - 8), false, 8));
        while (history.at(-1)?.role === 'visitor') history.pop();
        return assess(await llmClassifier(s.model).classify({ text, history }));
      })
      // The signals are optional: a failed model leaves the built-in triage.
      .catch(() => assessment)
      .then((a) => {
        p.refined = a;
        return a;
      });
    prepared = p;
    return p;
  }

  /** The prepared triage for this turn, or a fresh one when the burst or the state moved on. */
  function preparedFor(text: string): Prepared | null {
    const meta = host.meta;
    const p = prepared;
    prepared = null;
    if (p && meta && p.text === text && p.triageBefore === meta.triage && p.lastSeq === meta.lastSeq)
      return p;
    return prepare(text);
  }

  /** The knowledge-base lookups of the current burst, shared by the prefetch and the turn. */
  let lookups: Retriever | null = null;
  function lookupsFor(workspaceId: string): Retriever {
    lookups ??= once(knowledgeRetriever(env, workspaceId));
    return lookups;
  }

  /** The visitor is still typing: hold the answer a little longer (bounded). */
  function visitorTyping(on: boolean) {
    if (pending) defer(on ? BOT_DEBOUNCE_MS * 3 : BOT_DEBOUNCE_MS);
  }

  function defer(ms: number) {
    const p = pending!;
    if (p.timer) clearTimeout(p.timer);
    const wait = Math.max(0, Math.min(ms, p.firstAt + MAX_DEFER_MS - Date.now()));
    p.timer = setTimeout(() => {
      if (pending !== p) return;
      pending = null;
      void start(p.parts.join('\n'));
    }, wait);
  }

  function start(question: string): Promise<void> {
    const turn = { id: crypto.randomUUID(), controller: new AbortController(), question };
    current = turn;
    return run(turn, question).finally(() => {
      if (current === turn) current = null;
    });
  }

  async function run(turn: { id: string; controller: AbortController }, question: string) {
    const meta = host.meta;
    if (!meta) return;
    const startedAt = performance.now();
    // A plain timer (cleared at the end) rather than AbortSignal.timeout, which would keep the object busy.
    const timer = setTimeout(() => turn.controller.abort(new Error('bot turn timed out')), TURN_TIMEOUT_MS);
    const signal = turn.controller.signal;
    const live = () => current === turn && !signal.aborted;
    const sink: BotSink = {
      delta: (text) => live() && host.broadcast({ type: 'stream', id: turn.id, delta: text }),
      status: (text) => live() && host.broadcast({ type: 'stream', id: turn.id, delta: '', status: text }),
      action: (step: ActionStep) => {
        if (!live()) return;
        const data: MessageData = {
          action: { name: step.name, input: step.input, ok: step.ok, result: step.result },
        };
        const body = step.ok
          ? step.visitorText.replace(/…$/, '')
          : `${step.visitorText.replace(/…$/, '')} — that didn't work`;
        host.broadcastMessage(host.append('action', null, BOT_NAME, body, 'bot', crypto.randomUUID(), data));
      },
    };
    try {
      const s = await getSettings(meta.workspaceId);
      const retrieve = lookupsFor(meta.workspaceId);
      // Triage first: it may decide a person is needed now, and whether the bot may answer at all.
      const p = preparedFor(question);
      if (!p) return;
      const built = await p.assessment;
      // The model's reading is used when it is already in; it never holds the answer back.
      const decision = applyAssessment(meta, p.refined ?? built);
      saveMeta(host.sql, meta);
      if (!p.refined) void lateSignals(p, meta.triage);
      if (!live()) return;
      const escalate = mustEscalate(decision, meta.status);
      const upset = decision.tentative === true && decision.reason === 'frustration' && meta.status === 'bot';
      // A complaint that asks nothing gets a person, not articles: the bot answers questions only.
      if (escalate && (!decision.botMayAnswer || !asksQuestion(question))) {
        if (await host.requestHandoff(decision.reason ?? 'rule'))
          say(turn.id, handoffLine(decision.reason, linesFor(meta.language)));
        return;
      }
      const { reply: answered, memory } = await runBotTurn({
        question,
        personRequested: decision.reason === 'human_request',
        turns: turnsOf(messagesAfter(host.sql, Math.max(0, meta.lastSeq - CONTEXT_MESSAGES), false)),
        persona: { ...s.persona, language: decision.language },
        retrieve,
        model: s.model,
        actions: s.actions,
        fetchAction: actionFetcher(env),
        sink,
        signal,
        memory: meta.bot ?? freshMemory,
        waitingForPerson: meta.status !== 'bot',
      });
      if (!live()) return;
      remember(memory);
      // A handoff is announced once routing has answered: queued, or an honest fallback instead.
      if (answered.handoff && !(await host.requestHandoff(answered.handoff.reason))) return;
      // Upset from the first message, the bot answers first — when it has an answer to give.
      const lines = linesFor(meta.language);
      const reply = upset && !answered.handoff ? forUpsetVisitor(answered, lines) : answered;
      if (!reply) {
        if (await host.requestHandoff('frustration')) say(turn.id, handoffLine('frustration', lines));
        return;
      }
      // The apology is its own line (knowledge-base mode; a model words its own): the brief lists
      // the answer as what the bot tried, not the apology.
      if (upset && !s.model && meta.triage?.turns === 1) say(crypto.randomUUID(), lines.upsetApology);
      // A notice carries no confidence, so the brief does not list it as something the bot tried.
      const data: MessageData = { citations: reply.citations };
      if (reply.confidence !== undefined) data.confidence = reply.confidence;
      if (reply.options?.length) data.options = reply.options;
      host.broadcastMessage(
        host.append('bot', null, BOT_NAME, reply.text || lines.sorry, 'bot', turn.id, data),
      );
      logEvent('bot_turn', {
        conversationId: meta.id,
        mode: s.model ? 'llm' : 'kb',
        // The pause's end to the answer sent; the model's share of it alone, for the bot's own time.
        ms: round1(performance.now() - startedAt),
        modelCalls: reply.model?.calls ?? 0,
        modelMs: round1(reply.model?.ms ?? 0),
        confidence: reply.confidence ?? null,
      });
      // The model's reading of the message may have landed while the answer was written.
      const settled = meta.lastDecision ?? decision;
      const escalateNow = escalate || mustEscalate(settled, meta.status);
      if (escalateNow && !reply.handoff && (await host.requestHandoff(settled.reason ?? 'rule'))) {
        say(crypto.randomUUID(), handoffLine(settled.reason, lines));
      }
      void host.refreshBrief();
    } catch (err) {
      if (current !== turn) return;
      console.error('bot turn failed', err);
      const lines = linesFor(host.meta?.language);
      const data: MessageData = { options: [lines.talkToPerson] };
      host.broadcastMessage(host.append('bot', null, BOT_NAME, lines.sorry, 'bot', turn.id, data));
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * LLM mode: the model's reading of the message arrives when it arrives; the turn never waits
   * for it. When it lands, this turn's triage is redone with it (unless a newer turn has moved
   * on), and a person is brought in if the model saw what the built-in detectors missed.
   */
  async function lateSignals(p: Prepared, applied: TriageState | undefined) {
    const refined = await p.withSignals;
    const meta = host.meta;
    if (!meta || meta.triage !== applied || refined === (await p.assessment)) return;
    const decision = applyAssessment(meta, refined);
    saveMeta(host.sql, meta);
    // A turn still answering acts on it when its answer is out.
    if (current) return;
    if (mustEscalate(decision, meta.status) && (await host.requestHandoff(decision.reason ?? 'rule')))
      say(crypto.randomUUID(), handoffLine(decision.reason, linesFor(meta.language)));
    else if (decision.reason === 'human_request' && meta.status === 'bot' && !pending) {
      // The model heard a wish for a person the bot's own reading missed: offer one, one tap away.
      const lines = linesFor(meta.language);
      const data: MessageData = { options: [lines.talkToPerson] };
      host.broadcastMessage(
        host.append('bot', null, BOT_NAME, lines.personOffer, 'bot', crypto.randomUUID(), data),
      );
    }
  }

  function say(clientId: string, text: string) {
    host.broadcastMessage(host.append('bot', null, BOT_NAME, text, 'bot', clientId));
  }

  /** A visitor message while a person holds the conversation: triage still reads it (sentiment, brief). */
  async function observe(text: string) {
    const meta = host.meta;
    if (!meta) return;
    const s = await getSettings(meta.workspaceId);
    triageTurn({ meta, text, retrieval: null, rules: s.rules, lastBotReply: null, now: Date.now() });
    saveMeta(host.sql, meta);
    void host.refreshBrief();
  }

  function remember(memory: BotMemory) {
    const meta = host.meta;
    if (!meta || JSON.stringify(meta.bot ?? freshMemory) === JSON.stringify(memory)) return;
    meta.bot = memory;
    saveMeta(host.sql, meta);
  }

  return { schedule, visitorTyping, cancel, observe };
}

export type BotRunner = ReturnType<typeof createBotRunner>;

function turnsOf(messages: Message[]): Turn[] {
  const turns: Turn[] = [];
  for (const m of messages) {
    if (m.kind === 'visitor' || m.kind === 'bot' || m.kind === 'agent')
      turns.push({ role: m.kind, text: m.body });
  }
  return turns;
}
