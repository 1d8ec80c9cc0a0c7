import { sign, verify } from 'hono/jwt';
import { z } from 'zod';

/** Short-lived on purpose: the widget re-trades its visitor key for a fresh one. */
export const VISITOR_TOKEN_TTL_S = 60 * 60;

const Claims = z.object({ sub: z.string(), ws: z.string(), kind: z.literal('visitor'), exp: z.number() });
export type VisitorClaims = z.infer<typeof Claims>;

export async function signVisitorToken(
  secret: string,
  contactId: string,
  workspaceId: string,
  now = Date.now(),
) {
  const exp = Math.floor(now / 1000) + VISITOR_TOKEN_TTL_S;
  const token = await sign({ sub: contactId, ws: workspaceId, kind: 'visitor', exp }, secret, 'HS256');
  return { token, expiresAt: exp * 1000 };
}

/** Null for anything that is not a valid, unexpired visitor token. */
export async function verifyVisitorToken(secret: string, token: string): Promise<VisitorClaims | null> {
  try {
    const claims = Claims.safeParse(await verify(token, secret, 'HS256'));
    return claims.success ? claims.data : null;
  } catch {
    return null;
  }
}
