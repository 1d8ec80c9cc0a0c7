import { DurableObject } from 'cloudflare:workers';
import type { Env } from '../env';
import { baseLanguage } from '../lines';
import {
  type Brief,
  type ClientFrame,
  CloseCode,
  type ConversationState,
  type ErrorCode,
  type Message,
  type MessageData,
  type MessageKind,
  type QueueInfo,
  type SendFrame,
  type ServerFrame,
} from '../protocol';
import { BOT_NAME, botMayAnswer, createBotRunner } from './botRunner';
import { createBriefWriter } from './briefWriter';
import { closedSocket } from './closedSocket';
import { type AgentRef, type Assignment, createHandoff, type HandoffItem } from './handoff';
import { authorKey, IDENTITY_HEADER, Identity, type SocketAttachment } from './identity';
import { parseClientFrame } from './parseFrame';
import { type OwnershipEvent, type SystemLineText, systemLine, transition } from './state';
import { SYNC_BATCH, summaryOf, writeToD1 } from './sync';
import {
  findByClientId,
  insertMessage,
  lastPreview,
  loadBrief,
  loadMeta,
  type Meta,
  messagesAfter,
  migrate,
  saveMeta,
} from './transcript';
import { viewFor } from './visibility';

/**
 * How long after a write the D1 index is brought up to date: bursts go as one batch, and the
 * live paths (sockets, inbox feed) never wait for it.
 */
const SYNC_DELAY_MS = 1000;

export interface InitParams {
  id: string;
  workspaceId: string;
  contactId: string;
  contactName: string | null;
  contactEmail?: string | null;
  contactAttributes?: Record<string, string>;
  greeting: string;
  /** The visitor's language as the widget knows it (host page or browser), until a message tells. */
  language?: string | null;
}

/**
 * One per conversation: owns the live transcript and who holds the conversation.
 * A thin shell — decisions live in state.ts, storage in transcript.ts, D1 sync in sync.ts.
 */
