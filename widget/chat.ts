import type {
  ConversationState,
  ConversationStatus,
  ErrorCode,
  Fallback,
  Message,
  QueueInfo,
  ServerFrame,
  WidgetSettings,
} from '../worker/protocol';
import { MAX_BODY_CHARS, MAX_FRAME_BYTES } from '../worker/protocol/limits';
import {
  createConversation,
  createTicket,
  currentConversation,
  leaveQueue,
  rateConversation,
  type TicketRequest,
} from './api';
import { applyStream, type Draft, isStream } from './botExtras';
import { Connection } from './connection';
import type { MessageEventDetail } from './hostProtocol';
import { failureReason } from './sendFailure';
import { strings, t, visitorLanguage } from './strings';
import { lastSeqOf, mergeMessages, type Pending, settleOutbox } from './timeline';
import { TypingSignal } from './typingSignal';

/** Everything the UI renders, as one immutable snapshot. */
export interface ChatState {
  /** waiting: no session yet; loading: looking for an open conversation; error: that failed (retrying). */
  phase: 'waiting' | 'loading' | 'ready' | 'error';
  settings: WidgetSettings | null;
  conversationId: string | null;
  /** null until the conversation exists and the server said what state it is in. */
  status: ConversationStatus | null;
  assigneeName: string | null;
  /** While waiting for a person: place in line and estimate (null until routing has said). */
  queue: QueueInfo | null;
  /** Nobody can come: the honest reason; the UI offers contact details, a callback or the bot. */
  fallback: Fallback | null;
  /** The fallback card the visitor dismissed ("keep chatting"), by the seq of the bot line it belongs to. */
  fallbackDismissed: number | null;
  /** The score the visitor gave this (closed) conversation, once sent. */
  rated: number | null;
  messages: Message[];
  outbox: Pending[];
  /** none: no conversation yet; down: lost and reconnecting. */
  connection: 'none' | 'connecting' | 'open' | 'down';
  /** Display name of whoever is typing on the other side, or null. */
  peerTyping: string | null;
  /** Bot replies being written (streamed), in order. */
  drafts: Draft[];
  /** Highest seq the visitor has read (as far as this client knows). */
  readSeq: number;
}

export interface Session {
  token: string;
  expiresAt: number;
  settings: WidgetSettings;
  visitorId: string;
}

const initial: ChatState = {
  phase: 'waiting',
  settings: null,
  conversationId: null,
  status: null,
  assigneeName: null,
  queue: null,
  fallback: null,
  fallbackDismissed: null,
  rated: null,
  messages: [],
  outbox: [],
  connection: 'none',
  peerTyping: null,
  drafts: [],
  readSeq: 0,
};

/** Errors where sending the same message again cannot succeed. */
const FINAL_ERRORS: ReadonlySet<ErrorCode> = new Set([
  'conversation_closed',
  'forbidden',
  'too_large',
  'bad_frame',
]);
/** A peer's "typing" that is never turned off fades after this long. */
const TYPING_TTL_MS = 8_000;

/**
 * The chat's state and behaviour, independent of the UI: session, conversation, socket,
 * transcript merge, outbox (resend until acked), typing and read receipts.
 */
export class ChatClient {
  state: ChatState = initial;
  private listeners = new Set<(s: ChatState) => void>();
  private session: Session | null = null;
  private conn: Connection | null = null;
  /** True once the current socket got its welcome: frames may flow. */
  private welcomed = false;
  /** The welcome after a reconnect brings missed messages: those are news, unlike the first load. */
  private seenWelcome = false;
  private creating: Promise<string> | null = null;
  private loading: Promise<void> | null = null;
  private loadTimer: ReturnType<typeof setTimeout> | undefined;
  private loadAttempts = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private visible = false;
  private readonly typing = new TypingSignal((on) => {
    if (this.welcomed) this.conn?.send({ type: 'typing', on });
  });

  constructor(private readonly notifyHost: (name: string, detail?: unknown) => void) {
    document.addEventListener('visibilitychange', () => this.markRead());
    addEventListener('online', () => {
      if (this.conn && !this.conn.isOpen) this.conn.reconnect();
    });
  }

