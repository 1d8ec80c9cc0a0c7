import {
  APICallError,
  type JSONSchema7,
  type JSONValue,
  type LanguageModelV3,
  type LanguageModelV3Message,
  type LanguageModelV3Prompt,
  type LanguageModelV3StreamPart,
  type LanguageModelV3ToolCall,
} from '@ai-sdk/provider';
import type { z } from 'zod';

/**
 * The bot's tool loop, straight over the provider's `doStream`.
 *
 * Why not `streamText`: per turn it re-validates the whole prompt with zod on every step and
 * pipes every token through several layers of Web Streams (tee, stitch, transform, smooth); in
 * workerd that measured about 13 ms of CPU for a two-step turn, against a 5 ms budget for
 * everything the bot does besides the model. The provider (`@ai-sdk/openai`) still speaks the
 * wire format; this file only keeps the conversation with it (tools, steps, one retry).
 */

export interface LoopTool {
  description: string;
  /** JSON Schema the model sees. */
  parameters: JSONSchema7;
  /** Checks the model's input before `execute` runs; an invalid input goes back to the model. */
  input?: z.ZodType;
  execute(input: unknown): Promise<JSONValue>;
}

export interface ToolLoopInput {
  model: LanguageModelV3;
  system: string;
  messages: LanguageModelV3Message[];
  tools: Record<string, LoopTool>;
  /** Model calls per turn at most: a runaway loop must not hold the customer. */
  maxSteps: number;
  signal: AbortSignal;
  onText(delta: string): void;
}

export interface ToolLoopResult {
  text: string;
  /** Model calls made, and the time spent waiting on them (call to the stream's end). */
  modelCalls: number;
  modelMs: number;
}

/** Streams one bot turn: model call, tools, model call… until the model answers in words. */
export async function runToolLoop(input: ToolLoopInput): Promise<ToolLoopResult> {
  const tools = Object.entries(input.tools).map(([name, t]) => ({
    type: 'function' as const,
    name,
    description: t.description,
    inputSchema: t.parameters,
  }));
  const prompt: LanguageModelV3Prompt = [{ role: 'system', content: input.system }, ...input.messages];
  let text = '';
  let modelMs = 0;
  let step = 0;
  while (step < input.maxSteps) {
    step++;
    const t0 = performance.now();
    const { stepText, calls } = await streamStep(input, prompt, tools);
    modelMs += performance.now() - t0;
    text += stepText;
    if (!calls.length) break;
    const results = await Promise.all(calls.map((c) => runTool(input.tools, c)));
    prompt.push(
      {
        role: 'assistant',
        content: [
          ...(stepText ? [{ type: 'text' as const, text: stepText }] : []),
          ...calls.map((c) => ({
            type: 'tool-call' as const,
            toolCallId: c.toolCallId,
            toolName: c.toolName,
            input: parseJson(c.input) ?? {},
          })),
        ],
      },
      {
        role: 'tool',
        content: calls.map((c, i) => ({
          type: 'tool-result' as const,
          toolCallId: c.toolCallId,
          toolName: c.toolName,
          output: results[i]!,
        })),
      },
    );
  }
  return { text, modelCalls: step, modelMs };
}

async function streamStep(
  input: ToolLoopInput,
  prompt: LanguageModelV3Prompt,
  tools: { type: 'function'; name: string; description: string; inputSchema: JSONSchema7 }[],
) {
  const { stream } = await withOneRetry(() =>
    input.model.doStream({
      prompt,
      tools: tools.length ? tools : undefined,
      toolChoice: tools.length ? { type: 'auto' } : undefined,
      abortSignal: input.signal,
    }),
  );
  let stepText = '';
  const calls: LanguageModelV3ToolCall[] = [];
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        break;
      }
      const part = value as LanguageModelV3StreamPart;
      if (part.type === 'text-delta') {
        stepText += part.delta;
        input.onText(part.delta);
      } else if (part.type === 'tool-call' && !part.providerExecuted) {
        calls.push(part);
      } else if (part.type === 'error') {
        throw part.error instanceof Error ? part.error : new Error(errorText(part.error));
      }
    }
  } finally {
    // Stopped early (a stream error, an abort): drop the rest, which closes the model's response.
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
  return { stepText, calls };
}

/** A tool's failure (unknown tool, bad input, a throw) is the model's to handle, never the turn's end. */
async function runTool(tools: Record<string, LoopTool>, call: LanguageModelV3ToolCall) {
  const tool = Object.hasOwn(tools, call.toolName) ? tools[call.toolName] : undefined;
  if (!tool) return errorResult(`There is no tool named ${call.toolName}.`);
  const raw = parseJson(call.input);
  if (raw === undefined) return errorResult('The tool input was not valid JSON.');
  let args: unknown = raw;
  if (tool.input) {
    const parsed = tool.input.safeParse(raw);
    if (!parsed.success)
      return errorResult(`Invalid input: ${parsed.error.issues[0]?.message ?? 'rejected'}.`);
    args = parsed.data;
  }
  try {
    return { type: 'json' as const, value: await tool.execute(args) };
  } catch (err) {
    return errorResult(err instanceof Error ? err.message : String(err));
  }
}

const errorResult = (value: string) => ({ type: 'error-text' as const, value });

function parseJson(text: string): JSONValue | undefined {
  try {
    return JSON.parse(text || '{}') as JSONValue;
  } catch {
    return undefined;
  }
}

/** One retry when the provider says the call may succeed again (rate limit, 5xx), as `maxRetries: 1` did. */
async function withOneRetry<T>(call: () => PromiseLike<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (APICallError.isInstance(err) && err.isRetryable) return await call();
    throw err;
  }
}

function errorText(err: unknown): string {
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
