import type { ConversationStatus, Fallback, Message, QueueInfo } from '../worker/protocol';
import { locale, t } from './strings';
import type { Pending } from './timeline';

/** Waiting for a person, and what to offer when nobody can come: the pure parts. */

export const isWaiting = (s: ConversationStatus | null) => s === 'queued' || s === 'offered';

/** "about 3 min", rounded up, never more precise than the estimate is. */
export function formatEta(seconds: number): string {
  if (seconds < 60) return t('etaUnderMinute');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return t('etaMinutes', { minutes });
  return t('etaHours', { hours: Math.round(minutes / 60) });
}

/** The waiting line: "You're #2 in line · about 3 min", or "Estimating your wait…". */
export function queueLine(queue: QueueInfo | null): string {
  if (!queue) return t('queueEstimating');
  const place = queue.position === 1 ? t('queueNext') : t('queuePosition', { position: queue.position });
  const eta = queue.etaSeconds === null ? t('queueEtaUnknown') : formatEta(queue.etaSeconds);
  return `${place} · ${eta}`;
}

/**
 * The bot line that told the visitor why nobody can come (it starts with the fallback's message);
 * the card belongs to it. Falls back to the latest bot line.
 */
export function fallbackAnchor(messages: readonly Message[], fallback: Fallback): number {
  let latestBot = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.kind !== 'bot') continue;
    if (m.body.includes(fallback.message)) return m.seq;
    latestBot ||= m.seq;
  }
  return latestBot;
}

/**
 * Whether the fallback card shows: there is a fallback, the visitor did not dismiss this one, and
 * has not moved on by writing to the assistant since (asking for a person again brings a new one).
 */
export function fallbackVisible(
  fallback: Fallback | null,
  dismissed: number | null,
  messages: readonly Message[],
  outbox: readonly Pending[],
): { anchor: number } | null {
  if (!fallback) return null;
  const anchor = fallbackAnchor(messages, fallback);
  if (dismissed === anchor) return null;
  if (outbox.length > 0 || messages.some((m) => m.kind === 'visitor' && m.seq > anchor)) return null;
  return { anchor };
}

/** The visitor's latest message: the starting point of the note they leave for the team. */
export function lastVisitorText(messages: readonly Message[]): string {
  for (let i = messages.length - 1; i >= 0; i--)
    if (messages[i]!.kind === 'visitor') return messages[i]!.body;
  return '';
}

/** When the team is back, in the visitor's own time zone and the widget's language ("Mon 09:00 AM", "lun. 09:00"). */
export function formatOpening(at: number, now = Date.now(), lang = locale): string {
  const d = new Date(at);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return d.toLocaleString(lang, {
    ...(sameDay ? {} : { weekday: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  });
}
