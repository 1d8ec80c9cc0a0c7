import type { InboxClientFrame, InboxFrame, Offer } from '../worker/protocol';
import { failureText, getConversation, joinConversation } from './api';
import type { ConversationDetail } from './detailTypes';
import type { Notices } from './notices';
import { Store } from './store';

/**
 * open: waiting for an answer · accepting/declining: sent, waiting for the server ·
 * closed: gone from the server's side (withdrawn, expired, lost the race); `note` says why,
 * and the card lingers briefly so the agent sees what happened.
 */
export type OfferPhase = 'open' | 'accepting' | 'declining' | 'closed';

export interface OfferCardState {
  offer: Offer;
  /** When it arrived here: the countdown bar runs from this to expiresAt. */
  receivedAt: number;
  phase: OfferPhase;
  note: string | null;
  /** The conversation behind the offer (latest brief, transcript), fetched when it arrives. */
  detail: ConversationDetail | null;
  detailError: string | null;
}

type Withdrawn = Extract<InboxFrame, { type: 'offer_withdrawn' }>;
type ClaimResult = Extract<InboxFrame, { type: 'claim_result' }>;

/** How long a closed card stays up with its note. */
const LINGER_MS = 3500;
/** Past expiresAt without word from the server (socket down?), the card goes by itself. */
const EXPIRY_SLACK_MS = 2500;
/** When an offer's conversation has no brief yet, fetch again after these delays. */
const BRIEF_RETRIES_MS = [1500, 4000];

function withdrawnNote(f: Withdrawn, o: Offer): string {
  switch (f.reason) {
    case 'timeout':
      return 'Offer expired — it went to the next person.';
    case 'declined':
      return 'You passed on this conversation.';
    case 'taken':
      return `${f.byName ?? 'Someone else'} took this conversation.`;
    case 'cancelled':
      return o.kind === 'transfer'
        ? 'The transfer was cancelled.'
        : 'No longer offered to you (the customer stopped waiting, or your status changed).';
  }
}

/**
 * Private warm offers to this agent, and the answers to accept / pick-up. Exactly one agent
 * wins a claim; the winner is taken to the conversation, everyone else is told who won.
 */
export class OfferModel {
  readonly cards = new Store<readonly OfferCardState[]>([]);
  /** Conversations this agent asked to pick up, awaiting the server's answer. */
  readonly pickingUp = new Store<ReadonlySet<string>>(new Set());
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly ticker: ReturnType<typeof setInterval>;
  constructor(
    private readonly send: (frame: InboxClientFrame) => boolean,
    private readonly notices: Notices,
    private readonly onClaimed: (conversationId: string) => void,
  ) {
    this.ticker = setInterval(() => this.expire(), 1000);
  }

  receive(offer: Offer) {
    const known = this.cards.get().find((c) => c.offer.id === offer.id);
    if (known) return this.patch(offer.id, { offer });
    this.cards.update((cards) => [
      ...cards,
      { offer, receivedAt: Date.now(), phase: 'open', note: null, detail: null, detailError: null },
    ]);
    void this.loadDetail(offer.id, offer.conversationId);
  }

  withdrawn(f: Withdrawn): void {
    const card = this.cards.get().find((c) => c.offer.id === f.offerId);
    if (!card || card.phase === 'closed') return;
    this.close(f.offerId, withdrawnNote(f, card.offer));
  }

  claimResult(f: ClaimResult) {
    if (f.offerId === undefined) {
      // A pick-up from the queue.
      if (f.conversationId === null) return;
      this.donePicking(f.conversationId);
      return this.claimed(f.conversationId, f.ok, f.message);
    }
    const card = this.cards.get().find((c) => c.offer.id === f.offerId);
    // Already told (e.g. withdrawn as taken just before this answer): nothing more to say.
    if (!card || card.phase === 'closed') return;
    if (f.ok) {
      this.remove(card.offer.id);
      this.onClaimed(card.offer.conversationId);
    } else {
      this.close(card.offer.id, f.message);
    }
  }

