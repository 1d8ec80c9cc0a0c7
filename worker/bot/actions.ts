import { z } from 'zod';

/** A workspace-configured HTTP action the bot may call in LLM mode ("look up order"…). */
export const ActionDefinition = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/),
  description: z.string().min(1).max(1000),
  /** JSON Schema of the action's input (an object). */
  parameters: z.record(z.string(), z.unknown()),
  url: z.string().min(1).max(2000),
  /** Header carrying the workspace's secret, e.g. `Authorization`. */
  secretHeader: z.string().max(100).nullable(),
  secretValue: z.string().max(2000).nullable(),
  /** What the visitor sees while it runs ("Looking up your order…"). */
  visitorText: z.string().max(200),
});
export type ActionDefinition = z.infer<typeof ActionDefinition>;

export interface ActionResult {
  ok: boolean;
  /** Compact text for the model and the agents' transcript. */
  result: string;
}

export const ACTION_TIMEOUT_MS = 8000;
const MAX_RESULT_CHARS = 2000;

/**
 * Calls an action. Never throws and never hangs past the timeout: a failure is a
 * result the bot reports honestly.
 */
export async function callAction(
  def: ActionDefinition,
  input: unknown,
  fetcher: (req: Request) => Promise<Response>,
  signal?: AbortSignal,
  timeoutMs = ACTION_TIMEOUT_MS,
): Promise<ActionResult> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (def.secretHeader && def.secretValue) headers[def.secretHeader] = def.secretValue;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const res = await fetcher(
      new Request(def.url, { method: 'POST', headers, body: JSON.stringify(input ?? {}), signal: combined }),
    );
    const text = (await res.text()).slice(0, MAX_RESULT_CHARS);
    if (!res.ok)
      return {
        ok: false,
        result: `The ${def.name} service answered ${res.status}: ${text || res.statusText}`,
      };
    try {
      return { ok: true, result: JSON.stringify(JSON.parse(text)) };
    } catch {
      return { ok: false, result: `The ${def.name} service sent a response that is not JSON.` };
    }
  } catch (err) {
    if (timeout.aborted)
      return { ok: false, result: `The ${def.name} service did not answer within ${timeoutMs / 1000} s.` };
    if (signal?.aborted) return { ok: false, result: 'Cancelled.' };
    return { ok: false, result: `The ${def.name} service could not be reached (${(err as Error).message}).` };
  }
}
