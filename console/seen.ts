import type { ConversationSummary } from '../worker/protocol';
import { Store } from './store';

const MAX_ENTRIES = 1000;

interface SeenData {
  /** When this browser first ran the console for the agent: older activity counts as read. */
  since: number;
  /** Conversation id → the lastSeq the agent had on screen. */
  seq: Record<string, number>;
}

/**
 * Per-agent, per-browser "what have I looked at" marks behind the unread dots.
 * A conversation is unread when its lastSeq grew past the mark; one never opened is
 * unread when it had activity after the console first ran here.
 */
export class SeenTracker {
  readonly store: Store<SeenData>;
  private readonly key: string;

  constructor(agentId: string) {
    this.key = `baton.seen.${agentId}`;
    this.store = new Store(this.load());
  }

  isUnread(s: ConversationSummary): boolean {
    const { since, seq } = this.store.get();
    const mark = seq[s.id];
    return mark === undefined ? s.updatedAt > since : s.lastSeq > mark;
  }

  markSeen(id: string, lastSeq: number): void {
    const data = this.store.get();
    if ((data.seq[id] ?? -1) >= lastSeq) return;
    const seq = { ...data.seq, [id]: lastSeq };
    const ids = Object.keys(seq);
    // Oldest marks go first (insertion order); a dropped mark falls back to the `since` rule.
    for (const old of ids.slice(0, Math.max(0, ids.length - MAX_ENTRIES))) delete seq[old];
    this.store.set({ ...data, seq });
    try {
      localStorage.setItem(this.key, JSON.stringify(this.store.get()));
    } catch {}
  }

  private load(): SeenData {
    try {
      const raw = JSON.parse(localStorage.getItem(this.key) ?? 'null') as SeenData | null;
      if (raw && typeof raw.since === 'number' && typeof raw.seq === 'object' && raw.seq) return raw;
    } catch {}
    const fresh = { since: Date.now(), seq: {} };
    try {
      localStorage.setItem(this.key, JSON.stringify(fresh));
    } catch {}
    return fresh;
  }
}