  accept(offerId: string): void {
    const card = this.cards.get().find((c) => c.offer.id === offerId);
    if (card?.phase !== 'open') return;
    if (!this.send({ type: 'accept', offerId })) {
      this.notices.push('Not connected — reconnecting. Try again in a moment.', 'error');
      return;
    }
    this.patch(offerId, { phase: 'accepting' });
  }

  decline(offerId: string, reason?: string): void {
    const card = this.cards.get().find((c) => c.offer.id === offerId);
    if (card?.phase !== 'open') return;
    if (!this.send({ type: 'decline', offerId, ...(reason ? { reason } : {}) })) {
      this.notices.push('Not connected — reconnecting. Try again in a moment.', 'error');
      return;
    }
    this.patch(offerId, { phase: 'declining' });
    // The server answers with offer_withdrawn (declined); don't wait on it to clear the card.
    this.later(() => {
      const c = this.cards.get().find((x) => x.offer.id === offerId);
      if (c?.phase === 'declining') this.remove(offerId);
    }, 1500);
  }

  /** Manual pick-up from the queue (or of a bot conversation): over the socket, else REST. */
  pickup(conversationId: string): void {
    if (this.pickingUp.get().has(conversationId)) return;
    this.pickingUp.update((s) => new Set([...s, conversationId]));
    if (this.send({ type: 'pickup', conversationId })) return;
    joinConversation(conversationId)
      .then((r) => this.claimed(conversationId, r.ok, r.message))
      .catch((err: unknown) => this.claimed(conversationId, false, failureText(err, 'Could not pick it up.')))
      .finally(() => this.donePicking(conversationId));
  }

  /** The latest brief for an offer's conversation (the brief changes while the customer waits). */
  refreshDetail(offerId: string): void {
    const card = this.cards.get().find((c) => c.offer.id === offerId);
    if (card) void this.loadDetail(offerId, card.offer.conversationId);
  }

  dispose(): void {
    clearInterval(this.ticker);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  // ── Internals ──

  private claimed(conversationId: string, ok: boolean, message: string): void {
    if (ok) this.onClaimed(conversationId);
    else this.notices.push(message || 'Someone else took this conversation.', 'error');
  }

  private donePicking(conversationId: string): void {
    this.pickingUp.update((s) => {
      const next = new Set(s);
      next.delete(conversationId);
      return next;
    });
  }

  private async loadDetail(offerId: string, conversationId: string, attempt = 0): Promise<void> {
    try {
      const detail = await getConversation(conversationId);
      this.patch(offerId, { detail, detailError: null });
      // Triage may still be writing the brief as the offer goes out: look again shortly.
      if (detail.brief == null && attempt < BRIEF_RETRIES_MS.length)
        this.later(() => {
          if (this.cards.get().some((c) => c.offer.id === offerId && c.phase === 'open'))
            void this.loadDetail(offerId, conversationId, attempt + 1);
        }, BRIEF_RETRIES_MS[attempt]!);
    } catch (err) {
      this.patch(offerId, { detailError: failureText(err, 'Could not load the conversation.') });
    }
  }

  private expire(): void {
    const now = Date.now();
    for (const c of this.cards.get()) {
      if (c.phase === 'open' && now > c.offer.expiresAt + EXPIRY_SLACK_MS)
        this.close(c.offer.id, 'Offer expired — it went to the next person.');
    }
  }

  private close(offerId: string, note: string): void {
    this.patch(offerId, { phase: 'closed', note });
    this.later(() => this.remove(offerId), LINGER_MS);
  }

  private remove(offerId: string): void {
    this.cards.update((cards) => cards.filter((c) => c.offer.id !== offerId));
  }

  private patch(offerId: string, p: Partial<OfferCardState>): void {
    this.cards.update((cards) => {
      if (!cards.some((c) => c.offer.id === offerId)) return cards;
      return cards.map((c) => (c.offer.id === offerId ? { ...c, ...p } : c));
    });
  }

  private later(fn: () => void, ms: number): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }
}
