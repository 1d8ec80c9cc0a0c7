import { SELF } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { hashPassword } from '../../worker/auth/password';
import { seedDemo } from '../../worker/db/seed';
import type { InboxFrame, ServerFrame } from '../../worker/protocol';

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
/** A new visitor and their conversation; `body` is what the widget sends (e.g. its language). */
export async function newVisitorConversation(siteKey: string, body?: unknown) {
  const session = (await (await visitorSession(siteKey)).json()) as {
    token: string;
    visitorId: string;
    visitorKey: string;
  };
  const res = await call('/api/widget/conversations', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${session.token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
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
export class TestSocket<F extends { type: string } = ServerFrame> {
  frames: F[] = [];
  private waiters: (() => void)[] = [];
  closed = false;

  constructor(readonly ws: WebSocket) {
    ws.addEventListener('message', (e) => {
      this.frames.push(JSON.parse(e.data as string) as F);
      for (const w of this.waiters.splice(0)) w();
    });
    ws.addEventListener('close', (e) => {
      this.closed = true;
      this.closeCode = e.code;
      for (const w of this.waiters.splice(0)) w();
    });
  }

  closeCode: number | null = null;

  /** Resolves with the close code once the server has closed the socket. */
  async closedWith(timeoutMs = 5000): Promise<number | null> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`socket still open after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.closeCode;
  }

  send(frame: unknown) {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Waits for (and removes) the first frame of `type` matching `match`. */
  async next<T extends F['type']>(
    type: T,
    match: (f: Extract<F, { type: T }>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Extract<F, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.frames.findIndex((f) => f.type === type && match(f as Extract<F, { type: T }>));
      if (i >= 0) return this.frames.splice(i, 1)[0] as Extract<F, { type: T }>;
      const left = deadline - Date.now();
      if (left <= 0 || this.closed) {
        throw new Error(
          `no ${type} frame within ${timeoutMs} ms; saw ${JSON.stringify(this.frames).slice(0, 2000)}`,
        );
      }
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

export async function openSocket<F extends { type: string } = ServerFrame>(
  path: string,
  headers: Record<string, string> = {},
): Promise<TestSocket<F>> {
  const res = await call(path, { headers: { Upgrade: 'websocket', ...headers } });
  if (!res.webSocket) throw new Error(`upgrade refused: ${res.status} ${await res.text()}`);
  res.webSocket.accept();
  return new TestSocket<F>(res.webSocket);
}

/** An agent's console connection to the workspace (presence, queue, offers), already online. */
export async function inboxSocket(cookie: string, status: 'online' | 'away' | 'offline' = 'online') {
  const ws = await openSocket<InboxFrame>('/api/inbox/ws', { Cookie: cookie, Origin: BASE });
  ws.send({ type: 'status', status });
  await ws.next('team', (t) => t.you === status);
  return ws;
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

export interface TestAgent {
  id: string;
  name: string;
  email: string;
  cookie: string;
}

/** A fresh workspace with its own settings and agents (storage is shared by a file's tests). */
export async function makeWorkspace(opts: {
  settings?: Record<string, unknown>;
  agents?: { name: string; departments?: string[]; languages?: string[]; capacity?: number }[];
}) {
  const suffix = crypto.randomUUID().slice(0, 8);
  const id = `ws-${suffix}`;
  const siteKey = `site-key-${suffix}`;
  await env.DB.prepare(
    `INSERT INTO workspaces (id, name, site_key, allowed_origins, greeting, color, settings, created_at)
     VALUES (?, 'Test Shop', ?, ?, 'Hi! I can help with orders and returns.', '#000000', ?, 0)`,
  )
    .bind(id, siteKey, JSON.stringify([SHOP_ORIGIN]), JSON.stringify(opts.settings ?? {}))
    .run();
  const hash = await hashPassword('pass-word');
  const agents: TestAgent[] = [];
  for (const a of opts.agents ?? []) {
    const agentId = `agent-${a.name.toLowerCase()}-${suffix}`;
    const email = `${a.name.toLowerCase()}-${suffix}@test.example`;
    await env.DB.prepare(
      `INSERT INTO agents (id, workspace_id, email, name, password_hash, role, departments, languages, capacity, created_at)
       VALUES (?, ?, ?, ?, ?, 'agent', ?, ?, ?, 0)`,
    )
      .bind(
        agentId,
        id,
        email,
        a.name,
        hash,
        JSON.stringify(a.departments ?? []),
        JSON.stringify(a.languages ?? []),
        a.capacity ?? 3,
      )
      .run();
    agents.push({ id: agentId, name: a.name, email, cookie: await login(email, 'pass-word') });
  }
  return { id, siteKey, agents };
}

/** A visitor whose conversation has been handed to routing (asks for a person, no topic to offer). */
export async function visitorAskingForPerson(siteKey: string) {
  const v = await newVisitorConversation(siteKey);
  const ws = await visitorSocket(v.conversationId, v.token);
  ws.send({ type: 'hello', lastSeq: 0 });
  await ws.next('welcome');
  ws.send({ type: 'message', clientId: 'human', body: 'I want to talk to a human' });
  await ws.next('ack');
  return { ...v, ws };
}
