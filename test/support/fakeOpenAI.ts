/**
 * A small OpenAI-compatible Chat Completions server (streamed or not), as a fetch handler so
 * it runs in workerd tests and behind a Node HTTP server in the bench. Each request is
 * answered by `respond`, which sees the request body (messages, tools) and scripts a reply.
 */

export type FakeReply =
  | {
      text: string;
      chunkSize?: number;
      /** Pause between chunks, so streaming can be watched (not streamed: before the answer). */
      delayMs?: number;
    }
  | { toolCalls: { name: string; args: Record<string, unknown> }[] }
  | { status: number; error: string };

export interface ChatRequest {
  model: string;
  messages: { role: string; content?: unknown; tool_calls?: unknown[]; tool_call_id?: string }[];
  tools?: { type: 'function'; function: { name: string } }[];
  stream?: boolean;
  /** Structured output (generateObject): `{ type: 'json_schema', json_schema: { name, schema } }`. */
  response_format?: { type: string; json_schema?: { name?: string } };
}

export function createFakeOpenAI(respond: (req: ChatRequest, n: number) => FakeReply) {
  const requests: ChatRequest[] = [];
  let calls = 0;

  async function handle(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (request.method !== 'POST' || !url.pathname.endsWith('/chat/completions')) {
      return Response.json({ error: { message: 'not found' } }, { status: 404 });
    }
    if (!request.headers.get('Authorization')?.startsWith('Bearer ')) {
      return Response.json({ error: { message: 'missing key' } }, { status: 401 });
    }
    const body = (await request.json()) as ChatRequest;
    requests.push(body);
    const reply = respond(body, calls++);
    if ('status' in reply)
      return Response.json({ error: { message: reply.error } }, { status: reply.status });
    if (body.stream !== true) {
      // A slow model: the whole answer comes after `delayMs`.
      if ('text' in reply && reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      return Response.json(completion(body.model, reply));
    }
    return new Response(sse(body.model, reply), {
      headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
    });
  }

  return { fetch: handle as typeof fetch, requests, callCount: () => calls };
}

const toolCallsOf = (reply: { toolCalls: { name: string; args: Record<string, unknown> }[] }) =>
  reply.toolCalls.map((c, index) => ({
    index,
    id: `call_${index}_${c.name}`,
    type: 'function',
    function: { name: c.name, arguments: JSON.stringify(c.args) },
  }));

/** A whole (non-streamed) completion, as generateText/generateObject ask for. */
function completion(model: string, reply: Exclude<FakeReply, { status: number }>) {
  const message =
    'text' in reply
      ? { role: 'assistant', content: reply.text }
      : { role: 'assistant', content: null, tool_calls: toolCallsOf(reply).map(({ index: _, ...c }) => c) };
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message, finish_reason: 'text' in reply ? 'stop' : 'tool_calls' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function sse(model: string, reply: Exclude<FakeReply, { status: number }>): ReadableStream<Uint8Array> {
  const id = `chatcmpl-${Math.random().toString(36).slice(2)}`;
  const chunk = (delta: unknown, finish: string | null = null, extra: object = {}) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
  const events: string[] = [chunk({ role: 'assistant', content: '' })];
  if ('text' in reply) {
    const size = reply.chunkSize ?? 6;
    for (let i = 0; i < reply.text.length; i += size)
      events.push(chunk({ content: reply.text.slice(i, i + size) }));
    events.push(chunk({}, 'stop'));
  } else {
    for (const call of toolCallsOf(reply)) events.push(chunk({ tool_calls: [call] }));
    events.push(chunk({}, 'tool_calls'));
  }
  events.push(
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices: [], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } })}\n\n`,
    'data: [DONE]\n\n',
  );
  const enc = new TextEncoder();
  const delay = 'text' in reply ? (reply.delayMs ?? 0) : 0;
  return new ReadableStream({
    async start(controller) {
      for (const e of events) {
        controller.enqueue(enc.encode(e));
        if (delay) await new Promise((r) => setTimeout(r, delay));
      }
      controller.close();
    },
  });
}

/** The last tool result the model was sent, parsed. */
export function lastToolResult(req: ChatRequest): unknown {
  const tool = [...req.messages].reverse().find((m) => m.role === 'tool');
  return tool ? JSON.parse(String(tool.content)) : undefined;
}
