import type { AgentProfile } from '../worker/protocol';
import { ConversationSocket } from './conversationSocket';

interface Entry {
  socket: ConversationSocket;
  refs: number;
  unsubscribe: (() => void) | null;
}

const entries = new Map<string, Entry>();

/**
 * Conversation sockets by id. Leaving a conversation with messages still in the outbox keeps
 * its socket running in the background until they are acknowledged (or discarded), so
 * switching threads never drops what the agent wrote.
 */
export function acquireThread(id: string, me: AgentProfile): ConversationSocket {
  let entry = entries.get(id);
  if (!entry) {
    entry = { socket: new ConversationSocket(id, me), refs: 0, unsubscribe: null };
    entries.set(id, entry);
  }
  entry.unsubscribe?.();
  entry.unsubscribe = null;
  entry.refs += 1;
  return entry.socket;
}

export function releaseThread(id: string): void {
  const entry = entries.get(id);
  if (!entry) return;
  entry.refs -= 1;
  if (entry.refs > 0) return;
  const closeIfIdle = () => {
    const v = entry.socket.view.get();
    if (entry.refs > 0 || (v.outbox.length > 0 && v.connection !== 'gone')) return false;
    entry.unsubscribe?.();
    entry.socket.dispose();
    entries.delete(id);
    return true;
  };
  if (!closeIfIdle()) entry.unsubscribe = entry.socket.view.subscribe(closeIfIdle);
}

/** Logout / session lost: everything goes. */
export function disposeAllThreads(): void {
  for (const entry of entries.values()) {
    entry.unsubscribe?.();
    entry.socket.dispose();
  }
  entries.clear();
}
