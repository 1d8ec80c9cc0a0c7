import type { AgentPresence, QueueEntry } from '../../protocol/routing';
import { orderedQueue } from './order';
import type { RoutingState } from './types';

/**
 * What consoles show. An agent whose console is gone (within the grace period) shows as 'away'
 * to teammates, whatever they chose; agents sorted by name; the queue in service order.
 */
export function snapshot(
  state: RoutingState,
  _now: number,
): { agents: AgentPresence[]; queue: QueueEntry[] } {
  const agents = Object.values(state.agents)
    .map(
      (a): AgentPresence => ({
        agentId: a.agentId,
        name: a.name,
        status: a.connected || a.status === 'offline' ? a.status : 'away',
        active: a.active.length,
        capacity: a.capacity,
        departments: [...a.departments],
        languages: [...a.languages],
      }),
    )
    .sort((x, y) => x.name.localeCompare(y.name) || (x.agentId < y.agentId ? -1 : 1));
  const queue = orderedQueue(state.queue).map(
    (q, i): QueueEntry => ({
      conversationId: q.conversationId,
      contactName: q.contactName,
      priority: q.priority,
      department: q.department,
      language: q.language,
      reason: q.reason,
      position: i + 1,
      waitingSince: q.enqueuedAt,
      offeredTo: q.offer?.agentId ?? null,
    }),
  );
  return { agents, queue };
}
