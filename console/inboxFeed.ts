import ReconnectingWebSocket from 'partysocket/ws';
import type { ConversationSummary, InboxFrame } from '../worker/protocol';
import { socketUrl } from './api';
import { keepAlive, socketOptions } from './heartbeat';

export type FeedStatus = 'connecting' | 'live' | 'offline';

export interface InboxFeedHandlers {
  /** Each (re)connect: the feed has no backlog, so whatever was missed must be refetched. */
  onOpen(): void;
  onConversation(summary: ConversationSummary): void;
  onStatus(status: FeedStatus): void;
  /** Several connects in a row failed: the caller may check whether the session is still valid. */
  onRepeatedFailure(): void;
}

/** The live inbox: a reconnecting socket to /api/inbox/ws delivering conversation summaries. */
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
    if (frame.type === 'conversation') this.handlers.onConversation(frame.conversation);
  };

  private handleClose = () => {
    if (!this.opened) this.failures += 1;
    this.opened = false;
    this.handlers.onStatus(this.failures > 1 ? 'offline' : 'connecting');
    if (this.failures > 0 && this.failures % 3 === 0) this.handlers.onRepeatedFailure();
  };
}
