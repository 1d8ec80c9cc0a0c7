import type { FrameToHost, HostToFrame } from './hostProtocol';

/**
 * The iframe's side of the host protocol. The host origin comes from `#host=` (set by the loader);
 * messages are accepted only from `window.parent` at exactly that origin and sent only to it.
 */
const hash = new URLSearchParams(location.hash.slice(1));
const hostOrigin = readHostOrigin();

/** The language the host page asked for (`data-language` on the loader's tag → `#lang=`), if any. */
export const hostLanguage = hash.get('lang');

function readHostOrigin(): string | null {
  const raw = hash.get('host');
  if (!raw) return null;
  try {
    const origin = new URL(raw).origin;
    return origin === raw ? origin : null;
  } catch {
    return null;
  }
}

export const hasHost = hostOrigin !== null && window.parent !== window;

export function postToHost(msg: FrameToHost): void {
  if (hasHost && hostOrigin) window.parent.postMessage(msg, hostOrigin);
}

/** Subscribes to messages from the host page; returns an unsubscribe. */
export function onHostMessage(cb: (msg: HostToFrame) => void): () => void {
  const handler = (e: MessageEvent) => {
    if (!hasHost || e.source !== window.parent || e.origin !== hostOrigin) return;
    const msg = e.data as HostToFrame | null;
    if (msg && typeof msg === 'object' && typeof msg.baton === 'string') cb(msg);
  };
  addEventListener('message', handler);
  return () => removeEventListener('message', handler);
}
