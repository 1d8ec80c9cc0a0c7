import { cachedBotSettings } from '../bot/settings';
import type { Env } from '../env';
import type { Brief } from '../protocol';
import { buildBrief, writeBrief } from '../triage';
import type { ConversationHost } from './host';
import { loadBrief, messagesAfter, saveBrief } from './transcript';
import { briefInputOf, withHandoffReason } from './triageStep';

export type BriefHost = Pick<ConversationHost, 'meta' | 'sql' | 'broadcast'>;

/** How long a handoff waits for the model's brief before offering with the built-in one. */
export const BRIEF_WAIT_MS = 3000;

/**
 * Keeps the handoff brief current. The deterministic brief is written at once, so it exists
 * before any agent is offered the conversation; with a model configured, the model's prose then
 * replaces it when it arrives (one model call at a time; a newer refresh supersedes an older one,
 * and keeps the model's last brief up until its own is in).
 * Agents' sockets hear `brief` so an open console refetches it.
 */
export function createBriefWriter(host: BriefHost, env: Env) {
  /** Bumped on every refresh: a model brief for an older transcript is never stored. */
  let generation = 0;
  let running: Promise<void> | null = null;
  let again = false;
  /** Whether the stored brief is the model's; read from storage once (e.g. after a wake-up). */
  let modelWrote: boolean | null = null;
  const storedIsModel = () => (modelWrote ??= loadBrief(host.sql)?.source === 'llm');
  const store = (brief: Brief) => {
    saveBrief(host.sql, brief);
    modelWrote = brief.source === 'llm';
    announce();
  };

  /**
   * `force`: about to ask routing for a person (the bot still holds the conversation); then the
   * returned promise waits (bounded) for the model's brief, so the offered agent reads it.
   */
  async function refresh(force = false): Promise<void> {
    const meta = host.meta;
    if (!meta?.lastDecision || meta.status === 'resolved' || (meta.status === 'bot' && !force)) return;
    generation += 1;
    // A model's brief is not swapped for the built-in one while its successor is being written.
    if (force || !storedIsModel()) store(buildBrief(inputNow()!));
    const written = improve();
    if (!force) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([written, new Promise<void>((r) => (timer = setTimeout(r, BRIEF_WAIT_MS)))]);
    clearTimeout(timer);
  }

  /** One model call at a time; a refresh during one runs another after it, for the newer transcript. */
  function improve(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = rewrite().finally(() => {
      running = null;
    });
    return running;
  }

  function inputNow() {
    const meta = host.meta;
    if (!meta?.lastDecision) return null;
    const decision = withHandoffReason(meta.lastDecision, meta.handoffReason ?? null);
    return briefInputOf(meta, messagesAfter(host.sql, 0, false), decision, Date.now());
  }

  async function rewrite(): Promise<void> {
    try {
      do {
        again = false;
        const meta = host.meta;
        if (!meta) return;
        const { model } = await cachedBotSettings(env, meta.workspaceId);
        if (!model) return;
        const gen = generation;
        const input = inputNow();
        if (!input) return;
        // On failure this is the built-in brief for the same transcript: still the freshest.
        const brief = await writeBrief(input, model);
        // The conversation moved on meanwhile: the next round writes for the newer transcript.
        if (gen !== generation || host.meta?.status === 'resolved') continue;
        store(brief);
      } while (again);
    } catch (err) {
      console.error('brief writer failed', err);
    }
  }

  function announce() {
    host.broadcast({ type: 'brief', at: Date.now() }, (who) => who.role === 'agent');
  }

  return { refresh };
}
