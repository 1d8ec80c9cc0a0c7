import { and, eq, gt } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { db } from '../db/client';
import { agentSessions, agents, workspaces } from '../db/schema';
import type { Env } from '../env';
import { randomToken, sha256 } from '../lib/crypto';
import type { AgentProfile } from '../protocol';

export const SESSION_COOKIE = 'baton_session';
const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type AgentVars = { agent: AgentProfile };

export async function createSession(c: Context<{ Bindings: Env }>, agentId: string, workspaceId: string) {
  const token = randomToken();
  const now = Date.now();
  await db(c.env.DB)
    .insert(agentSessions)
    .values({
      tokenHash: await sha256(token),
      agentId,
      workspaceId,
      createdAt: now,
      expiresAt: now + SESSION_TTL_MS,
    });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    // Strict: the cookie never rides on a cross-site request (CSRF), including WebSocket upgrades.
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export async function endSession(c: Context<{ Bindings: Env }>) {
  const token = getCookie(c, SESSION_COOKIE);
  if (token)
    await db(c.env.DB)
      .delete(agentSessions)
      .where(eq(agentSessions.tokenHash, await sha256(token)));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

// biome-ignore lint/suspicious/noExplicitAny: any route's context will do, only env and cookies are read
export async function agentFromCookie(c: Context<any>): Promise<AgentProfile | null> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || token.length > 100) return null;
  const rows = await db(c.env.DB)
    .select({
      id: agents.id,
      name: agents.name,
      email: agents.email,
      role: agents.role,
      workspaceId: agents.workspaceId,
      workspaceName: workspaces.name,
    })
    .from(agentSessions)
    .innerJoin(agents, eq(agents.id, agentSessions.agentId))
    .innerJoin(workspaces, eq(workspaces.id, agents.workspaceId))
    .where(and(eq(agentSessions.tokenHash, await sha256(token)), gt(agentSessions.expiresAt, Date.now())))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Cookie-authenticated routes: a valid session, and for anything but GET a same-origin
 * request (Origin header equal to ours) so no other site can act with the agent's cookie.
 */
export const requireAgent: MiddlewareHandler<{ Bindings: Env; Variables: AgentVars }> = async (c, next) => {
  const unsafe = c.req.method !== 'GET' && c.req.method !== 'HEAD';
  const isUpgrade = c.req.header('Upgrade') === 'websocket';
  if ((unsafe || isUpgrade) && !isSameOrigin(c)) {
    return c.json({ error: 'forbidden', message: 'Cross-origin request refused.' }, 403);
  }
  const agent = await agentFromCookie(c);
  if (!agent) return c.json({ error: 'unauthorized', message: 'Log in first.' }, 401);
  c.set('agent', agent);
  await next();
};

export function isSameOrigin(c: Context): boolean {
  const origin = c.req.header('Origin');
  return origin !== undefined && origin === new URL(c.req.url).origin;
}
