import type ReconnectingWebSocket from 'partysocket/ws';

const PING_EVERY_MS = 25_000;
const PONG_WITHIN_MS = 10_000;

/**
 * Keeps a reconnecting socket honest: pings while idle (the server answers without waking
 * the object) and forces a reconnect when nothing comes back, so a dead connection that
 * never fired `close` (sleeping laptop, lost Wi-Fi) is noticed within seconds.
 */
export function keepAlive(ws: ReconnectingWebSocket): () => void {
  let waiting: ReturnType<typeof setTimeout> | null = null;
  const alive = () => {
    if (waiting) clearTimeout(waiting);
    waiting = null;
  };
  const timer = setInterval(() => {
    if (ws.readyState !== ws.OPEN || waiting) return;
    ws.send('{"type":"ping"}');
    waiting = setTimeout(() => {
      waiting = null;
      ws.reconnect(4000, 'heartbeat timeout');
    }, PONG_WITHIN_MS);
  }, PING_EVERY_MS);
  ws.addEventListener('message', alive);
  ws.addEventListener('close', alive);
  return () => {
    clearInterval(timer);
    alive();
    ws.removeEventListener('message', alive);
    ws.removeEventListener('close', alive);
  };
}

/** Options shared by every console socket. */
export const socketOptions = {
  minReconnectionDelay: 500,
  maxReconnectionDelay: 10_000,
  reconnectionDelayGrowFactor: 1.6,
  connectionTimeout: 8000,
  // Frames are only ever sent on an open, greeted socket; nothing may be queued ahead of `hello`.
  maxEnqueuedMessages: 0,
};
