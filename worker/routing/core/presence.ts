import type { PresenceStatus } from '../../protocol/routing';
import {
  begin,
  end,
  findItem,
  removeItem,
  requeueHeld,
  runDispatch,
  touchQueue,
  unhold,
  withdraw,
} from './engine';
import { cloneState, holderOf } from './state';
import { DEFAULT_GRACE_MS, type Result, type RoutingState } from './types';

export interface AgentProfile {
  agentId: string;
  name: string;
  departments: string[];
  languages: string[];
  capacity: number;
}

/**
 * Add an agent (offline, not connected, idle since `now`) or update their profile. Returns the new
 * state only: nothing is offered or withdrawn until the next dispatching call (`connect`,
 * `setStatus`, `dispatch`…), which also withdraws a pending offer that no longer fits.
 */
export function upsertAgent(state: RoutingState, profile: AgentProfile, now: number): RoutingState {
  const s = cloneState(state);
  const fields = {
    name: profile.name,
    departments: [...profile.departments],
    languages: [...profile.languages],
    capacity: Math.max(1, Math.floor(profile.capacity)),
  };
  const existing = s.agents[profile.agentId];
  if (existing) Object.assign(existing, fields);
  else
    s.agents[profile.agentId] = {
      agentId: profile.agentId,
      ...fields,
      status: 'offline',
      connected: false,
      disconnectedAt: null,
      active: [],
      idleSince: now,
    };
  return s;
}

/**
 * The agent's explicit choice. Going online dispatches to them. Away or offline withdraws their
 * pending offer (it moves on, not counted as a decline). Away keeps their conversations; choosing
 * offline hands them back to the queue, first in line, for someone else (`requeued: agent_left`).
 */
export function setStatus(
  state: RoutingState,
  agentId: string,
  status: PresenceStatus,
  now: number,
  newId?: () => string,
  offerTtlMs?: number,
): Result {
  const d = begin(state, now, newId, offerTtlMs);
  const agent = d.s.agents[agentId];
  if (!agent) return { state, effects: [] };
  agent.status = status;
  if (status === 'offline')
    for (const cid of [...agent.active]) requeueHeld(d, agent, cid, 'agent_left', false);
  touchQueue(d);
  runDispatch(d);
  return end(d);
}

/** Marks the agent's console as there or gone, and lets dispatch react (offers move on at once). */
function setConnected(connected: boolean) {
  return (
    state: RoutingState,
    agentId: string,
    now: number,
    newId?: () => string,
    offerTtlMs?: number,
  ): Result => {
    const d = begin(state, now, newId, offerTtlMs);
    const agent = d.s.agents[agentId];
    if (!agent) return { state, effects: [] };
    agent.connected = connected;
    agent.disconnectedAt = connected ? null : now;
    touchQueue(d);
    runDispatch(d);
    return end(d);
  };
}

/** A console socket opened. The caller tracks sockets; call this when the first one opens. */
export const connect = setConnected(true);

/**
 * The last console socket closed. Their pending offer moves on at once; their conversations stay
 * with them during the grace period (see `expireGrace`).
 */
export const disconnect = setConnected(false);

/**
 * Agents whose console has been gone for `graceMs` or more become offline; their conversations go
 * back to the queue first in line, for anyone (`requeued: agent_left`).
 */
export function expireGrace(
  state: RoutingState,
  now: number,
  graceMs: number = DEFAULT_GRACE_MS,
  newId?: () => string,
  offerTtlMs?: number,
): Result {
  const d = begin(state, now, newId, offerTtlMs);
  let any = false;
  for (const agent of Object.values(d.s.agents)) {
    if (agent.connected || agent.disconnectedAt === null || now - agent.disconnectedAt < graceMs) continue;
    if (agent.status === 'offline' && agent.active.length === 0) continue;
    any = true;
    agent.status = 'offline';
    for (const cid of [...agent.active]) requeueHeld(d, agent, cid, 'agent_left', false);
  }
  if (!any) return { state, effects: [] };
  touchQueue(d);
  runDispatch(d);
  return end(d);
}

/**
 * The agent is done with a conversation (resolved, closed, or handed back to the bot): free the
 * slot, record the handle time, and dispatch. A transfer that was still pending for it is dropped.
 */
export function release(
  state: RoutingState,
  conversationId: string,
  now: number,
  newId?: () => string,
  offerTtlMs?: number,
): Result {
  const d = begin(state, now, newId, offerTtlMs);
  const holder = holderOf(d.s, conversationId);
  if (!holder) return { state, effects: [] };
  unhold(d, holder, conversationId, true);
  const pending = findItem(d, conversationId);
  if (pending && pending.kind === 'transfer') {
    withdraw(d, pending, 'cancelled', null);
    removeItem(d, pending);
  }
  runDispatch(d);
  return end(d);
}

/**
 * Take a conversation off its agent and put it back first in line: the agent did not reply
 * ('no_reply') or left ('agent_left'). That agent is skipped for it while anyone else can take it.
 */
export function requeueConversation(
  state: RoutingState,
  conversationId: string,
  reason: 'no_reply' | 'agent_left',
  now: number,
  newId?: () => string,
  offerTtlMs?: number,
): Result {
  const d = begin(state, now, newId, offerTtlMs);
  const holder = holderOf(d.s, conversationId);
  if (!holder) return { state, effects: [] };
  requeueHeld(d, holder, conversationId, reason, true);
  runDispatch(d);
  return end(d);
}
