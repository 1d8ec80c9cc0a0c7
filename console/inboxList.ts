import type { ConversationSummary, InboxView } from '../worker/protocol';

/** Whether a conversation belongs in an inbox tab (mirrors the server's `?view=` filters). */
export function matchesView(s: ConversationSummary, view: InboxView, meId: string): boolean {
  switch (view) {
    case 'open':
      return s.status !== 'resolved';
    case 'mine':
      return s.status === 'agent' && s.assigneeId === meId;
    case 'closed':
      return s.status === 'resolved';
    case 'all':
      return true;
  }
}

/** True when `a` is a later picture of the conversation than `b` (summaries can arrive out of order). */
export function isNewer(a: ConversationSummary, b: ConversationSummary): boolean {
  if (a.lastSeq !== b.lastSeq) return a.lastSeq > b.lastSeq;
  return a.updatedAt >= b.updatedAt;
}

export const byRecent = (a: ConversationSummary, b: ConversationSummary) =>
  b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1);

/** Inserts, replaces or drops one conversation in a tab's list; keeps it sorted by updatedAt desc. */
export function upsert(
  list: readonly ConversationSummary[],
  s: ConversationSummary,
  view: InboxView,
  meId: string,
): ConversationSummary[] {
  const rest = list.filter((x) => x.id !== s.id);
  if (!matchesView(s, view, meId)) return rest;
  rest.push(s);
  return rest.sort(byRecent);
}
