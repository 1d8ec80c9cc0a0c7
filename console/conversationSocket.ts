import ReconnectingWebSocket from 'partysocket/ws';
import type {
  AgentProfile,
  ClientFrame,
  ConversationState,
  Message,
  Role,
  ServerFrame,
} from '../worker/protocol';
import { CloseCode } from '../worker/protocol/closeCodes';
import { MAX_BODY_CHARS } from '../worker/protocol/limits';
import { rememberAgent } from './agentNames';
import { ApiFailure, getConversation, socketUrl } from './api';
import { keepAlive, socketOptions } from './heartbeat';
import { enqueue, markFailed, markSending, type OutboxItem, without } from './outbox';
import { Store } from './store';
import { highestSeq, mergeMessages } from './threadMessages';

/**
 * connecting: no socket yet / reconnecting · syncing: open, waiting for `welcome` ·
 * live: greeted, frames flow · offline: several connects failed, still retrying ·
 * gone: the conversation does not exist (or is not ours); no more retries.
 */
export type Connection = 'connecting' | 'syncing' | 'live' | 'offline' | 'gone';

export interface PeerTyping {
  role: Role | 'bot';
  name: string | null;
}

/** A bot reply being written (stream frames), shown until the final message lands. */
export interface BotDraft {
  id: string;
  text: string;
  /** What the bot is doing ("Looking up your order…"), when it says. */
  status: string | null;
}

export interface ThreadView {
  connection: Connection;
  /** True once the first `welcome` arrived: the transcript is complete up to now. */
  loaded: boolean;
  state: ConversationState | null;
  messages: readonly Message[];
  outbox: readonly OutboxItem[];
  typing: PeerTyping | null;
  draft: BotDraft | null;
  /** A server error not tied to a message (e.g. an internal error), shown briefly. */
  notice: string | null;
  /** When the handoff brief was last rewritten (0: not since this view opened). */
  briefAt: number;
}

/** A typing indicator is dropped if the peer never says it stopped. */
const TYPING_TTL_MS = 8000;
const NOTICE_TTL_MS = 8000;

/**
 * One conversation's live socket: `hello` with the highest seq held on every open, `welcome`
 * merged by seq, an outbox re-sent on each greeted connection until acknowledged, typing
 * and read marks. All of it readable as one `ThreadView` store.
 */
