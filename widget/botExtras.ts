import type { Message } from '../worker/protocol';

/**
 * The bot's additions to the visitor's view: streamed replies, quick replies, citations and
 * friendly "action" lines. Typed loosely here so the widget works whether or not the server
 * sends them (older servers simply never do).
 */

/** A bot reply as it is written; the final text arrives as a `message` whose clientId is `id`. */
export interface StreamUpdate {
  type: 'stream';
  id: string;
  delta: string;
  /** What the bot is doing ("Looking up your order…"). */
  status?: string;
  /** A person took over: the partial reply goes away. */
  cancelled?: boolean;
}

/** A reply in progress, as the UI shows it. */
export interface Draft {
  id: string;
  text: string;
  status: string | null;
}

export interface Citation {
  title: string;
  url: string | null;
}

export interface QuickReply {
  label: string;
  value: string;
}

export const isStream = (frame: { type: string }): frame is StreamUpdate => frame.type === 'stream';

/** A bot step ("Looked up your order"): shown as a muted line, like system lines. */
export const isActionLine = (m: Message) => (m.kind as string) === 'action';

export function citationsOf(m: Message): Citation[] {
  const data = (m as { data?: { citations?: unknown } }).data;
  return Array.isArray(data?.citations)
    ? data.citations.filter((c): c is Citation => typeof c?.title === 'string')
    : [];
}

export function quickRepliesOf(m: Message): QuickReply[] {
  const data = (m as { data?: { options?: unknown } }).data;
  return Array.isArray(data?.options)
    ? data.options.filter(
        (o): o is QuickReply => typeof o?.label === 'string' && typeof o?.value === 'string',
      )
    : [];
}

/** Applies one stream frame to the drafts in progress. */
export function applyStream(drafts: readonly Draft[], f: StreamUpdate): Draft[] {
  if (f.cancelled) return drafts.filter((d) => d.id !== f.id);
  const found = drafts.find((d) => d.id === f.id);
  const next: Draft = {
    id: f.id,
    text: (found?.text ?? '') + (f.delta ?? ''),
    status: f.status ?? (f.delta ? null : (found?.status ?? null)),
  };
  return found ? drafts.map((d) => (d.id === f.id ? next : d)) : [...drafts, next];
}