export class ConversationDO extends DurableObject<Env> {
  meta: Meta | null = null;
  readonly sql: SqlStorage;
  private readonly bot = createBotRunner(this, this.env);
  private readonly handoff = createHandoff(this, this.env);
  private readonly brief = createBriefWriter(this, this.env);

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      migrate(this.sql);
      this.meta = loadMeta(this.sql);
    });
    // Keep-alive pings are answered without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('{"type":"ping"}', '{"type":"pong"}'));
  }

  // ── RPC from the worker ──

  /** Creates the conversation; a second call is a no-op. Writes the D1 index row before returning. */
  async init(p: InitParams): Promise<ConversationState> {
    if (!this.meta) {
      const now = Date.now();
      this.meta = {
        id: p.id,
        workspaceId: p.workspaceId,
        contactId: p.contactId,
        contactName: p.contactName,
        contactEmail: p.contactEmail ?? null,
        contactAttributes: p.contactAttributes ?? {},
        status: 'bot',
        assigneeId: null,
        assigneeName: null,
        createdAt: now,
        lastSeq: 0,
        lastAt: now,
        readVisitor: 0,
        readAgent: 0,
        syncedSeq: 0,
        indexVersion: 1,
        syncedIndexVersion: 0,
        language: baseLanguage(p.language),
      };
      this.append('bot', null, BOT_NAME, p.greeting, 'system', 'greeting');
      await this.sync();
      this.publish();
    }
    return this.stateOf(this.meta);
  }

  async getState(): Promise<ConversationState | null> {
    return this.meta ? this.stateOf(this.meta) : null;
  }

  /** The handoff brief agents read (null until triage has written one). */
  async getBrief(): Promise<Brief | null> {
    return this.meta ? loadBrief(this.sql) : null;
  }

  async transcript(includeNotes: boolean): Promise<Message[]> {
    return this.meta ? messagesAfter(this.sql, 0, includeNotes) : [];
  }

  /** Closes the conversation on behalf of an agent. */
  async resolve(agent: AgentRef): Promise<ConversationState | null> {
    const meta = this.meta;
    if (!meta || meta.workspaceId !== agent.workspaceId) return null;
    const was = meta.status;
    meta.queue = null;
    meta.fallback = null;
    this.applyEvent({ type: 'resolve', byName: agent.name });
    await this.handoff.ended(was, 'resolved');
    return this.stateOf(meta);
  }

  /** The agent ends their part; the bot may answer again (an explicit, recorded event). */
  async handBack(agent: AgentRef): Promise<ConversationState | null> {
    const meta = this.meta;
    if (!meta || meta.workspaceId !== agent.workspaceId) return null;
    if (meta.status !== 'agent' || meta.assigneeId !== agent.id) return this.stateOf(meta);
    this.applyEvent({ type: 'hand_back', byName: agent.name });
    await this.handoff.ended('agent', 'resolved');
    return this.stateOf(meta);
  }

  // ── RPC from the routing object ──

  /** What routing needs to queue or hand this conversation over. */
  async handoffItem(): Promise<HandoffItem | null> {
    return this.meta ? this.handoff.item('handoff') : null;
  }

  async offered(_agentId: string): Promise<void> {
    if (this.meta) this.applyEvent({ type: 'offered' });
  }

  async assign(a: Assignment): Promise<void> {
    if (this.meta) this.handoff.assigned(a);
  }

  async requeued(reason: 'no_reply' | 'agent_left' | 'declined_all'): Promise<void> {
    if (!this.meta) return;
    this.setReplyDue(null);
    this.applyEvent({ type: 'requeued', reason });
  }

  async queueUpdate(info: QueueInfo | null): Promise<void> {
    const meta = this.meta;
    if (!meta || (meta.status !== 'queued' && meta.status !== 'offered')) return;
    meta.queue = info;
    saveMeta(this.sql, meta);
    this.broadcast({ type: 'state', state: this.stateOf(meta) });
  }

  /** The visitor left details for a callback/contact: say what happens next, in the thread. */
  async ticketLeft(kind: 'callback' | 'contact', reachAt: string): Promise<void> {
    const meta = this.meta;
    if (!meta) return;
    meta.fallback = null;
    saveMeta(this.sql, meta);
    this.appendSystemLine(
      systemLine(kind === 'callback' ? 'callback_requested' : 'contact_left', { reachAt }),
    );
    this.broadcast({ type: 'state', state: this.stateOf(meta) });
  }

  /** The visitor stops waiting for a person and keeps going with the bot. */
  async leaveQueue(): Promise<ConversationState | null> {
    const meta = this.meta;
    if (!meta) return null;
    const was = meta.status;
    if (was === 'queued' || was === 'offered') {
      this.applyEvent({ type: 'leave_queue' });
      await this.handoff.ended(was, 'abandoned');
    }
    meta.queue = null;
    meta.fallback = null;
    saveMeta(this.sql, meta);
    this.broadcast({ type: 'state', state: this.stateOf(meta) });
    return this.stateOf(meta);
  }

  /** Rewrites the brief while someone waits or holds it (`force`: about to ask routing for a person). */
  refreshBrief(force = false): Promise<void> {
    return this.brief.refresh(force);
  }

  /** The bot or triage decided a person is needed. */
  async requestHandoff(reason: string): Promise<boolean> {
    return this.handoff.request(reason);
  }

  // ── WebSockets ──

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('Upgrade') !== 'websocket')
      return new Response('Expected WebSocket', { status: 426 });
    const who = Identity.safeParse(JSON.parse(request.headers.get(IDENTITY_HEADER) ?? 'null'));
    if (!who.success) return new Response('Missing identity', { status: 400 });
    const meta = this.meta;
    // Not found and not yours look the same from outside; a close code tells clients to stop.
    if (!meta || !this.mayOpen(meta, who.data)) return closedSocket(CloseCode.gone, 'Conversation not found');
    const pair = new WebSocketPair();
    const attachment: SocketAttachment = { ...who.data, ready: false };
    this.ctx.acceptWebSocket(pair[1], [who.data.role]);
    this.attach(pair[1], attachment);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    const who = this.who(ws);
    const meta = this.meta;
    if (!who || !meta) return ws.close(1011, 'unknown socket');
    const parsed = parseClientFrame(raw);
    if (!parsed.ok) return this.sendError(ws, parsed.code, parsed.message, parsed.ref);
    const frame = parsed.frame;
    if (!who.ready && frame.type !== 'hello') {
      return this.sendError(
        ws,
        'hello_required',
        'Send hello first.',
        frame.type === 'message' ? frame.clientId : undefined,
      );
    }
    try {
      this.handle(ws, who, meta, frame);
    } catch (err) {
      console.error('frame failed', err);
      this.sendError(ws, 'internal', 'Something went wrong; the frame was not applied.');
    }
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    const who = this.who(ws);
    if (who?.ready)
      this.broadcast(
        { type: 'typing', role: who.role, name: who.name, on: false },
        (o) => o.role !== who.role,
      );
    // 1005/1006 are reserved: they can't be sent back.
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, 'closed');
    } catch {}
  }

  override async alarm(): Promise<void> {
    this.armedAt = null;
    const meta = this.meta;
    if (meta?.replyDueAt && meta.replyDueAt <= Date.now() && meta.status === 'agent') {
      this.setReplyDue(null);
      await this.routing().requeue(meta.id, 'no_reply');
    }
    await this.sync();
    if (meta?.replyDueAt) this.arm(meta.replyDueAt);
  }

  /** When the holder must reply by (null: nobody is waiting on them). */
  setReplyDue(at: number | null): void {
    const meta = this.meta;
    if (!meta || (meta.replyDueAt ?? null) === at) return;
    meta.replyDueAt = at;
    saveMeta(this.sql, meta);
    if (at) this.arm(at);
  }

  routing() {
    return this.env.WORKSPACE.get(this.env.WORKSPACE.idFromName(this.meta!.workspaceId));
  }

  // ── Frames ──

  private handle(ws: WebSocket, who: SocketAttachment, meta: Meta, frame: ClientFrame): void {
    switch (frame.type) {
      case 'hello': {
        this.attach(ws, { ...who, ready: true });
        this.send(ws, {
          type: 'welcome',
          you: { role: who.role, id: who.id, name: who.name },
          state: this.stateOf(meta),
          messages: messagesAfter(this.sql, frame.lastSeq, who.role === 'agent')
            .map((m) => viewFor(who.role, m))
            .filter((m) => m !== null),
        });
        return;
      }
      case 'message':
        this.receive(ws, who, frame);
        return;
      case 'typing':
        if (who.role === 'visitor') this.bot.visitorTyping(frame.on);
        this.broadcast(
          { type: 'typing', role: who.role, name: who.name, on: frame.on },
          (o) => o.role !== who.role,
        );
        return;
      case 'read': {
        const seq = Math.min(frame.seq, meta.lastSeq);
        const key = who.role === 'visitor' ? 'readVisitor' : 'readAgent';
        if (seq <= meta[key]) return;
        meta[key] = seq;
        saveMeta(this.sql, meta);
        this.broadcast({ type: 'state', state: this.stateOf(meta) });
        return;
      }
      case 'ping':
        this.send(ws, { type: 'pong' });
        return;
    }
  }

  private receive(ws: WebSocket, who: SocketAttachment, frame: SendFrame): void {
    const key = authorKey(who);
    // A resend of a message we already have is acknowledged again, never stored twice.
    const existing = findByClientId(this.sql, key, frame.clientId);
    if (existing) {
      this.send(ws, { type: 'ack', clientId: frame.clientId, seq: existing.seq, at: existing.at });
      return;
    }

    const internal = frame.internal === true;
    if (internal && who.role !== 'agent') {
      this.sendError(ws, 'forbidden', 'Only agents can write internal notes.', frame.clientId);
      return;
    }
    if (!internal) {
      const event: OwnershipEvent =
        who.role === 'visitor' ? { type: 'visitor_message' } : { type: 'agent_message', agentId: who.id };
      const t = this.applyEvent(event);
      if (!t.ok) {
        this.sendError(ws, t.code === 'not_owner' ? 'forbidden' : t.code, t.message, frame.clientId);
        return;
      }
    }
    const kind: MessageKind = internal ? 'note' : who.role;
    const msg = this.append(kind, who.id, who.name, frame.body, key, frame.clientId);
    this.send(ws, { type: 'ack', clientId: frame.clientId, seq: msg.seq, at: msg.at });
    this.broadcastMessage(msg, ws);
    if (kind === 'visitor') this.onVisitorMessage(msg);
    if (kind === 'agent') this.setReplyDue(null);
  }

  private onVisitorMessage(msg: Message): void {
    const meta = this.meta!;
    if (botMayAnswer(meta.status)) {
      this.bot.schedule(msg.body);
      return;
    }
    void this.bot.observe(msg.body);
    // A person holds it: start the clock on their reply (re-offered if they don't).
    if (meta.status === 'agent' && !meta.replyDueAt)
      this.setReplyDue(Date.now() + (meta.replyTimeoutMs ?? 300_000));
  }

  // ── State ──

  /** Applies an ownership event: persists, records system lines, broadcasts the new state. */
  applyEvent(event: OwnershipEvent) {
    const meta = this.meta!;
    const t = transition(meta, event);
    if (!t.ok) return t;
    const changed =
      t.next.status !== meta.status ||
      t.next.assigneeId !== meta.assigneeId ||
      t.next.assigneeName !== meta.assigneeName;
    if (changed) {
      Object.assign(meta, t.next);
      meta.indexVersion += 1;
      saveMeta(this.sql, meta);
    }
    if (changed && !botMayAnswer(meta.status)) this.bot.cancel();
    for (const line of t.system) this.appendSystemLine(line);
    if (changed) {
      this.broadcast({ type: 'state', state: this.stateOf(meta) });
      this.publish();
    }
    return t;
  }

  /** Stores and sends a system line: English in the body, its key and values for the widget to translate. */
  private appendSystemLine({ text, ...system }: SystemLineText): void {
    this.broadcastMessage(this.append('system', null, null, text, 'system', crypto.randomUUID(), { system }));
  }

  /** Stores one message (synchronously, so the output gate holds replies until it is durable). */
  append(
    kind: MessageKind,
    authorId: string | null,
    authorName: string | null,
    body: string,
    key: string,
    clientId: string,
    data?: MessageData,
  ): Message {
    const meta = this.meta!;
    const at = Math.max(Date.now(), meta.lastAt); // monotonic timestamps
    const msg: Message = { seq: meta.lastSeq + 1, clientId, kind, authorId, authorName, body, at };
    if (data) msg.data = data;
    insertMessage(this.sql, key, msg);
    meta.lastSeq = msg.seq;
    meta.lastAt = at;
    saveMeta(this.sql, meta);
    this.arm(Date.now() + SYNC_DELAY_MS);
    return msg;
  }

  /** When the alarm is known to be set for (in memory; null: unknown, e.g. after a wake-up). */
  private armedAt: number | null = null;

  /**
   * One alarm serves every timer (D1 sync, reply deadline): keep the earliest. Both are known
   * here (the deadline is in meta), so the alarm is set in the same write as the message, with no
   * read of the stored alarm first: that read made a conversation's first message wait for a
   * second commit. A sync alarm moved a little later only batches more.
   */
  private arm(at: number): void {
    // Already due sooner: nothing to do, and no storage call on the message path.
    if (this.armedAt !== null && this.armedAt <= at) return;
    const due = Math.min(at, this.meta?.replyDueAt ?? Number.POSITIVE_INFINITY);
    this.armedAt = due;
    // Fire-and-forget is safe: storage calls are ordered and the alarm is durable.
    void this.ctx.storage.setAlarm(due);
  }

  /** Brings D1 up to date; throwing makes the runtime retry the alarm, so it catches up after failures. */
  private async sync(): Promise<void> {
    const meta = this.meta;
    if (!meta) return;
    const pending = messagesAfter(this.sql, meta.syncedSeq, true, SYNC_BATCH);
    if (pending.length === 0 && meta.syncedIndexVersion === meta.indexVersion) return;
    const version = meta.indexVersion;
    const preview = lastPreview(this.sql);
    await writeToD1(this.env.DB, meta, pending, preview);
    const last = pending.at(-1);
    if (last) meta.syncedSeq = Math.max(meta.syncedSeq, last.seq);
    meta.syncedIndexVersion = Math.max(meta.syncedIndexVersion, version);
    saveMeta(this.sql, meta);
    if (pending.length > 0) this.publish();
    if (meta.syncedSeq < meta.lastSeq) await this.ctx.storage.setAlarm(Date.now());
  }

  /** Tells the workspace's inbox about this conversation (never the messages themselves). */
  private publish(): void {
    const meta = this.meta;
    if (!meta) return;
    const summary = summaryOf(meta, lastPreview(this.sql));
    const inbox = this.env.WORKSPACE.get(this.env.WORKSPACE.idFromName(meta.workspaceId));
    this.ctx.waitUntil(
      inbox.publish(summary).catch((err: unknown) => console.error('inbox publish failed', err)),
    );
  }

  private mayOpen(meta: Meta, who: Identity): boolean {
    if (who.workspaceId !== meta.workspaceId) return false;
    return who.role === 'agent' || who.id === meta.contactId;
  }

  stateOf(meta: Meta): ConversationState {
    return {
      id: meta.id,
      status: meta.status,
      assigneeId: meta.assigneeId,
      assigneeName: meta.assigneeName,
      lastSeq: meta.lastSeq,
      readVisitor: meta.readVisitor,
      readAgent: meta.readAgent,
      queue: meta.queue ?? null,
      fallback: meta.fallback ?? null,
    };
  }

  // ── Sending ──

  /**
   * Socket attachments, read once per socket object: deserialising one is a structured clone, and
   * a streamed answer broadcasts per token. A socket revived after hibernation is a new object.
   */
  private readonly attachments = new WeakMap<WebSocket, SocketAttachment | null>();

  private who(ws: WebSocket): SocketAttachment | null {
    let who = this.attachments.get(ws);
    if (who === undefined) {
      who = ws.deserializeAttachment() as SocketAttachment | null;
      this.attachments.set(ws, who);
    }
    return who;
  }

  private attach(ws: WebSocket, who: SocketAttachment): void {
    ws.serializeAttachment(who);
    this.attachments.set(ws, who);
  }

  private send(ws: WebSocket, frame: ServerFrame): void {
    try {
      ws.send(JSON.stringify(frame));
    } catch {
      // The socket is closing; resume on reconnect delivers what it missed.
    }
  }

  private sendError(ws: WebSocket, code: ErrorCode, message: string, ref?: string): void {
    this.send(ws, ref ? { type: 'error', code, message, ref } : { type: 'error', code, message });
  }

  broadcast(frame: ServerFrame, filter?: (who: SocketAttachment, ws: WebSocket) => boolean): void {
    const data = JSON.stringify(frame);
    for (const ws of this.ctx.getWebSockets()) {
      const who = this.who(ws);
      if (!who?.ready || (filter && !filter(who, ws))) continue;
      try {
        ws.send(data);
      } catch {}
    }
  }

  /** Sends a message to every ready socket as that socket's role may see it. */
  broadcastMessage(msg: Message, except?: WebSocket): void {
    const encoded: Partial<Record<SocketAttachment['role'], string | null>> = {};
    for (const ws of this.ctx.getWebSockets()) {
      if (ws === except) continue;
      const who = this.who(ws);
      if (!who?.ready) continue;
      if (encoded[who.role] === undefined) {
        const view = viewFor(who.role, msg);
        encoded[who.role] = view
          ? JSON.stringify({ type: 'message', message: view } satisfies ServerFrame)
          : null;
      }
      const data = encoded[who.role];
      if (!data) continue;
      try {
        ws.send(data);
      } catch {}
    }
  }
}
