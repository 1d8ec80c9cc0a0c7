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

/**
 * A citation's link target: absolute http(s) URLs as they are, relative ones ("/help/returns")
 * against the widget's origin (where the knowledge base lives); anything else is not a link.
 */
export function citationHref(url: string | null, base = location.origin): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The quick replies on offer: those of the latest bot message, until the visitor has sent anything
 * after it (or is sending) and while no person holds the conversation.
 */
export function activeQuickReplies(
  messages: readonly Message[],
  sending: boolean,
  personHolds: boolean,
): { seq: number; replies: QuickReply[] } | null {
  if (sending || personHolds) return null;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.kind === 'visitor') return null;
    if (m.kind === 'bot') {
      const replies = quickRepliesOf(m);
      return replies.length ? { seq: m.seq, replies } : null;
    }
  }
  return null;
}

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
