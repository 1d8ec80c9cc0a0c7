import type { Message } from '../worker/protocol';

/** Merges messages into a seq-ordered transcript; a seq already held is never duplicated. */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  if (incoming.length === 0) return current;
  const last = current.at(-1);
  // Fast path: strictly newer messages in order, the usual live case.
  if (!last || incoming.every((m, i) => m.seq > (i === 0 ? last.seq : incoming[i - 1]!.seq))) {
    return [...current, ...incoming];
  }
  const bySeq = new Map(current.map((m) => [m.seq, m]));
  for (const m of incoming) if (!bySeq.has(m.seq)) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

export const highestSeq = (messages: readonly Message[]) => messages.at(-1)?.seq ?? 0;
