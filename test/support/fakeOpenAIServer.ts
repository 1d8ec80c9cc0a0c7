import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeOpenAI, type FakeReply } from './fakeOpenAI';

/**
 * The fake OpenAI-compatible server on a loopback port, for a real `wrangler dev` to call
 * (browser tests, the bench). It times itself: `spentMs()` is the total time spent answering.
 */
export async function startFakeOpenAI(respond: Parameters<typeof createFakeOpenAI>[0]) {
  const fake = createFakeOpenAI(respond);
  let spent = 0;
  /** Arrival and end of each request, as epoch milliseconds (sub-ms precision), for timelines. */
  const timeline: { start: number; end: number }[] = [];
  const server: Server = createServer(async (req, res) => {
    const t0 = performance.now();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const response = await fake.fetch(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers,
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    });
    const out: Record<string, string> = {};
    response.headers.forEach((v, k) => {
      out[k] = v;
    });
    res.writeHead(response.status, out);
    if (response.body) {
      const reader = response.body.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) res.write(r.value);
    }
    res.end();
    const t1 = performance.now();
    spent += t1 - t0;
    timeline.push({ start: performance.timeOrigin + t0, end: performance.timeOrigin + t1 });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    baseURL: `http://127.0.0.1:${port}/v1`,
    /** Every request body received, in order. */
    received: fake.requests,
    requestCount: () => fake.callCount(),
    spentMs: () => spent,
    timeline: () => timeline,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export type { FakeReply };
