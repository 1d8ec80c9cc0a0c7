import { type AgentRecord, type QueueItem, type RoutingState, SAMPLE_CAP } from './types';

export function emptyRoutingState(): RoutingState {
  return {
    agents: {},
    queue: [],
    handleTimesMs: [],
    acceptTimesMs: [],
    assignedAt: {},
    abandoned: 0,
    held: {},
    recentOffers: [],
  };
}

function cloneAgent(a: AgentRecord): AgentRecord {
  return { ...a, departments: [...a.departments], languages: [...a.languages], active: [...a.active] };
}

function cloneItem(q: QueueItem): QueueItem {
  return { ...q, declinedBy: [...q.declinedBy], offer: q.offer ? { ...q.offer } : null };
}

/** A deep-enough copy to mutate freely: callers' state is never changed. Fills optional fields. */
export function cloneState(s: RoutingState): RoutingState {
  const agents: Record<string, AgentRecord> = {};
  for (const id in s.agents) agents[id] = cloneAgent(s.agents[id]!);
  return {
    agents,
    queue: s.queue.map(cloneItem),
    handleTimesMs: [...s.handleTimesMs],
    acceptTimesMs: [...s.acceptTimesMs],
    assignedAt: { ...s.assignedAt },
    abandoned: s.abandoned,
    held: { ...(s.held ?? {}) },
    recentOffers: [...(s.recentOffers ?? [])],
  };
}

export function pushSample(samples: number[], value: number): void {
  samples.push(Math.max(0, value));
  if (samples.length > SAMPLE_CAP) samples.splice(0, samples.length - SAMPLE_CAP);
}

export function median(samples: readonly number[], fallback: number): number {
  if (samples.length === 0) return fallback;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The agent holding a conversation, if any. */
export function holderOf(state: RoutingState, conversationId: string): AgentRecord | null {
  for (const id in state.agents) {
    const a = state.agents[id]!;
    if (a.active.includes(conversationId)) return a;
  }
  return null;
}
