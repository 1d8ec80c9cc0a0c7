import type { AgentProfile, ConversationSummary, InboxView } from '../worker/protocol';
import { ApiFailure, listConversations } from './api';
import type { FeedStatus } from './inboxFeed';
import { byRecent, isNewer, matchesView, upsert } from './inboxList';
import { Store } from './store';

export interface InboxState {
  view: InboxView;
  /** The open tab's conversations, most recent first. */
  items: ConversationSummary[];
  loading: boolean;
  error: string | null;
  feed: FeedStatus;
}

/**
 * The inbox: the current tab's list (fetched, then kept live from the feed) and every
 * conversation summary seen so far (`known`, freshest version per id) for unread counts,
 * the thread header and the customer sidebar. The feed itself belongs to the Desk, which
 * calls `feedOpened`, `feedStatus` and `apply`.
 */
export class InboxModel {
  readonly state: Store<InboxState>;
  readonly known = new Store<ReadonlyMap<string, ConversationSummary>>(new Map());
  private request = 0;
  /** Ids the feed touched while a list request was in flight: the response may predate them. */
  private touched = new Set<string>();

  constructor(
    private readonly me: AgentProfile,
    view: InboxView,
  ) {
    this.state = new Store<InboxState>({ view, items: [], loading: true, error: null, feed: 'connecting' });
    void this.refresh();
  }

  /** Each (re)connect of the feed: refetch what may have been missed. */
  feedOpened(): void {
    void this.refresh();
    // Unread counts cover open conversations whatever tab is showing.
    const v = this.state.get().view;
    if (v !== 'open' && v !== 'all') void this.prefetch('open');
  }

  feedStatus(feed: FeedStatus): void {
    this.state.update((st) => ({ ...st, feed }));
  }

  setView(view: InboxView): void {
    if (view === this.state.get().view) return;
    const known = this.known.get();
    // Show what is already known for the tab at once; the request then brings the full list.
    const items = [...known.values()].filter((s) => matchesView(s, view, this.me.id)).sort(byRecent);
    this.state.update((st) => ({ ...st, view, items, error: null }));
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const view = this.state.get().view;
    const req = ++this.request;
    this.touched = new Set();
    this.state.update((st) => ({ ...st, loading: true }));
    try {
      const { conversations } = await listConversations(view);
      if (req !== this.request) return;
      this.fold(conversations);
      const known = this.known.get();
      const ids = new Set([...conversations.map((c) => c.id), ...this.touched]);
      const items = [...ids]
        .map((id) => known.get(id))
        .filter((s): s is ConversationSummary => s !== undefined && matchesView(s, view, this.me.id))
        .sort(byRecent);
      this.state.update((st) => ({ ...st, items, loading: false, error: null }));
    } catch (err) {
      if (req !== this.request) return;
      const message = err instanceof ApiFailure ? err.message : 'Could not load conversations.';
      this.state.update((st) => ({ ...st, loading: false, error: message }));
    }
  }

  /** Makes sure a conversation opened by link has a summary (contact, created time). */
  async ensureKnown(id: string): Promise<void> {
    if (!this.known.get().has(id)) await this.prefetch('all');
  }

  dispose(): void {
    this.request += 1;
  }

  private async prefetch(view: InboxView): Promise<void> {
    try {
      this.fold((await listConversations(view)).conversations);
    } catch {}
  }

  /** One live summary from the feed. */
  apply(s: ConversationSummary): void {
    const current = this.known.get().get(s.id);
    if (current && !isNewer(s, current)) return;
    this.fold([s]);
    this.touched.add(s.id);
    this.state.update((st) => ({ ...st, items: upsert(st.items, s, st.view, this.me.id) }));
  }

  private fold(list: readonly ConversationSummary[]): void {
    const known = this.known.get();
    let next: Map<string, ConversationSummary> | null = null;
    for (const s of list) {
      const current = known.get(s.id);
      if (current && !isNewer(s, current)) continue;
      next ??= new Map(known);
      next.set(s.id, s);
    }
    if (next) this.known.set(next);
  }
}
