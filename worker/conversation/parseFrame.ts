import type { z } from 'zod';
import { ClientFrame, type ErrorCode, MAX_FRAME_BYTES } from '../protocol';

export type Parsed<T> =
  | { ok: true; frame: T }
  | { ok: false; code: ErrorCode; message: string; ref?: string };

/** Parses one raw socket frame against a schema; never throws. */
export function parseFrameWith<S extends z.ZodType>(
  schema: S,
  raw: string | ArrayBuffer,
): Parsed<z.infer<S>> {
  const size = typeof raw === 'string' ? raw.length : raw.byteLength;
  if (size > MAX_FRAME_BYTES) {
    return { ok: false, code: 'too_large', message: `Frames are limited to ${MAX_FRAME_BYTES} bytes.` };
  }
  if (typeof raw !== 'string')
    return { ok: false, code: 'bad_frame', message: 'Binary frames are not accepted.' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, code: 'bad_json', message: 'The frame is not valid JSON.' };
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const ref =
      typeof json === 'object' && json && typeof (json as { clientId?: unknown }).clientId === 'string'
        ? ((json as { clientId: string }).clientId.slice(0, 64) as string)
        : undefined;
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      code: 'bad_frame',
      message: `Invalid frame${where}: ${issue?.message ?? 'unknown'}`,
      ref,
    };
  }
  return { ok: true, frame: result.data };
}

export const parseClientFrame = (raw: string | ArrayBuffer) => parseFrameWith(ClientFrame, raw);
