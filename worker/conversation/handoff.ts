import type { Env } from '../env';
import { linesFor } from '../lines';
import type { ConversationStatus } from '../protocol';
import type { QueueItem } from '../routing/core';
import { loadRoutingSettings } from '../routing/settings';
import { BOT_NAME } from './botRunner';
import type { ConversationHost } from './host';
import { type Meta, saveMeta } from './transcript';

export type HandoffItem = Omit<QueueItem, 'declinedBy' | 'offer' | 'enqueuedAt'>;
export interface AgentRef {
  id: string;
  name: string;
  workspaceId: string;
}
export interface Assignment {
  agentId: string;
  agentName: string;
  department: string | null;
  fromAgentId: string | null;
  fromAgentName?: string | null;
  note: string | null;
}

export type HandoffHost = Pick<
  ConversationHost,
  | 'meta'
  | 'sql'
  | 'append'
  | 'broadcast'
  | 'broadcastMessage'
  | 'applyEvent'
  | 'stateOf'
  | 'setReplyDue'
  | 'routing'
  | 'refreshBrief'
>;

/** The conversation's side of a handoff: asking routing for a person, and what routing answers. */
export function createHandoff(host: HandoffHost, env: Env) {
  function item(kind: 'handoff' | 'transfer', reason: string | null = null): HandoffItem {
    const meta = host.meta!;
    return {
      conversationId: meta.id,
      contactName: meta.contactName,
      kind,
      priority: meta.priority ?? 'normal',
      department: meta.department ?? null,
      language: meta.language ?? null,
      reason,
      firstInLine: false,
      preferredAgentId: meta.lastAgentId ?? null,
      fromAgentId: null,
      targetAgentId: null,
      note: null,
    };
  }

  /** Asks routing for a person; true when the conversation now waits for one. */
  async function request(reason: string): Promise<boolean> {
    const meta = host.meta;
    if (meta?.status !== 'bot') return meta?.status === 'queued' || meta?.status === 'offered';
    meta.lastAgentId ??= await lastAgentOf(env, meta);
    // The brief exists before any agent can be offered the conversation.
    meta.handoffReason = reason;
    await host.refreshBrief(true);
    if (meta.status !== 'bot') return meta.status === 'queued' || meta.status === 'offered';
    const answer = await host.routing().enqueue(meta.workspaceId, item('handoff', reason));
    // Someone may have joined while we asked: then the queue entry goes.
    if (meta.status !== 'bot') {
      if (answer.queued) await host.routing().cancel(meta.id, 'resolved');
      return false;
    }
    if (answer.queued) {
      meta.queue = answer.queue;
      meta.fallback = null;
      saveMeta(host.sql, meta);
      host.applyEvent({ type: 'request_handoff', reason });
      host.broadcast({ type: 'state', state: host.stateOf(meta) });
      return true;
    }
    meta.fallback = answer.fallback;
    saveMeta(host.sql, meta);
    const text = `${answer.fallback.message} ${linesFor(meta.language).fallbackChoices}`;
    host.broadcastMessage(host.append('bot', null, BOT_NAME, text, 'bot', crypto.randomUUID()));
    host.broadcast({ type: 'state', state: host.stateOf(meta) });
    return false;
  }

  function assigned(a: Assignment): void {
    const meta = host.meta!;
    const wasWaiting = meta.status !== 'agent';
    meta.queue = null;
    meta.fallback = null;
    meta.lastAgentId = a.agentId;
    saveMeta(host.sql, meta);
    const t = host.applyEvent({
      type: 'assigned',
      agentId: a.agentId,
      agentName: a.agentName,
      department: a.department,
    });
    if (!t.ok) return;
    if (a.note) {
      const note = host.append(
        'note',
        a.fromAgentId,
        null,
        `Transfer note: ${a.note}`,
        'system',
        crypto.randomUUID(),
      );
      host.broadcastMessage(note);
    }
    // The customer is waiting on the new agent: their reply clock starts now.
    void loadRoutingSettings(env, meta.workspaceId).then((s) => {
      meta.replyTimeoutMs = s.replyTimeoutMs;
      if (wasWaiting || a.fromAgentId) host.setReplyDue(Date.now() + s.replyTimeoutMs);
    });
  }

  /** The person's part is over (or the wait is): free their capacity or the queue slot. */
  async function ended(was: ConversationStatus, why: 'resolved' | 'abandoned'): Promise<void> {
    const meta = host.meta!;
    host.setReplyDue(null);
    if (was === 'agent') await host.routing().release(meta.id);
    else if (was === 'queued' || was === 'offered' || why === 'abandoned')
      await host.routing().cancel(meta.id, why);
  }

  return { item, request, assigned, ended };
}

async function lastAgentOf(env: Env, meta: Meta): Promise<string | null> {
  const row = await env.DB.prepare(
    `SELECT assignee_id FROM conversations
     WHERE workspace_id = ? AND contact_id = ? AND id != ? AND assignee_id IS NOT NULL
     ORDER BY updated_at DESC LIMIT 1`,
  )
    .bind(meta.workspaceId, meta.contactId, meta.id)
    .first<{ assignee_id: string }>();
  return row?.assignee_id ?? null;
}
