import { DurableObject } from 'cloudflare:workers';
import { IDENTITY_HEADER, Identity } from '../conversation/identity';
import type { Env } from '../env';
import type { ConversationSummary, InboxFrame } from '../protocol';

/**
 * One per workspace, reached by the workspace id. Today it fans out inbox updates to
 * connected consoles; routing (presence, capacity, queue, offers) grows here. Chat
 * messages never pass through it: conversations publish summaries only.
 */
export class WorkspaceDO extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('{"type":"ping"}', '{"type":"pong"}'));
  }

  async publish(conversation: ConversationSummary): Promise<void> {
    const data = JSON.stringify({ type: 'conversation', conversation } satisfies InboxFrame);
    for (const ws of this.ctx.getWebSockets('agent')) {
      try {
        ws.send(data);
      } catch {}
    }
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('Upgrade') !== 'websocket')
      return new Response('Expected WebSocket', { status: 426 });
    const who = Identity.safeParse(JSON.parse(request.headers.get(IDENTITY_HEADER) ?? 'null'));
    if (!who.success || who.data.role !== 'agent') return new Response('Agents only', { status: 403 });
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1], ['agent', `agent:${who.data.id}`]);
    pair[1].serializeAttachment(who.data);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override async webSocketMessage(): Promise<void> {
    // The inbox feed is one-way; pings are auto-answered.
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, 'closed');
    } catch {}
  }
}
