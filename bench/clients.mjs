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
      this.ws.close(1000, 'bench done');
    });
  }
}