  subscribe(fn: (s: ChatState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(patch: Partial<ChatState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn(this.state);
  }

  // ── Session ──

  /** A session from the loader: the first one starts everything, later ones only refresh the token. */
  setSession(s: Session): void {
    const previous = this.session;
    this.session = s;
    if (previous && previous.visitorId !== s.visitorId) {
      // The visitor was forgotten server-side: what we show belongs to someone else now.
      this.detach();
      this.set({ ...initial, settings: s.settings });
      this.load();
      return;
    }
    this.set({ settings: s.settings });
    if (!previous || this.state.phase === 'error') this.load();
  }

  private load(): void {
    clearTimeout(this.loadTimer);
    const session = this.session;
    if (!session) return;
    this.set({ phase: 'loading' });
    this.loading = currentConversation(session.token).then(
      (found) => {
        this.loadAttempts = 0;
        this.set({ phase: 'ready' });
        // Meanwhile the visitor may have started one by sending a message.
        if (found && !this.state.conversationId) this.attach(found.id);
      },
      () => {
        this.set({ phase: 'error' });
        const delay = Math.min(30_000, 2_000 * 2 ** this.loadAttempts++);
        this.loadTimer = setTimeout(() => this.load(), delay);
      },
    );
  }

  // ── Conversation & socket ──

  private attach(id: string): void {
    this.detach();
    this.set({ conversationId: id, connection: 'connecting' });
    const conn = new Connection(() => this.socketUrl(id), {
      onOpen: () => {
        if (this.conn !== conn) return;
        this.welcomed = false;
        conn.send({ type: 'hello', lastSeq: lastSeqOf(this.state.messages) });
      },
      onFrame: (frame) => {
        if (this.conn === conn) this.onFrame(frame);
      },
      // Deleted, or not this visitor's: the next message starts a new conversation.
      onGone: () => {
        if (this.conn === conn) this.startOver();
      },
      onDown: () => {
        if (this.conn !== conn) return;
        this.welcomed = false;
        this.typing.reset();
        // A reply that was being streamed arrives whole after the reconnect.
        this.set({ connection: 'down', peerTyping: null, drafts: [] });
      },
    });
    this.conn = conn;
  }

  private detach(): void {
    const conn = this.conn;
    this.conn = null;
    this.welcomed = false;
    this.seenWelcome = false;
    this.typing.reset();
    conn?.close();
  }

  private socketUrl(id: string): string {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const token = encodeURIComponent(this.session?.token ?? '');
    return `${scheme}://${location.host}/api/widget/conversations/${encodeURIComponent(id)}/ws?token=${token}`;
  }

  /** The conversation id, creating the conversation on first use (once, however many sends race). */
  private ensureConversation(): Promise<string> {
    if (!this.creating) {
      this.creating = (async () => {
        // An open conversation may still be on its way from `load`: never start a second one.
        await this.loading;
        const existing = this.state.conversationId;
        if (existing) return existing;
        const session = this.session;
        if (!session) throw new Error('no session');
        const created = await createConversation(session.token, visitorLanguage);
        this.attach(created.id);
        return created.id;
      })().finally(() => {
        this.creating = null;
      });
    }
    return this.creating;
  }

  /** After "This conversation has ended": a fresh conversation, the old transcript cleared. */
  startNew(): void {
    this.startOver();
    // If this fails, the greeting shows again and the next message retries.
    this.ensureConversation().catch(() => {});
  }

  /** No conversation: the greeting again, and the next message creates one. */
  private startOver(): void {
    this.detach();
    this.set({
      conversationId: null,
      status: null,
      assigneeName: null,
      queue: null,
      fallback: null,
      fallbackDismissed: null,
      rated: null,
      messages: [],
      outbox: [],
      readSeq: 0,
      connection: 'none',
      peerTyping: null,
      drafts: [],
    });
  }

  // ── Frames ──

  private onFrame(frame: ServerFrame): void {
    if (isStream(frame)) {
      this.set({ drafts: applyStream(this.state.drafts, frame), peerTyping: null });
      return;
    }
    switch (frame.type) {
      case 'welcome': {
        const news = this.seenWelcome;
        this.seenWelcome = true;
        this.welcomed = true;
        this.absorb(frame.messages, news);
        this.applyState(frame.state);
        this.set({ connection: 'open', peerTyping: null });
        this.flush();
        this.markRead();
        return;
      }
      case 'message':
        this.absorb([frame.message], true);
        this.markRead();
        return;
      case 'ack': {
        const pending = this.state.outbox.find((p) => p.clientId === frame.clientId);
        if (!pending) return;
        const msg: Message = {
          seq: frame.seq,
          clientId: frame.clientId,
          kind: 'visitor',
          authorId: this.session?.visitorId ?? null,
          authorName: null,
          body: pending.body,
          at: frame.at,
        };
        const messages = mergeMessages(this.state.messages, [msg]);
        this.set({ messages, outbox: settleOutbox(this.state.outbox, messages) });
        return;
      }
      case 'typing': {
        if (frame.role === 'visitor') return;
        clearTimeout(this.typingTimer);
        const name = frame.name ?? t('assistant');
        if (frame.on) this.typingTimer = setTimeout(() => this.set({ peerTyping: null }), TYPING_TTL_MS);
        this.set({ peerTyping: frame.on ? name : null });
        return;
      }
      case 'state':
        this.applyState(frame.state);
        return;
      case 'error':
        if (frame.ref)
          this.fail(
            frame.ref,
            failureReason(frame.code, frame.message, strings),
            !FINAL_ERRORS.has(frame.code),
          );
        else console.warn('[Baton] server error', frame.code, frame.message);
        return;
      case 'pong':
        return;
    }
  }

  private absorb(incoming: Message[], news: boolean): void {
    const before = lastSeqOf(this.state.messages);
    const messages = mergeMessages(this.state.messages, incoming);
    if (messages === this.state.messages) return;
    const fromPeer = incoming.some((m) => m.kind === 'bot' || m.kind === 'agent');
    // A finished bot reply replaces its streamed draft (same id).
    const finished = new Set(incoming.filter((m) => m.kind === 'bot').map((m) => m.clientId));
    const drafts = this.state.drafts.filter((d) => !finished.has(d.id));
    this.set({
      messages,
      outbox: settleOutbox(this.state.outbox, messages),
      drafts: drafts.length === this.state.drafts.length ? this.state.drafts : drafts,
      ...(fromPeer ? { peerTyping: null } : {}),
    });
    if (!news) return;
    for (const m of incoming) {
      if (m.seq <= before || (m.kind !== 'bot' && m.kind !== 'agent')) continue;
      const detail: MessageEventDetail = {
        seq: m.seq,
        kind: m.kind,
        authorName: m.authorName,
        body: m.body,
        at: m.at,
      };
      this.notifyHost('message', detail);
    }
  }

  private applyState(s: ConversationState): void {
    if (s.id !== this.state.conversationId) return;
    const waiting = s.status === 'queued' || s.status === 'offered';
    this.set({
      status: s.status,
      assigneeName: s.assigneeName,
      queue: waiting ? s.queue : null,
      fallback: s.fallback,
      readSeq: Math.max(this.state.readSeq, s.readVisitor),
    });
  }

  // ── Waiting for a person, and when nobody can come ──

  private token(): string {
    const token = this.session?.token;
    if (!token) throw new Error('no session');
    return token;
  }

  /** "Stop waiting": back to the bot. Rejects (with the server's message) when it did not work. */
  async leaveQueue(): Promise<void> {
    const id = this.state.conversationId;
    if (!id) return;
    const { state } = await leaveQueue(this.token(), id);
    if (state) this.applyState(state);
  }

  /** Contact details or a callback request; the server confirms in the thread and clears the fallback. */
  async leaveTicket(ticket: TicketRequest): Promise<void> {
    const id = this.state.conversationId;
    if (!id) throw new Error('no conversation');
    await createTicket(this.token(), id, ticket);
    if (this.state.conversationId === id) this.set({ fallback: null });
  }

  /** "Keep chatting with the assistant": hides this fallback card (a later one shows again). */
  dismissFallback(anchorSeq: number): void {
    this.set({ fallbackDismissed: anchorSeq });
  }

  /** Satisfaction rating (1–5) for the closed conversation. */
  async rate(score: number): Promise<void> {
    const id = this.state.conversationId;
    if (!id) return;
    await rateConversation(this.token(), id, score);
    if (this.state.conversationId === id) this.set({ rated: score });
  }

  // ── Sending ──

  /** Queues a message; it shows at once as "sending" and is (re)sent until acknowledged. */
  send(text: string): void {
    const body = text.trim();
    if (!body) return;
    this.typing.stop();
    const pending: Pending = { clientId: crypto.randomUUID(), body, at: Date.now(), status: 'sending' };
    if (body.length > MAX_BODY_CHARS || frameSize(pending) > MAX_FRAME_BYTES) {
      pending.status = 'failed';
      pending.error = t('tooLong');
      pending.retryable = false;
    }
    this.set({ outbox: [...this.state.outbox, pending] });
    if (pending.status === 'sending') this.dispatch();
  }

  retry(clientId: string): void {
    this.set({
      outbox: this.state.outbox.map((p) =>
        p.clientId === clientId ? { ...p, status: 'sending', error: undefined, retryable: undefined } : p,
      ),
    });
    this.dispatch();
  }

  /** Makes sure there is a conversation and a welcomed socket, then flushes the outbox. */
  private dispatch(): void {
    if (this.state.conversationId) {
      this.flush();
      return;
    }
    this.ensureConversation().catch(() => {
      for (const p of this.state.outbox)
        if (p.status === 'sending') this.fail(p.clientId, t('couldNotStart'), true);
    });
  }

  /** Sends every unacknowledged message; the server dedupes by clientId, so repeats are harmless. */
  private flush(): void {
    if (!this.welcomed || !this.conn) return;
    for (const p of this.state.outbox) {
      if (p.status === 'sending') this.conn.send({ type: 'message', clientId: p.clientId, body: p.body });
    }
  }

  private fail(clientId: string, reason: string, retryable: boolean): void {
    this.set({
      outbox: this.state.outbox.map((p) =>
        p.clientId === clientId ? { ...p, status: 'failed', error: reason, retryable } : p,
      ),
    });
  }

  /** Input changed: drives the outgoing typing indicator. */
  input(text: string): void {
    if (this.welcomed) this.typing.input(text.trim().length > 0);
  }

  // ── Reading ──

  /** Whether the visitor can see the transcript (panel open); read receipts follow it. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.markRead();
  }

  private markRead(): void {
    if (!this.visible || document.visibilityState !== 'visible' || !this.welcomed) return;
    const seq = lastSeqOf(this.state.messages);
    if (seq <= this.state.readSeq) return;
    this.conn?.send({ type: 'read', seq });
    this.set({ readSeq: seq });
  }
}

function frameSize(p: Pending): number {
  return JSON.stringify({ type: 'message', clientId: p.clientId, body: p.body }).length;
}
