import type { Message } from '../worker/protocol';

/**
 * The visitor's transcript: server messages kept sorted by seq and unique by seq, plus the
 * outbox of messages the server has not acknowledged yet (shown after them, in send order).
 */

/** A message the visitor wrote that has no seq yet. */
export interface Pending {
  clientId: string;
  body: string;
  at: number;
  status: 'sending' | 'failed';
  /** Why it failed (the server's message), when it did. */
  error?: string;
  /** False when sending it again cannot help (e.g. the conversation is closed). */
  retryable?: boolean;
}

/** Merges `incoming` into `list` by seq: never duplicates, keeps order, later copies win. */
export function mergeMessages(list: readonly Message[], incoming: readonly Message[]): Message[] {
  const fresh = incoming.filter((m) => m.kind !== 'note');
  if (fresh.length === 0) return list as Message[];
  const last = list.at(-1)?.seq ?? -1;
  // Fast path: the common case is new messages in order after everything we hold.
  if (fresh.every((m, i) => m.seq > (i === 0 ? last : fresh[i - 1]!.seq))) return [...list, ...fresh];
  const bySeq = new Map<number, Message>();
  for (const m of list) bySeq.set(m.seq, m);
  for (const m of fresh) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest seq held, 0 when none. */
export const lastSeqOf = (list: readonly Message[]) => list.at(-1)?.seq ?? 0;

/** Drops outbox entries the transcript already holds (same clientId from this visitor). */
export function settleOutbox(outbox: readonly Pending[], list: readonly Message[]): Pending[] {
  if (outbox.length === 0) return outbox as Pending[];
  const held = new Set(list.filter((m) => m.kind === 'visitor').map((m) => m.clientId));
  const left = outbox.filter((p) => !held.has(p.clientId));
  return left.length === outbox.length ? (outbox as Pending[]) : left;
}
