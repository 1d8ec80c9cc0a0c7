import { z } from 'zod';
import { Role } from '../protocol';

/** Who is on a socket. Set by the worker after authentication, kept in the socket's attachment. */
export const Identity = z.object({
  role: Role,
  id: z.string(),
  name: z.string().nullable(),
  workspaceId: z.string(),
});
export type Identity = z.infer<typeof Identity>;

export const IDENTITY_HEADER = 'x-baton-identity';

export interface SocketAttachment extends Identity {
  /** True once the socket said hello; nothing is sent to it before. */
  ready: boolean;
}

/** Key that scopes client message ids to their sender. */
export const authorKey = (who: Pick<Identity, 'role' | 'id'>) => `${who.role}:${who.id}`;
