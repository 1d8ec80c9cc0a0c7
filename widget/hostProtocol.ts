import type { WidgetSettings } from '../worker/protocol';

/**
 * The postMessage protocol between the loader (host page) and the chat iframe.
 * Every message carries a `baton` tag; both sides check the peer's origin and window.
 */

/** Iframe → loader. */
export type FrameToHost =
  /** The iframe is listening; the loader answers with `session` (and `open` to restore an open chat). */
  | { baton: 'ready' }
  /** The iframe wants its open (panel) or closed (launcher) size. */
  | { baton: 'resize'; open: boolean }
  /** Something the host page may listen to via `Baton.on(name, cb)`. */
  | { baton: 'event'; name: string; detail?: unknown };

/** Loader → iframe. */
export type HostToFrame =
  | { baton: 'session'; token: string; expiresAt: number; settings: WidgetSettings; visitorId: string }
  | { baton: 'open' }
  | { baton: 'close' };

/** What `Baton.on('message', cb)` receives: a new message from the bot or an agent. */
export interface MessageEventDetail {
  seq: number;
  kind: 'bot' | 'agent';
  authorName: string | null;
  body: string;
  at: number;
}
