import type { Citation, Message, QuickReply, ServerFrame } from '../worker/protocol';

/** The bot's additions to the visitor's view: streamed replies, quick replies, citations, action lines. */

export type { Citation, QuickReply };
export type StreamUpdate = Extract<ServerFrame, { type: 'stream' }>;

/** A reply in progress, as the UI shows it. */
export interface Draft {
  id: string;
  text: string;
  status: string | null;
}

export const isStream = (frame: { type: string }): frame is StreamUpdate => frame.type === 'stream';

/** A bot step ("Looked up your order"): shown as a muted line, like system lines. */
export const isActionLine = (m: Message) => m.kind === 'action';

export const citationsOf = (m: Message): Citation[] => m.data?.citations ?? [];
export const quickRepliesOf = (m: Message): QuickReply[] => m.data?.options ?? [];

/** Applies one stream frame to the drafts in progress. */
export function applyStream(drafts: readonly Draft[], f: StreamUpdate): Draft[] {
  if (f.cancelled) return drafts.filter((d) => d.id !== f.id);
  const found = drafts.find((d) => d.id === f.id);
  const next: Draft = {
    id: f.id,
    text: (found?.text ?? '') + f.delta,
    status: f.status ?? (f.delta ? null : (found?.status ?? null)),
  };
  return found ? drafts.map((d) => (d.id === f.id ? next : d)) : [...drafts, next];
}
