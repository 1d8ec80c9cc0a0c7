import { DurableObject } from 'cloudflare:workers';
import type { Env } from '../env';

/**
 * The bench's baseline: the least a chat relay can do on this platform — store each
 * frame in SQLite and forward it to the other side. Measured beside the product path.
 */
export class RelayDO extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.blockConcurrencyWhile(async () => {
      ctx.storage.sql.exec(
        'CREATE TABLE IF NOT EXISTS frames (seq INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT)',
      );
    });
  }

  override async fetch(request: Request): Promise<Response> {
    const side = new URL(request.url).searchParams.get('side') === 'b' ? 'b' : 'a';
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1], [side]);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override async webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    const body = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
    const from = this.ctx.getTags(ws)[0];
    this.ctx.storage.sql.exec('INSERT INTO frames (body) VALUES (?)', body);
    for (const peer of this.ctx.getWebSockets(from === 'a' ? 'b' : 'a')) peer.send(body);
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, 'closed');
    } catch {}
  }
}
