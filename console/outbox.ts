/** A message the agent wrote that the server has not acknowledged yet. */
export interface OutboxItem {
  clientId: string;
  body: string;
  internal: boolean;
  /** `sending`: (re)sent on every greeted connection until acked. `failed`: refused; waits for retry or discard. */
  status: 'sending' | 'failed';
  error: string | null;
  createdAt: number;
}

export function enqueue(
  outbox: readonly OutboxItem[],
  body: string,
  internal: boolean,
): [OutboxItem[], OutboxItem] {
  const item: OutboxItem = {
    clientId: crypto.randomUUID(),
    body,
    internal,
    status: 'sending',
    error: null,
    createdAt: Date.now(),
  };
  return [[...outbox, item], item];
}

export const markFailed = (outbox: readonly OutboxItem[], clientId: string, error: string) =>
  outbox.map((o) => (o.clientId === clientId ? { ...o, status: 'failed' as const, error } : o));

export const markSending = (outbox: readonly OutboxItem[], clientId: string) =>
  outbox.map((o) => (o.clientId === clientId ? { ...o, status: 'sending' as const, error: null } : o));

export const without = (outbox: readonly OutboxItem[], clientIds: ReadonlySet<string>) =>
  outbox.filter((o) => !clientIds.has(o.clientId));
