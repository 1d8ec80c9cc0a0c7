// A fake OpenAI Chat Completions server (streaming) on loopback for the LLM-mode bench: the
// logic of test/support/fakeOpenAI.ts, as a plain Node HTTP server that also times itself.
// Script per turn: first a search_knowledge_base tool call for the customer's question, then
// (once the tool result is in the messages) a short streamed answer.
import { createServer } from 'node:http';

const ANSWER =
  'You can return most items within 30 days of delivery. Start the return in your account under Orders, print the label and drop the parcel off at any post office.';

/** Text of the last user message (content may be a string or parts). */
function lastUser(messages) {
  const m = [...messages].reverse().find((x) => x.role === 'user');
  if (!m) return '';
  if (typeof m.content === 'string') return m.content;
  if (Array.isArray(m.content)) return m.content.map((p) => p.text ?? '').join(' ');
  return '';
}

function sse(model, reply) {
  const id = `chatcmpl-${Math.random().toString(36).slice(2)}`;
  const chunk = (delta, finish = null) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const events = [chunk({ role: 'assistant', content: '' })];
  if (reply.text !== undefined) {
    const size = reply.chunkSize ?? 6;
    for (let i = 0; i < reply.text.length; i += size)
      events.push(chunk({ content: reply.text.slice(i, i + size) }));
    events.push(chunk({}, 'stop'));
  } else {
    reply.toolCalls.forEach((c, index) => {
      events.push(
        chunk({
          tool_calls: [
            {
              index,
              id: `call_${index}_${c.name}`,
              type: 'function',
              function: { name: c.name, arguments: JSON.stringify(c.args) },
            },
          ],
        }),
      );
    });
    events.push(chunk({}, 'tool_calls'));
  }
  events.push(
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices: [], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } })}\n\n`,
    'data: [DONE]\n\n',
  );
  return events;
}

/** The scripted reply: search first, answer once the search result is in. */
function respond(body) {
  const toolDone = body.messages.some((m) => m.role === 'tool');
  const searches = (body.tools ?? []).some((t) => t.function?.name === 'search_knowledge_base');
  if (!toolDone && searches)
    return {
      toolCalls: [
        { name: 'search_knowledge_base', args: { query: lastUser(body.messages).slice(0, 400) || 'help' } },
      ],
    };
  return { text: ANSWER, chunkSize: 12 };
}

/**
 * Starts the fake on 127.0.0.1 (a free port). `spentMs()` is the total time it has spent on
 * requests (arrival to the end of the response), `requests()` how many it answered.
 * @returns {Promise<{ port: number, baseURL: string, spentMs: () => number, requests: () => number, close: () => Promise<void> }>}
 */
export async function startFakeOpenAI() {
  let spent = 0;
  let count = 0;
  const server = createServer((req, res) => {
    const t0 = performance.now();
    let done = false;
    const stop = () => {
      if (done) return;
      done = true;
      spent += performance.now() - t0;
      count++;
    };
    // 'finish': the last byte went to the socket; 'close' covers an aborted response.
    res.once('finish', stop);
    res.once('close', stop);
    const parts = [];
    req.on('data', (d) => parts.push(d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.method !== 'POST' || !url.pathname.endsWith('/chat/completions')) {
        res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      if (!req.headers.authorization?.startsWith('Bearer ')) {
        res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"error":{"message":"missing key"}}');
        return;
      }
      let body;
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8'));
      } catch {
        res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"error":{"message":"bad json"}}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      for (const e of sse(body.model, respond(body))) res.write(e);
      res.end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    baseURL: `http://127.0.0.1:${port}/v1`,
    spentMs: () => spent,
    requests: () => count,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
