import ReconnectingWebSocket from 'partysocket/ws';
import type { InboxClientFrame, InboxFrame } from '../worker/protocol';
import { socketUrl } from './api';
import { keepAlive, socketOptions } from './heartbeat';

export type FeedStatus = 'connecting' | 'live' | 'offline';

export interface InboxFeedHandlers {
  /** Each (re)connect: the feed has no backlog, so whatever was missed must be refetched or resent. */
  onOpen(): void;
  onFrame(frame: InboxFrame): void;
  onStatus(status: FeedStatus): void;
  /** Several connects in a row failed: the caller may check whether the session is still valid. */
  onRepeatedFailure(): void;
}

/**
 * The console's two-way socket to its workspace (/api/inbox/ws): conversation summaries,
 * team presence and the queue, private offers and claim answers in; status, accept,
 * decline and pick-up out.
 */
export class InboxFeed {
  private readonly ws: ReconnectingWebSocket;
  private readonly stopKeepAlive: () => void;
  private failures = 0;
  private opened = false;

  constructor(private readonly handlers: InboxFeedHandlers) {
    handlers.onStatus('connecting');
    this.ws = new ReconnectingWebSocket(socketUrl('/api/inbox/ws'), undefined, socketOptions);
    this.stopKeepAlive = keepAlive(this.ws);
    this.ws.addEventListener('open', this.handleOpen);
    this.ws.addEventListener('message', this.handleMessage);
    this.ws.addEventListener('close', this.handleClose);
  }

  /** Sends now if the socket is open; false otherwise (nothing is queued for later). */
  send(frame: InboxClientFrame): boolean {
    if (this.ws.readyState !== this.ws.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  get live(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  close(): void {
    this.stopKeepAlive();
    this.ws.removeEventListener('open', this.handleOpen);
    this.ws.removeEventListener('message', this.handleMessage);
    this.ws.removeEventListener('close', this.handleClose);
    this.ws.close(1000, 'bye');
  }

  private handleOpen = () => {
    this.failures = 0;
    this.opened = true;
    this.handlers.onStatus('live');
    this.handlers.onOpen();
  };

  private handleMessage = (e: MessageEvent) => {
    let frame: InboxFrame;
    try {
      frame = JSON.parse(String(e.data)) as InboxFrame;
    } catch {
      return;
    }
    if (frame && typeof frame.type === 'string') this.handlers.onFrame(frame);
  };

  private handleClose = () => {
    if (!this.opened) this.failures += 1;
    this.opened = false;
    this.handlers.onStatus(this.failures > 1 ? 'offline' : 'connecting');
    if (this.failures > 0 && this.failures % 3 === 0) this.handlers.onRepeatedFailure();
  };
}
