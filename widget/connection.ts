import ReconnectingWebSocket from 'partysocket/ws';
import type { ClientFrame, ServerFrame } from '../worker/protocol';
import { CloseCode } from '../worker/protocol/closeCodes';

/** Keep-alive: a ping this often while open; no frame at all for DEAD_MS means the link is gone. */
const PING_MS = 25_000;
const DEAD_MS = 60_000;

export interface ConnectionHandlers {
  /** The socket (re)opened: send hello now. */
  onOpen(): void;
  onFrame(frame: ServerFrame): void;
  /** The socket closed or failed; it reconnects by itself. */
  onDown(): void;
  /** The server says the conversation is gone (or not ours): no more reconnecting. */
  onGone(): void;
}

/**
 * One conversation's socket: partysocket reconnects with backoff and asks `url()` again each
 * time, so a refreshed token is used. Nothing is buffered while down — the caller resends
 * (hello first, then its outbox) on every open.
 */
export class Connection {
  private ws: ReconnectingWebSocket;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private lastFrameAt = 0;

  constructor(url: () => string, handlers: ConnectionHandlers) {
    this.ws = new ReconnectingWebSocket(url, null, {
      minReconnectionDelay: 500,
      maxReconnectionDelay: 10_000,
      reconnectionDelayGrowFactor: 1.6,
      connectionTimeout: 8_000,
      maxEnqueuedMessages: 0,
    });
    this.ws.addEventListener('open', () => {
      this.lastFrameAt = Date.now();
      clearInterval(this.heartbeat);
      this.heartbeat = setInterval(() => this.beat(), PING_MS);
      handlers.onOpen();
    });
    this.ws.addEventListener('message', (e) => {
      this.lastFrameAt = Date.now();
      if (typeof e.data !== 'string') return;
      let frame: ServerFrame;
      try {
        frame = JSON.parse(e.data) as ServerFrame;
      } catch {
        return;
      }
      if (frame && typeof frame === 'object' && typeof frame.type === 'string') handlers.onFrame(frame);
    });
    this.ws.addEventListener('close', (e) => {
      clearInterval(this.heartbeat);
      if (e.code === CloseCode.gone) {
        this.ws.close();
        handlers.onGone();
        return;
      }
      handlers.onDown();
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  /** Sends now or not at all; false when the socket is not open. */
  send(frame: ClientFrame): boolean {
    if (!this.isOpen) return false;
    return this.ws.send(JSON.stringify(frame));
  }

  /** Drop the current socket and connect again now (e.g. the network came back). */
  reconnect(): void {
    this.ws.reconnect();
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.ws.close();
  }

  private beat(): void {
    if (Date.now() - this.lastFrameAt > DEAD_MS) {
      this.ws.reconnect();
      return;
    }
    this.send({ type: 'ping' });
  }
}
