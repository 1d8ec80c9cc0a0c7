import type { Priority } from '../../protocol/routing';
import type { QueueItem, RoutingState } from './types';

export const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

type Ordered = Pick<QueueItem, 'firstInLine' | 'priority' | 'enqueuedAt' | 'conversationId'>;

/** Negative when `a` is served before `b`. */
export function compareItems(a: Ordered, b: Ordered): number {
  if (a.firstInLine !== b.firstInLine) return a.firstInLine ? -1 : 1;
  const p = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  if (p !== 0) return p;
  if (a.enqueuedAt !== b.enqueuedAt) return a.enqueuedAt - b.enqueuedAt;
  return a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0;
}

/** Service order: first-in-line (requeued) first, then urgent > high > normal > low, then arrival. */
export function orderedQueue(queue: readonly QueueItem[]): QueueItem[] {
  return [...queue].sort(compareItems);
}

/** 1-based place in the whole queue, or null when not queued. */
export function positionOf(state: RoutingState, conversationId: string): number | null {
  const item = state.queue.find((q) => q.conversationId === conversationId);
  if (!item) return null;
  let ahead = 0;
  for (const q of state.queue) if (q !== item && compareItems(q, item) < 0) ahead++;
  return ahead + 1;
}
