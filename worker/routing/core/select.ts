import type { AgentRecord, QueueItem, RoutingState } from './types';

/** 'es-MX' → 'es'; 'pt_BR' → 'pt'. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
}

/** No language asked or an agent who speaks anything matches; otherwise compare primary subtags. */
export function languageMatches(agentLanguages: readonly string[], language: string | null): boolean {
  if (!language || agentLanguages.length === 0) return true;
  const want = primaryLanguage(language);
  return agentLanguages.some((l) => primaryLanguage(l) === want);
}

/** No department asked, or an agent in every department (empty list), matches. */
export function departmentMatches(agentDepartments: readonly string[], department: string | null): boolean {
  return !department || agentDepartments.length === 0 || agentDepartments.includes(department);
}

/**
 * Could this agent ever serve the item, capacity and declines aside: online, connected, the right
 * department and language, not the transferring agent, and the named target if there is one.
 * This is the pool the wait estimate and the "nobody can come" fallback look at.
 */
export function couldServe(agent: AgentRecord, item: QueueItem): boolean {
  return (
    agent.status === 'online' &&
    agent.connected &&
    agent.agentId !== item.fromAgentId &&
    (item.targetAgentId === null || item.targetAgentId === agent.agentId) &&
    departmentMatches(agent.departments, item.department) &&
    languageMatches(agent.languages, item.language)
  );
}

/** May this agent be offered the item right now? */
export function isEligible(agent: AgentRecord, item: QueueItem, _now: number): boolean {
  return (
    agent.active.length < agent.capacity &&
    !agent.active.includes(item.conversationId) &&
    !item.declinedBy.includes(agent.agentId) &&
    couldServe(agent, item)
  );
}

/** Least loaded, then lower relative load, then longest idle, then id (deterministic). */
export function betterAgent(a: AgentRecord, b: AgentRecord): boolean {
  if (a.active.length !== b.active.length) return a.active.length < b.active.length;
  const ra = a.active.length / a.capacity;
  const rb = b.active.length / b.capacity;
  if (ra !== rb) return ra < rb;
  if (a.idleSince !== b.idleSince) return a.idleSince < b.idleSince;
  return a.agentId < b.agentId;
}

/** Agents that hold a pending offer: each gets at most one at a time. */
export function agentsWithOffers(state: RoutingState): Set<string> {
  const busy = new Set<string>();
  for (const q of state.queue) if (q.offer) busy.add(q.offer.agentId);
  return busy;
}

export function pickFrom(
  agents: readonly AgentRecord[],
  byId: Record<string, AgentRecord>,
  item: QueueItem,
  now: number,
  busy: ReadonlySet<string>,
): AgentRecord | null {
  if (item.preferredAgentId) {
    const preferred = byId[item.preferredAgentId];
    if (preferred && !busy.has(preferred.agentId) && isEligible(preferred, item, now)) return preferred;
  }
  let best: AgentRecord | null = null;
  for (const a of agents) {
    if (busy.has(a.agentId) || !isEligible(a, item, now)) continue;
    if (!best || betterAgent(a, best)) best = a;
  }
  return best;
}

/**
 * Who should be offered this item now: the returning customer's previous agent if eligible,
 * else the least loaded / longest idle eligible agent. Agents who already hold a pending
 * offer (for another conversation) are skipped, so nobody is flooded.
 */
export function pickAgent(state: RoutingState, item: QueueItem, now: number): AgentRecord | null {
  const busy = agentsWithOffers(state);
  if (item.offer) busy.delete(item.offer.agentId);
  return pickFrom(Object.values(state.agents), state.agents, item, now, busy);
}
