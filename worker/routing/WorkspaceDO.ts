import { DurableObject } from 'cloudflare:workers';
import { IDENTITY_HEADER, Identity } from '../conversation/identity';
import { parseFrameWith } from '../conversation/parseFrame';
import type { Env } from '../env';
import {
  type ConversationSummary,
  type ErrorCode,
  type Fallback,
  InboxClientFrame,
  type InboxFrame,
  type PresenceStatus,
  type QueueInfo,
} from '../protocol';
import {
  accept,
  type ClaimResult,
  cancel,
  claim,
  connect,
  decline,
  disconnect,
  type Effect,
  emptyRoutingState,
  enqueue,
  expireGrace,
  expireOffers,
  fallbackFor,
  nextDeadline,
  type QueueItem,
  queueInfo,
  queueInfos,
  type Result,
  type RoutingState,
  release,
  requeueConversation,
  setStatus,
  snapshot,
  upsertAgent,
} from './core';
import { loadAgentProfile, loadRoutingSettings, type RoutingSettings } from './settings';

/** A console that stops answering pings is gone, even if TCP has not said so yet. */
const HEARTBEAT_TIMEOUT_MS = 45_000;
const SETTINGS_TTL_MS = 30_000;

export type EnqueueRequest = Omit<QueueItem, 'declinedBy' | 'offer' | 'enqueuedAt'>;
export type EnqueueAnswer = { queued: true; queue: QueueInfo | null } | { queued: false; fallback: Fallback };

/**
 * One per workspace (by id): presence, capacity, the queue and offers. A thin shell over
 * the pure reducers in ./core — load state, apply, persist, carry out the effects. Only
 * handoff, presence and queue events come here; chat messages never do.
 */
