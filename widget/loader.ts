/**
 * The Baton loader: runs on the customer's page from
 *   <script async src="https://WIDGET_ORIGIN/widget/loader.js" data-site-key="KEY"></script>
 * (optionally with data-language="fr" to choose the chat's language over the browser's).
 * It trades the site key for a visitor session, mounts one sandboxed iframe (the chat UI) and
 * exposes `window.Baton`. Kept framework-free and tiny: everything visible lives in the iframe.
 * Only types are imported, so nothing from the protocol (or zod) ends up in the bundle.
 */
import type { WidgetSessionResponse } from '../worker/protocol';
import type { FrameToHost, HostToFrame } from './hostProtocol';

type Listener = (detail?: unknown) => void;
interface BatonApi {
  open(): void;
  close(): void;
  /** Events: 'open', 'close', 'message' (new message from the bot or an agent), 'ready'. Returns an unsubscribe. */
  on(event: string, cb: Listener): () => void;
}

const w = window as Window & { Baton?: BatonApi };
const TAG = '[Baton]';
/** Below this viewport width the open chat takes the whole screen. */
const NARROW = '(max-width: 479px)';

function start(): void {
  if (w.Baton) return; // the script tag is on the page twice
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[data-site-key][src*="/widget/loader.js"]') ??
    document.querySelector<HTMLScriptElement>('script[data-site-key]');
  const siteKey = script?.dataset.siteKey;
  if (!script || !siteKey) {
    console.warn(TAG, 'missing data-site-key on the loader script tag; chat not loaded.');
    return;
  }
  const widgetOrigin = new URL(script.src, location.href).origin;
  const language = script.dataset.language?.trim();
  const visitorKeyName = `baton:${siteKey}:visitor`;
  const openKeyName = `baton:${siteKey}:open`;

  let iframe: HTMLIFrameElement | null = null;
  let session: WidgetSessionResponse | null = null;
  let frameReady = false;
  let isOpen = false;
  /** What the host asked for (Baton.open/close, or the remembered state) before the iframe could act on it. */
  let wanted: boolean | null = read(openKeyName) === '1' ? true : null;
  let refreshAt = 0;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = 15_000;
  let savedOverflow: string | null = null;
  const listeners = new Map<string, Set<Listener>>();
  const mq = matchMedia(NARROW);

  w.Baton = {
    open: () => request(true),
    close: () => request(false),
    on(event, cb) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(cb);
      // Late subscribers to 'ready' still hear about it.
      if (event === 'ready' && frameReady && session) setTimeout(() => call(cb));
      return () => set.delete(cb);
    },
  };

  function request(open: boolean): void {
    wanted = open;
    if (frameReady && session) post({ baton: open ? 'open' : 'close' });
  }

  function emit(name: string, detail?: unknown): void {
    for (const cb of listeners.get(name) ?? []) call(cb, detail);
  }

  function call(cb: Listener, detail?: unknown): void {
    try {
      cb(detail);
    } catch (err) {
      console.error(TAG, 'listener failed', err);
    }
  }

  function post(msg: HostToFrame): void {
    iframe?.contentWindow?.postMessage(msg, widgetOrigin);
  }

  function pushSession(): void {
    if (!session) return;
    const { token, expiresAt, settings, visitorId } = session;
    post({ baton: 'session', token, expiresAt, settings, visitorId });
  }

  async function fetchSession(): Promise<WidgetSessionResponse> {
    const known = read(visitorKeyName);
    const visitorKey = known && known.length >= 16 && known.length <= 128 ? known : undefined;
    const res = await fetch(`${widgetOrigin}/api/widget/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ siteKey, visitorKey }),
      credentials: 'omit',
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { message?: string } | null;
      throw new Error(`${res.status} ${body?.message ?? res.statusText}`);
    }
    const data = (await res.json()) as WidgetSessionResponse;
    write(visitorKeyName, data.visitorKey);
    return data;
  }

  function scheduleRefresh(): void {
    if (!session) return;
    const now = Date.now();
    // Refresh at 80% of the token's life.
    refreshAt = now + Math.max(5_000, (session.expiresAt - now) * 0.8);
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, refreshAt - now);
  }

  async function refresh(): Promise<void> {
    clearTimeout(refreshTimer);
    refreshAt = Number.POSITIVE_INFINITY; // one refresh at a time
    try {
      session = await fetchSession();
      retryDelay = 15_000;
      pushSession();
      scheduleRefresh();
    } catch (err) {
      console.warn(TAG, 'could not refresh the chat session; retrying.', err);
      refreshAt = Date.now() + retryDelay;
      refreshTimer = setTimeout(refresh, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 300_000);
    }
  }

  // Timers are throttled in background tabs and stop during sleep: catch up when the page comes back.
  const catchUp = () => {
    if (session && document.visibilityState === 'visible' && Date.now() >= refreshAt) void refresh();
  };

  function layout(): void {
    if (!iframe) return;
    const narrow = mq.matches;
    let size: string;
    if (!isOpen) {
      size =
        'right:20px;bottom:20px;width:64px;height:64px;border-radius:50%;box-shadow:0 4px 16px rgba(0,0,0,.25)';
    } else if (narrow) {
      size = 'right:0;bottom:0;width:100vw;height:100vh;height:100dvh;border-radius:0;box-shadow:none';
    } else {
      size =
        'right:20px;bottom:20px;width:380px;height:600px;max-height:calc(100vh - 40px);max-height:calc(100dvh - 40px);' +
        'border-radius:16px;box-shadow:0 12px 48px rgba(0,0,0,.28)';
    }
    const base =
      'position:fixed;top:auto;left:auto;margin:0;padding:0;border:0;display:block;z-index:2147483000;' +
      `min-width:0;min-height:0;max-width:100vw;background:transparent;color-scheme:light;transform:none;overflow:hidden;visibility:${frameReady ? 'visible' : 'hidden'};`;
    // !important everywhere: the host page's own CSS must not move or hide the chat.
    iframe.style.cssText = `${base};${size}`
      .split(';')
      .filter(Boolean)
      .map((d) => `${d}!important`)
      .join(';');
    // A full-screen chat on a phone should not scroll the page behind it.
    const root = document.documentElement.style;
    if (isOpen && narrow) {
      if (savedOverflow === null) savedOverflow = root.overflow;
      root.overflow = 'hidden';
    } else if (savedOverflow !== null) {
      root.overflow = savedOverflow;
      savedOverflow = null;
    }
  }

  function onMessage(e: MessageEvent): void {
    if (!iframe || e.origin !== widgetOrigin || e.source !== iframe.contentWindow) return;
    const msg = e.data as FrameToHost | null;
    if (!msg || typeof msg !== 'object') return;
    if (msg.baton === 'ready') {
      const first = !frameReady;
      frameReady = true;
      pushSession();
      if (wanted !== null) request(wanted);
      layout();
      if (first) emit('ready');
    } else if (msg.baton === 'resize') {
      const open = msg.open === true;
      wanted = null;
      if (open === isOpen) return;
      isOpen = open;
      write(openKeyName, open ? '1' : '0');
      layout();
      emit(open ? 'open' : 'close');
    } else if (msg.baton === 'event' && typeof msg.name === 'string') {
      emit(msg.name, msg.detail);
    }
  }

  function mount(): void {
    iframe = document.createElement('iframe');
    iframe.title = 'Chat';
    iframe.setAttribute('data-baton', '');
    const lang = language ? `&lang=${encodeURIComponent(language)}` : '';
    iframe.src = `${widgetOrigin}/widget/frame.html#host=${encodeURIComponent(location.origin)}${lang}`;
    layout();
    addEventListener('message', onMessage);
    mq.addEventListener('change', layout);
    document.addEventListener('visibilitychange', catchUp);
    addEventListener('online', catchUp);
    (document.body ?? document.documentElement).appendChild(iframe);
  }

  fetchSession().then(
    (s) => {
      session = s;
      scheduleRefresh();
      if (document.body) mount();
      else document.addEventListener('DOMContentLoaded', mount, { once: true });
    },
    (err) => {
      // Most often: this page's origin is not in the workspace's allowed origins.
      console.warn(TAG, `chat not loaded: the session request to ${widgetOrigin} failed.`, err);
    },
  );
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {}
}

start();
