import { APICallError, type LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type LoopTool, runToolLoop } from '../../worker/bot/toolLoop';

const finish = (unified: 'stop' | 'tool-calls'): LanguageModelV3StreamPart => ({
  type: 'finish',
  finishReason: { unified, raw: unified },
  usage: {
    inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: 5, text: 5, reasoning: 0 },
  },
});
const says = (...deltas: string[]): LanguageModelV3StreamPart[] => [
  { type: 'text-start', id: 't' },
  ...deltas.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
  { type: 'text-end', id: 't' },
  finish('stop'),
];
const calls = (...list: [name: string, input: string][]): LanguageModelV3StreamPart[] => [
  ...list.map(([toolName, input], i) => ({
    type: 'tool-call' as const,
    toolCallId: `call-${i}`,
    toolName,
    input,
  })),
  finish('tool-calls'),
];

/** A model that plays `steps` in order, one per call, and records what it was sent. */
function scripted(...steps: LanguageModelV3StreamPart[][]) {
  return new MockLanguageModelV3({
    doStream: steps.map((chunks) => ({ stream: simulateReadableStream({ chunks }) })),
  });
}

const echo: LoopTool = {
  description: 'Echoes its word.',
  parameters: { type: 'object', properties: { word: { type: 'string' } }, required: ['word'] },
  input: z.object({ word: z.string().min(1) }),
  execute: async (args) => ({ echoed: (args as { word: string }).word }),
};

function run(model: MockLanguageModelV3, tools: Record<string, LoopTool> = { echo }, maxSteps = 5) {
  const deltas: string[] = [];
  const result = runToolLoop({
    model,
    system: 'You are a test.',
    messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
    tools,
    maxSteps,
    signal: new AbortController().signal,
    onText: (d) => deltas.push(d),
  });
  return { result, deltas };
}

/** The tool results the model was sent on its call number `n`. */
const toolResults = (model: MockLanguageModelV3, n: number) =>
  model.doStreamCalls[n]!.prompt.flatMap((m) => (m.role === 'tool' ? m.content : []));

describe('the bot’s tool loop over the provider', () => {
  it('streams the answer as it comes and sends the system prompt and tools', async () => {
    const model = scripted(says('Hello', ', there', '.'));
    const { result, deltas } = run(model);
    expect(await result).toMatchObject({ text: 'Hello, there.', modelCalls: 1 });
    expect(deltas).toEqual(['Hello', ', there', '.']);
    const sent = model.doStreamCalls[0]!;
    expect(sent.prompt[0]).toEqual({ role: 'system', content: 'You are a test.' });
    expect(sent.tools).toEqual([
      { type: 'function', name: 'echo', description: 'Echoes its word.', inputSchema: echo.parameters },
    ]);
  });

  it('runs the tools the model calls and gives it their results', async () => {
    const model = scripted(calls(['echo', '{"word":"parcel"}']), says('Done.'));
    const { result } = run(model);
    expect((await result).text).toBe('Done.');
    const second = model.doStreamCalls[1]!.prompt;
    expect(second.at(-2)).toMatchObject({
      role: 'assistant',
      content: [{ type: 'tool-call', toolName: 'echo', input: { word: 'parcel' } }],
    });
    expect(toolResults(model, 1)).toEqual([
      {
        type: 'tool-result',
        toolCallId: 'call-0',
        toolName: 'echo',
        output: { type: 'json', value: { echoed: 'parcel' } },
      },
    ]);
  });

  it('tells the model about an unknown tool, bad input or a failing tool, and goes on', async () => {
    const failing: LoopTool = {
      ...echo,
      execute: async () => {
        throw new Error('the shop is down');
      },
    };
    const model = scripted(
      calls(
        ['refund_everything', '{}'],
        ['echo', '{"word":""}'],
        ['echo', 'not json'],
        ['failing', '{"word":"x"}'],
      ),
      says('Sorry, that did not work.'),
    );
    const { result } = run(model, { echo, failing });
    expect((await result).text).toBe('Sorry, that did not work.');
    const outputs = toolResults(model, 1).map((r) => ('output' in r ? r.output : null));
    expect(outputs).toEqual([
      { type: 'error-text', value: 'There is no tool named refund_everything.' },
      { type: 'error-text', value: expect.stringMatching(/^Invalid input: /) },
      { type: 'error-text', value: 'The tool input was not valid JSON.' },
      { type: 'error-text', value: 'the shop is down' },
    ]);
  });

  it('stops after the step limit, however many tools the model still wants', async () => {
    const model = scripted(...Array.from({ length: 5 }, () => calls(['echo', '{"word":"again"}'])));
    const { result } = run(model, { echo }, 3);
    expect(await result).toMatchObject({ text: '', modelCalls: 3 });
    expect(model.doStreamCalls).toHaveLength(3);
  });

  it('retries once when the provider says the call may succeed again, and not when it will not', async () => {
    const busy = () =>
      new APICallError({ message: 'rate limited', url: 'x', requestBodyValues: {}, isRetryable: true });
    let n = 0;
    const flaky = new MockLanguageModelV3({
      doStream: async () => {
        if (n++ === 0) throw busy();
        return { stream: simulateReadableStream({ chunks: says('Back.') }) };
      },
    });
    expect((await run(flaky).result).text).toBe('Back.');

    const refused = new MockLanguageModelV3({
      doStream: async () => {
        throw new APICallError({ message: 'bad key', url: 'x', requestBodyValues: {}, isRetryable: false });
      },
    });
    await expect(run(refused).result).rejects.toThrow('bad key');
    expect(refused.doStreamCalls).toHaveLength(1);
  });

  it('fails the turn on an error in the stream, so the conversation says so instead of hanging', async () => {
    const model = scripted([
      { type: 'text-start', id: 't' },
      { type: 'error', error: { message: 'overloaded' } },
    ]);
    await expect(run(model).result).rejects.toThrow('overloaded');
  });
});