export class WorkspaceDO extends DurableObject<Env> {
  private state: RoutingState = emptyRoutingState();
  private workspaceId: string | null = null;
  private settings: { at: number; value: RoutingSettings } | null = null;
  /** What each waiting visitor was last told, so only changes are pushed. */
  private lastQueueInfo = new Map<string, string>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('{"type":"ping"}', '{"type":"pong"}'));
    ctx.blockConcurrencyWhile(async () => {
      this.state = (await ctx.storage.get<RoutingState>('routing')) ?? emptyRoutingState();
      this.workspaceId = (await ctx.storage.get<string>('workspaceId')) ?? null;
    });
  }

  // ── Conversations ask ──

  /** Queue a conversation for a person, or say honestly why nobody can come. */
  async enqueue(workspaceId: string, req: EnqueueRequest): Promise<EnqueueAnswer> {
    await this.bind(workspaceId);
    const now = Date.now();
    const s = await this.getSettings();
    const item: QueueItem = { ...req, enqueuedAt: now, declinedBy: [], offer: null };
    const fallback = fallbackFor({
      hours: s.hours,
      now,
      state: this.state,
      item,
      maxWaitSeconds: s.maxWaitSeconds,
    });
    if (fallback && !req.firstInLine) return { queued: false, fallback };
    await this.apply(enqueue(this.state, item, now, newId, s.offerTtlMs));
    return { queued: true, queue: queueInfo(this.state, req.conversationId, now) };
  }

  /** The visitor gave up waiting, or the conversation ended while queued. */
  async cancel(conversationId: string, reason: 'abandoned' | 'resolved'): Promise<void> {
    const s = await this.getSettings();
    await this.apply(cancel(this.state, conversationId, reason, Date.now(), newId, s.offerTtlMs));
  }

  /** The agent finished their part (resolved or handed back): capacity frees up. */
  async release(conversationId: string): Promise<void> {
    const s = await this.getSettings();
    await this.apply(release(this.state, conversationId, Date.now(), newId, s.offerTtlMs));
  }

  /** The assigned agent did not reply in time: offer it to someone else, first in line. */
  async requeue(conversationId: string, reason: 'no_reply' | 'agent_left'): Promise<void> {
    const s = await this.getSettings();
    await this.apply(
      requeueConversation(this.state, conversationId, reason, Date.now(), newId, s.offerTtlMs),
    );
  }

  /** Manual pick-up (REST or socket): exactly one caller wins. */
  async pickup(workspaceId: string, conversationId: string, agentId: string, item: EnqueueRequest | null) {
    await this.bind(workspaceId);
    const now = Date.now();
    // An agent acting over REST without a console open is still known by their profile.
    if (!this.state.agents[agentId]) {
      const profile = await loadAgentProfile(this.env, workspaceId, agentId);
      if (!profile) return { ok: false, message: 'Unknown agent.' };
      this.state = upsertAgent(this.state, profile, now);
    }
    // A conversation the bot still holds is not queued: put it in line (without offering it) so claim has one path.
    const held = Object.values(this.state.agents).some((a) => a.active.includes(conversationId));
    if (item && !held && !this.state.queue.some((q) => q.conversationId === conversationId)) {
      this.state = {
        ...this.state,
        queue: [...this.state.queue, { ...item, enqueuedAt: now, declinedBy: [], offer: null }],
      };
    }
    const s = await this.getSettings();
    const result = claim(this.state, conversationId, agentId, now, newId, s.offerTtlMs);
    await this.apply(result);
    return { ok: result.ok, message: result.message };
  }

  async transfer(workspaceId: string, req: EnqueueRequest): Promise<{ ok: boolean; message: string }> {
    await this.bind(workspaceId);
    const s = await this.getSettings();
    const result = enqueue(
      this.state,
      { ...req, enqueuedAt: Date.now(), declinedBy: [], offer: null },
      Date.now(),
      newId,
      s.offerTtlMs,
    );
    await this.apply(result);
    const offered = result.effects.some((e) => e.type === 'offer');
    const failed = result.effects.some((e) => e.type === 'transfer_failed');
    if (failed) return { ok: false, message: 'Nobody who can take it is available right now.' };
    return {
      ok: true,
      message: offered ? 'Offered; it stays with you until they accept.' : 'Waiting for someone to be free.',
    };
  }

  async publish(conversation: ConversationSummary): Promise<void> {
    this.sendToAgents({ type: 'conversation', conversation });
  }

  async team() {
    return snapshot(this.state, Date.now());
  }

  // ── Consoles ──

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('Upgrade') !== 'websocket')
      return new Response('Expected WebSocket', { status: 426 });
    const who = Identity.safeParse(JSON.parse(request.headers.get(IDENTITY_HEADER) ?? 'null'));
    if (!who.success || who.data.role !== 'agent') return new Response('Agents only', { status: 403 });
    await this.bind(who.data.workspaceId);
    const profile = await loadAgentProfile(this.env, who.data.workspaceId, who.data.id);
    if (!profile) return new Response('Unknown agent', { status: 403 });
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1], ['agent', `agent:${who.data.id}`]);
    pair[1].serializeAttachment(who.data);
    const now = Date.now();
    this.state = upsertAgent(this.state, profile, now);
    const s = await this.getSettings();
    await this.apply(connect(this.state, who.data.id, now, newId, s.offerTtlMs));
    // The console says its status first; the team view and any pending offer answer that.
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    const who = ws.deserializeAttachment() as Identity | null;
    if (!who) return ws.close(1011, 'unknown socket');
    const parsed = parseFrameWith(InboxClientFrame, raw);
    if (!parsed.ok) return this.sendError(ws, parsed.code, parsed.message);
    const frame = parsed.frame;
    const now = Date.now();
    const s = await this.getSettings();
    switch (frame.type) {
      case 'status': {
        await this.apply(setStatus(this.state, who.id, frame.status, now, newId, s.offerTtlMs));
        this.sendTeam(ws, who.id);
        for (const item of this.state.queue) {
          if (item.offer?.agentId === who.id) this.send(ws, { type: 'offer', offer: this.offerOf(item) });
        }
        return;
      }
      case 'accept':
        return this.answerClaim(
          ws,
          accept(this.state, frame.offerId, who.id, now, newId, s.offerTtlMs),
          frame.offerId,
          this.conversationOfOffer(frame.offerId),
        );
      case 'decline':
        await this.apply(decline(this.state, frame.offerId, who.id, now, newId, s.offerTtlMs));
        return;
      case 'pickup': {
        const r = await this.pickup(who.workspaceId, frame.conversationId, who.id, null);
        this.send(ws, { type: 'claim_result', conversationId: frame.conversationId, ...r });
        return;
      }
      case 'ping':
        this.send(ws, { type: 'pong' });
        return;
    }
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, 'closed');
    } catch {}
    await this.socketGone(ws);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    await this.socketGone(ws);
  }

  override async alarm(): Promise<void> {
    const now = Date.now();
    const s = await this.getSettings();
    // Consoles that stopped pinging count as gone.
    for (const ws of this.ctx.getWebSockets('agent')) {
      const last = this.ctx.getWebSocketAutoResponseTimestamp(ws)?.getTime() ?? null;
      const who = ws.deserializeAttachment() as Identity | null;
      if (who && last !== null && now - last > HEARTBEAT_TIMEOUT_MS) {
        try {
          ws.close(4408, 'heartbeat timeout');
        } catch {}
        await this.socketGone(ws);
      }
    }
    let r: Result = expireOffers(this.state, now, newId, s.offerTtlMs);
    const graced = expireGrace(r.state, now, s.graceMs, newId, s.offerTtlMs);
    r = { state: graced.state, effects: [...r.effects, ...graced.effects] };
    await this.apply(r);
  }

  // ── Shell ──

  private async socketGone(ws: WebSocket) {
    const who = ws.deserializeAttachment() as Identity | null;
    if (!who) return;
    const still = this.ctx
      .getWebSockets(`agent:${who.id}`)
      .some((o) => o !== ws && o.readyState === WebSocket.OPEN);
    if (still) return;
    const s = await this.getSettings();
    await this.apply(disconnect(this.state, who.id, Date.now(), newId, s.offerTtlMs));
  }

  private async answerClaim(ws: WebSocket, r: ClaimResult, offerId: string, conversationId: string | null) {
    await this.apply(r);
    // An offer already gone has no conversation here any more; the offer id still names it.
    this.send(ws, { type: 'claim_result', offerId, conversationId, ok: r.ok, message: r.message });
  }

  private conversationOfOffer(offerId: string): string | null {
    return this.state.queue.find((q) => q.offer?.id === offerId)?.conversationId ?? null;
  }

  /** Persist, then carry out the effects, then re-arm the alarm. */
  private async apply(r: Result): Promise<void> {
    // Reducers return the same object when nothing changed: nothing to write or tell.
    if (r.state === this.state && r.effects.length === 0) return;
    this.state = r.state;
    // Not awaited: the output gate holds everything this object sends until the write is durable.
    void this.ctx.storage.put('routing', this.state);
    for (const e of r.effects) if (e.type !== 'queue_changed') await this.carryOut(e);
    await this.pushQueue(r.effects.some((e) => e.type === 'queue_changed'));
    const s = await this.getSettings();
    const due = nextDeadline(this.state, s.graceMs);
    const heartbeat =
      this.ctx.getWebSockets('agent').length > 0 ? Date.now() + HEARTBEAT_TIMEOUT_MS / 3 : null;
    const next = [due, heartbeat].filter((t): t is number => t !== null);
    if (next.length) await this.ctx.storage.setAlarm(Math.min(...next));
  }

  private async carryOut(e: Exclude<Effect, { type: 'queue_changed' }>) {
    const conv = (id: string) => this.env.CONVERSATION.get(this.env.CONVERSATION.idFromName(id));
    try {
      switch (e.type) {
        case 'offer':
          this.sendToAgent(e.agentId, { type: 'offer', offer: e.offer });
          return;
        case 'withdraw':
          this.sendToAgent(e.agentId, {
            type: 'offer_withdrawn',
            offerId: e.offerId,
            conversationId: e.conversationId,
            reason: e.reason,
            byName: e.byName,
          });
          return;
        case 'offered':
          await conv(e.conversationId).offered(e.agentId);
          return;
        case 'assigned':
          this.lastQueueInfo.delete(e.conversationId);
          await conv(e.conversationId).assign({
            agentId: e.agentId,
            agentName: e.agentName,
            department: e.department,
            fromAgentId: e.fromAgentId,
            fromAgentName: e.fromAgentId ? (this.state.agents[e.fromAgentId]?.name ?? null) : null,
            note: e.note,
          });
          return;
        case 'transfer_failed':
          this.sendToAgent(e.fromAgentId, {
            type: 'transfer_failed',
            conversationId: e.conversationId,
            message: e.reason,
          });
          return;
        case 'requeued':
          await conv(e.conversationId).requeued(e.reason);
          return;
      }
    } catch (err) {
      // A conversation that cannot be told now learns its state on its next event.
      console.error('routing effect failed', e.type, err);
    }
  }

  /** Pushes changed positions/ETAs to waiting conversations and the team view to consoles. */
  private async pushQueue(positionsChanged: boolean) {
    const now = Date.now();
    const pushes: Promise<unknown>[] = [];
    const infos = positionsChanged ? queueInfos(this.state, now) : {};
    for (const item of positionsChanged ? this.state.queue : []) {
      if (item.kind !== 'handoff') continue;
      const info = infos[item.conversationId] ?? null;
      const key = JSON.stringify(info);
      if (this.lastQueueInfo.get(item.conversationId) === key) continue;
      this.lastQueueInfo.set(item.conversationId, key);
      const stub = this.env.CONVERSATION.get(this.env.CONVERSATION.idFromName(item.conversationId));
      pushes.push(stub.queueUpdate(info).catch((err: unknown) => console.error('queue push failed', err)));
    }
    await Promise.all(pushes);
    for (const ws of this.ctx.getWebSockets('agent')) {
      const who = ws.deserializeAttachment() as Identity | null;
      if (who) this.sendTeam(ws, who.id);
    }
  }

  private sendTeam(ws: WebSocket, agentId: string) {
    const snap = snapshot(this.state, Date.now());
    const you: PresenceStatus = this.state.agents[agentId]?.status ?? 'offline';
    this.send(ws, { type: 'team', agents: snap.agents, queue: snap.queue, you });
  }

  private offerOf(item: QueueItem) {
    return {
      id: item.offer!.id,
      conversationId: item.conversationId,
      kind: item.kind,
      contactName: item.contactName,
      priority: item.priority,
      department: item.department,
      language: item.language,
      reason: item.reason,
      note: item.note,
      fromAgentName: item.fromAgentId ? (this.state.agents[item.fromAgentId]?.name ?? null) : null,
      expiresAt: item.offer!.expiresAt,
    };
  }

  private async bind(workspaceId: string) {
    if (this.workspaceId === workspaceId) return;
    this.workspaceId = workspaceId;
    await this.ctx.storage.put('workspaceId', workspaceId);
  }

  /** Settings, cached; a stale copy is used while a fresh one loads, so no accept waits on D1. */
  private async getSettings(): Promise<RoutingSettings> {
    const cached = this.settings;
    if (!cached) {
      this.settings = { at: Date.now(), value: await loadRoutingSettings(this.env, this.workspaceId) };
      return this.settings.value;
    }
    if (Date.now() - cached.at > SETTINGS_TTL_MS) {
      cached.at = Date.now();
      this.ctx.waitUntil(
        loadRoutingSettings(this.env, this.workspaceId)
          .then((value) => {
            this.settings = { at: Date.now(), value };
          })
          .catch((err: unknown) => console.error('settings refresh failed', err)),
      );
    }
    return cached.value;
  }

  private send(ws: WebSocket, frame: InboxFrame) {
    try {
      ws.send(JSON.stringify(frame));
    } catch {}
  }

  private sendError(ws: WebSocket, code: ErrorCode, message: string) {
    this.send(ws, { type: 'error', code, message });
  }

  private sendToAgent(agentId: string, frame: InboxFrame) {
    for (const ws of this.ctx.getWebSockets(`agent:${agentId}`)) this.send(ws, frame);
  }

  private sendToAgents(frame: InboxFrame) {
    const data = JSON.stringify(frame);
    for (const ws of this.ctx.getWebSockets('agent')) {
      try {
        ws.send(data);
      } catch {}
    }
  }
}

const newId = () => crypto.randomUUID();
