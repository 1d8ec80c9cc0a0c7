// HTTP and WebSocket clients for the bench: everything goes to the loopback server.
import WebSocket from 'ws';

/** POSTs JSON; returns the parsed body and the response. Throws on a non-2xx status. */
export async function postJson(url, body, headers = {}, timeoutMs = 15_000) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${new URL(url).pathname} → ${res.status}: ${text.slice(0, 300)}`);
  return { res, json: text ? JSON.parse(text) : null };
}

/**
 * A WebSocket that parses incoming JSON frames and lets callers wait for one matching a predicate.
 * The receive time (performance.now()) is taken first thing in the message handler, before parsing.
 * An `error` frame or the socket closing rejects every pending wait: the bench never tolerates either.
 */
export class FrameSocket {
  /** @param {string} url @param {Record<string,string>} [headers] @param {number} [timeoutMs] */
  static open(url, headers = {}, timeoutMs = 10_000) {
    const ws = new WebSocket(url, { headers, perMessageDeflate: false, handshakeTimeout: timeoutMs });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new FrameSocket(ws, url)));
      ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () =>
          reject(
            new Error(`WebSocket ${new URL(url).pathname} refused: ${res.statusCode} ${body.slice(0, 300)}`),
          ),
        );
      });
      ws.once('error', reject);
    });
  }

  constructor(ws, url) {
    this.ws = ws;
    this.name = new URL(url).pathname;
    /** @type {Set<{match:(f:any)=>boolean, resolve:(v:{frame:any,t:number})=>void, reject:(e:Error)=>void}>} */
    this.waiters = new Set();
    /** @type {Set<(frame:any, t:number)=>void>} */
    this.listeners = new Set();
    ws.on('message', (data) => {
      const t = performance.now();
      let frame;
      try {
        frame = JSON.parse(data.toString());
      } catch {
        return this.failAll(new Error(`${this.name}: non-JSON frame ${String(data).slice(0, 200)}`));
      }
      if (frame?.type === 'error') {
        return this.failAll(new Error(`${this.name}: error frame ${JSON.stringify(frame)}`));
      }
      for (const w of this.waiters) {
        if (w.match(frame)) {
          this.waiters.delete(w);
          w.resolve({ frame, t });
        }
      }
      for (const l of this.listeners) l(frame, t);
    });
    ws.on('close', (code, reason) => this.failAll(new Error(`${this.name}: closed ${code} ${reason}`)));
    ws.on('error', (err) => this.failAll(err));
  }

  failAll(err) {
    for (const w of this.waiters) w.reject(err);
    this.waiters.clear();
  }

  /** Resolves with {frame, t} for the next frame matching `match`; register before sending. */
  waitFor(match, timeoutMs = 10_000, what = 'frame') {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(w);
        reject(new Error(`${this.name}: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const w = {
        match,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.waiters.add(w);
    });
  }

  /** Calls `fn(frame, t)` for every frame from now on (after the waiters); returns the unsubscribe. */
  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  send(data) {
    this.ws.send(typeof data === 'string' ? data : JSON.stringify(data));
  }

  /** Closes and waits (bounded) for the close to complete. */
  close() {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, 2000);
      this.ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.waiters.clear();
      this.listeners.clear();
      this.ws.close(1000, 'bench done');
    });
  }
}

const TIMEOUT_MS = 10_000;

/** Logs an agent in; returns the `Cookie` header value (baton_session=…). */
export async function loginAgent(server, agent) {
  const { res } = await postJson(
    `${server.url}/api/auth/login`,
    { email: agent.email, password: agent.password },
    { Origin: server.url },
  );
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('baton_session='));
  if (!cookie) throw new Error('login returned no baton_session cookie');
  return cookie;
}

/**
 * A new visitor (widget session = new contact) with a new conversation and its socket, past
 * hello/welcome, embedded on the seeded demo page's origin (localhost:<port>).
 * @returns {Promise<{ id: string, token: string, socket: FrameSocket, welcome: any }>}
 */
export async function openVisitor(server) {
  // The seed allows the demo page's origin: localhost on the server's port.
  const hostOrigin = new URL(server.demoUrl).origin;
  const { json: session } = await postJson(
    `${server.url}/api/widget/session`,
    { siteKey: server.seed.siteKey },
    { Origin: hostOrigin },
  );
  const { json: convo } = await postJson(
    `${server.url}/api/widget/conversations`,
    {},
    { Authorization: `Bearer ${session.token}` },
  );
  const socket = await FrameSocket.open(
    `${server.url.replace(/^http/, 'ws')}/api/widget/conversations/${convo.id}/ws?token=${encodeURIComponent(session.token)}`,
    { Origin: hostOrigin },
  );
  const welcome = socket.waitFor((f) => f.type === 'welcome', TIMEOUT_MS, 'welcome');
  socket.send({ type: 'hello', lastSeq: 0 });
  const { frame } = await welcome;
  return { id: convo.id, token: session.token, socket, welcome: frame };
}

/** Runs `fn` over `items` with at most `limit` at a time; results in input order. */
export async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
