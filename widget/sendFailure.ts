import type { ErrorCode } from '../worker/protocol';
import type { StringKey, Table } from './locales';

/** The server's refusals the widget has its own words for; any other keeps the server's message. */
const SAID: Partial<Record<ErrorCode, StringKey>> = { too_large: 'tooLong', conversation_closed: 'ended' };

/** Why a message was not sent, in the visitor's language where the widget can say it. */
export function failureReason(code: ErrorCode, message: string, table: Table): string {
  const key = SAID[code];
  return key ? table[key] : message;
}
