import { SELF } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { hashPassword } from '../../worker/auth/password';
import { seedDemo } from '../../worker/db/seed';
import type { ServerFrame } from '../../worker/protocol';

export const BASE = 'http://baton.test';
export const SHOP_ORIGIN = 'https://shop.example';

export const call = (path: string, init?: RequestInit) => SELF.fetch(new Request(`${BASE}${path}`, init));

export async function seed() {
  return seedDemo(env.DB, [SHOP_ORIGIN]);
}

/** A second, unrelated workspace with one agent — for tenant-isolation tests. */
export async function seedOtherWorkspace(suffix = crypto.randomUUID().slice(0, 8)) {
  const id = `other-${suffix}`;
  const email = `agent-${suffix}@other.example`;
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO workspaces (id, name, site_key, allowed_origins, greeting, color, created_at) VALUES (?, 'Other', ?, ?, 'Hello', '#000', 0)",
    ).bind(id, `site-${suffix}-key`, JSON.stringify(['https://other.example'])),
    env.DB.prepare(
      "INSERT INTO agents (id, workspace_id, email, name, password_hash, role, created_at) VALUES (?, ?, ?, 'Olga', ?, 'agent', 0)",
    ).bind(`agent-${suffix}`, id, email, await hashPassword('other-pass')),
  ]);
  return { workspaceId: id, siteKey: `site-${suffix}-key`, email, password: 'other-pass' };
}

export async function visitorSession(siteKey: string, origin = SHOP_ORIGIN, visitorKey?: string) {
  const res = await call('/api/widget/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ siteKey, visitorKey }),
  });
  return res;
}

/** A visitor with a fresh conversation. */
export async function newVisitorConversation(siteKey: string) {
  const session = (await (await visitorSession(siteKey)).json()) as {
    token: string;
    visitorId: string;
    visitorKey: string;
  };
  const res = await call('/api/widget/conversations', {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.token}` },
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  return { ...session, conversationId: id };
}

export async function login(email: string, password: string): Promise<string> {
  const res = await call('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: BASE },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  const cookie = res.headers.get('Set-Cookie') ?? '';
  return cookie.split(';')[0]!;
}

/** A WebSocket test client that queues frames so tests can wait on them. */
export class TestSocket {
  frames: ServerFrame[] = [];
  private waiters: (() => void)[] = [];
  closed = false;

  constructor(readonly ws: WebSocket) {
    ws.addEventListener('message', (e) => {
      this.frames.push(JSON.parse(e.data as string) as ServerFrame);
      for (const w of this.waiters.splice(0)) w();
    });
    ws.addEventListener('close', () => {
      this.closed = true;
      for (const w of this.waiters.splice(0)) w();
    });
  }

  send(frame: unknown) {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Waits for (and removes) the first frame matching `match`. */
  async next<T extends ServerFrame['type']>(
    type: T,
    match: (f: Extract<ServerFrame, { type: T }>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Extract<ServerFrame, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.frames.findIndex(
        (f) => f.type === type && match(f as Extract<ServerFrame, { type: T }>),
      );
      if (i >= 0) return this.frames.splice(i, 1)[0] as Extract<ServerFrame, { type: T }>;
      const left = deadline - Date.now();
      if (left <= 0 || this.closed)
        throw new Error(`no ${type} frame within ${timeoutMs} ms; saw ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  close() {
    this.ws.close(1000, 'bye');
  }
}

export async function openSocket(path: string, headers: Record<string, string> = {}): Promise<TestSocket> {
  const res = await call(path, { headers: { Upgrade: 'websocket', ...headers } });
  if (!res.webSocket) throw new Error(`upgrade refused: ${res.status} ${await res.text()}`);
  res.webSocket.accept();
  return new TestSocket(res.webSocket);
}

export const visitorSocket = (conversationId: string, token: string) =>
  openSocket(`/api/widget/conversations/${conversationId}/ws?token=${encodeURIComponent(token)}`);

export const agentSocket = (conversationId: string, cookie: string) =>
  openSocket(`/api/conversations/${conversationId}/ws`, { Cookie: cookie, Origin: BASE });

/** An agent joins (manual pick-up through the routing object); resolves with its answer. */
export async function join(conversationId: string, cookie: string) {
  const res = await call(`/api/conversations/${conversationId}/join`, {
    method: 'POST',
    headers: { Cookie: cookie, Origin: BASE },
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; message: string } };
}
