import type { Identity } from '../conversation/identity';
import { IDENTITY_HEADER } from '../conversation/identity';

/** Forwards a WebSocket upgrade to a Durable Object with the authenticated identity attached. */
export function forwardUpgrade(stub: { fetch(req: Request): Promise<Response> }, url: string, who: Identity) {
  // A fresh request: nothing the client sent (headers included) reaches the object but the upgrade.
  return stub.fetch(
    new Request(url, { headers: { Upgrade: 'websocket', [IDENTITY_HEADER]: JSON.stringify(who) } }),
  );
}