export class ConversationSocket {
  readonly view = new Store<ThreadView>({
    connection: 'connecting',
    loaded: false,
    state: null,
    messages: [],
    outbox: [],
    typing: null,
    draft: null,
    notice: null,
    briefAt: 0,
  });
  private readonly ws: ReconnectingWebSocket;
  private readonly stopKeepAlive: () => void;
  private live = false;
  private opened = false;
  private failures = 0;
  private readSent = 0;
  private readWanted = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    readonly id: string,
    private readonly me: AgentProfile,
  ) {
    this.ws = new ReconnectingWebSocket(
      socketUrl(`/api/conversations/${encodeURIComponent(id)}/ws`),
      undefined,
      socketOptions,
    );
    this.stopKeepAlive = keepAlive(this.ws);
    this.ws.addEventListener('open', this.handleOpen);
    this.ws.addEventListener('message', this.handleMessage);
    this.ws.addEventListener('close', this.handleClose);
  }

  /** Queues a reply (or an internal note) and sends it now if the socket is live. */
  send(text: string, internal: boolean): void {
    const body = text.trim();
    if (!body) return;
    const [outbox, item] = enqueue(this.view.get().outbox, body, internal);
    if (body.length > MAX_BODY_CHARS) {
      this.patch({
        outbox: markFailed(outbox, item.clientId, `Messages are limited to ${MAX_BODY_CHARS} characters.`),
      });
      return;
    }
    this.patch({ outbox });
    this.transmitItem(item);
  }

  retry(clientId: string): void {
    const item = this.view.get().outbox.find((o) => o.clientId === clientId);
    if (item?.status !== 'failed' || item.body.length > MAX_BODY_CHARS) return;
    this.patch({ outbox: markSending(this.view.get().outbox, clientId) });
    this.transmitItem({ ...item, status: 'sending' });
  }

  /** Drops a failed message (one still sending may already be stored, so it stays). */
  discard(clientId: string): void {
    const item = this.view.get().outbox.find((o) => o.clientId === clientId);
    if (item?.status === 'failed')
      this.patch({ outbox: without(this.view.get().outbox, new Set([clientId])) });
  }

  setTyping(on: boolean): void {
    this.transmit({ type: 'typing', on });
  }

  /** The highest seq the agent has had on screen; sent once per increase. */
  markRead(seq: number): void {
    if (seq <= this.readWanted) return;
    this.readWanted = seq;
    this.flushRead();
  }

  /** A state learnt over REST (the close route) before the socket says it. */
  applyState(state: ConversationState): void {
    const current = this.view.get().state;
    if (current && current.lastSeq > state.lastSeq) return;
    this.patch({ state });
  }

  dismissNotice(): void {
    clearTimeout(this.noticeTimer);
    this.patch({ notice: null });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.typingTimer);
    clearTimeout(this.noticeTimer);
    this.stopKeepAlive();
    this.ws.removeEventListener('open', this.handleOpen);
    this.ws.removeEventListener('message', this.handleMessage);
    this.ws.removeEventListener('close', this.handleClose);
    this.ws.close(1000, 'bye');
  }

  // ── Socket events ──

  private handleOpen = () => {
    this.opened = true;
    this.failures = 0;
    this.live = false;
    this.readSent = 0;
    this.patch({ connection: 'syncing' });
    // First frame on every socket; the server answers with everything after what we hold.
    this.ws.send(
      JSON.stringify({ type: 'hello', lastSeq: highestSeq(this.view.get().messages) } satisfies ClientFrame),
    );
  };

  private handleClose = (e: CloseEvent) => {
    if (!this.opened) this.failures += 1;
    this.opened = false;
    this.live = false;
    if (this.disposed || this.view.get().connection === 'gone') return;
    if (e.code === CloseCode.gone) {
      this.patch({ connection: 'gone', typing: null, draft: null });
      this.ws.close(1000, 'gone');
      return;
    }
    this.patch({ connection: this.failures > 1 ? 'offline' : 'connecting', typing: null, draft: null });
    // A refused upgrade looks like any network failure to a browser: ask the REST side why.
    if (this.failures > 0 && this.failures % 3 === 0) void this.probe();
  };

  private handleMessage = (e: MessageEvent) => {
    let frame: ServerFrame;
    try {
      frame = JSON.parse(String(e.data)) as ServerFrame;
    } catch {
      return;
    }
    switch (frame.type) {
      case 'stream':
        return this.onStream(frame.id, frame.delta, frame.status ?? null, frame.cancelled === true);
      case 'welcome':
        return this.onWelcome(frame.state, frame.messages);
      case 'message':
        return this.onMessages([frame.message]);
      case 'ack':
        return this.onAck(frame.clientId, frame.seq, frame.at);
      case 'state':
        rememberAgent(frame.state.assigneeId, frame.state.assigneeName);
        return this.patch({ state: frame.state });
      case 'typing':
        return this.onTyping(frame.role, frame.name, frame.on);
      case 'error':
        return this.onError(frame.code, frame.message, frame.ref);
      case 'brief':
        return this.patch({ briefAt: frame.at });
      case 'pong':
        return;
    }
  };

  // ── Frames ──

  private onWelcome(state: ConversationState, messages: Message[]): void {
    rememberAgent(state.assigneeId, state.assigneeName);
    this.live = true;
    this.patch({ connection: 'live', loaded: true, state });
    this.onMessages(messages);
    // Everything still unacknowledged goes again; the server acks a clientId it already stored.
    for (const item of this.view.get().outbox) if (item.status === 'sending') this.transmitItem(item);
    this.flushRead();
  }

  private onMessages(incoming: Message[]): void {
    if (incoming.length === 0) return;
    for (const m of incoming)
      if (m.kind === 'agent' || m.kind === 'note') rememberAgent(m.authorId, m.authorName);
    const v = this.view.get();
    // Our own messages arriving (after a lost ack) settle their outbox entries.
    const delivered = new Set(incoming.filter((m) => m.authorId === this.me.id).map((m) => m.clientId));
    // Whoever was typing has now spoken.
    const spoke = incoming.some((m) => m.kind === v.typing?.role);
    const last = incoming.at(-1)!;
    // The streamed draft became a real message.
    const drafted = v.draft !== null && incoming.some((m) => m.clientId === v.draft?.id);
    this.patch({
      messages: mergeMessages(v.messages, incoming),
      outbox: delivered.size ? without(v.outbox, delivered) : v.outbox,
      typing: spoke ? null : v.typing,
      draft: drafted ? null : v.draft,
      state: v.state && v.state.lastSeq < last.seq ? { ...v.state, lastSeq: last.seq } : v.state,
    });
  }

  private onAck(clientId: string, seq: number, at: number): void {
    const item = this.view.get().outbox.find((o) => o.clientId === clientId);
    if (!item) return;
    this.onMessages([
      {
        seq,
        clientId,
        kind: item.internal ? 'note' : 'agent',
        authorId: this.me.id,
        authorName: this.me.name,
        body: item.body,
        at,
      },
    ]);
  }

  private onStream(id: string, delta: string, status: string | null, cancelled: boolean): void {
    if (cancelled) {
      if (this.view.get().draft?.id === id) this.patch({ draft: null });
      return;
    }
    // A draft whose message was already delivered (frames crossing) is not reopened.
    if (this.view.get().messages.some((m) => m.clientId === id)) return;
    const current = this.view.get().draft;
    const text = current?.id === id ? current.text + delta : delta;
    this.patch({ draft: { id, text, status: status ?? (current?.id === id ? current.status : null) } });
  }

  private onTyping(role: Role | 'bot', name: string | null, on: boolean): void {
    clearTimeout(this.typingTimer);
    if (role === 'agent') return;
    this.patch({ typing: on ? { role, name } : null });
    if (on) this.typingTimer = setTimeout(() => this.patch({ typing: null }), TYPING_TTL_MS);
  }

  private onError(code: string, message: string, ref: string | undefined): void {
    const outbox = this.view.get().outbox;
    if (ref && outbox.some((o) => o.clientId === ref)) {
      this.patch({ outbox: markFailed(outbox, ref, message) });
      return;
    }
    if (code === 'hello_required') {
      this.ws.reconnect(4000, 'resync');
      return;
    }
    clearTimeout(this.noticeTimer);
    this.patch({ notice: message });
    this.noticeTimer = setTimeout(() => this.patch({ notice: null }), NOTICE_TTL_MS);
  }

  // ── Sending ──

  private transmit(frame: ClientFrame): boolean {
    if (!this.live || this.ws.readyState !== this.ws.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  private transmitItem(item: OutboxItem): void {
    this.transmit({
      type: 'message',
      clientId: item.clientId,
      body: item.body,
      ...(item.internal ? { internal: true } : {}),
    });
  }

  private flushRead(): void {
    const already = Math.max(this.readSent, this.view.get().state?.readAgent ?? 0);
    if (this.readWanted <= already) return;
    if (this.transmit({ type: 'read', seq: this.readWanted })) this.readSent = this.readWanted;
  }

  private async probe(): Promise<void> {
    try {
      await getConversation(this.id);
    } catch (err) {
      if (this.disposed || !(err instanceof ApiFailure)) return;
      // 401 is handled by the app (back to login); 404 means there is nothing to reconnect to.
      if (err.status === 404) {
        this.patch({ connection: 'gone' });
        this.ws.close(1000, 'gone');
      }
    }
  }

  private patch(p: Partial<ThreadView>): void {
    if (this.disposed) return;
    this.view.update((v) => ({ ...v, ...p }));
  }
}
