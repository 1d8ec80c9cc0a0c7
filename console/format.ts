import type { ConversationStatus } from '../worker/protocol';

/** "Visitor 3f9a1c" when the contact has no name. */
export function contactLabel(
  contactName: string | null | undefined,
  contactId: string | null | undefined,
): string {
  if (contactName) return contactName;
  return contactId ? `Visitor ${contactId.replace(/-/g, '').slice(0, 6)}` : 'Visitor';
}

export function initials(label: string): string {
  const parts = label.trim().split(/\s+/);
  const letters = parts.length > 1 ? `${parts[0]![0]}${parts[1]![0]}` : label.slice(0, 2);
  return letters.toUpperCase();
}

/** Compact age for inbox rows: "now", "4m", "3h", "2d", then a date. */
export function relativeTime(at: number, now: number): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 45) return 'now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.round(m / 60);
  if (h < 24) return `${h}h`;
  const d = Math.round(h / 24);
  if (d < 7) return `${d}d`;
  return new Date(at).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

export const clockTime = (at: number) =>
  new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

export const fullDate = (at: number) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function dayLabel(at: number, now: number): string {
  const day = new Date(at).toDateString();
  if (day === new Date(now).toDateString()) return 'Today';
  if (day === new Date(now - 86_400_000).toDateString()) return 'Yesterday';
  return new Date(at).toLocaleDateString(undefined, { weekday: 'long', month: 'long', day: 'numeric' });
}

/** The status badge text: bot / queued / offered / agent: Maya / resolved. */
export function statusLabel(status: ConversationStatus, assigneeName: string | null): string {
  if (status === 'agent') return assigneeName ? `agent: ${assigneeName}` : 'agent';
  return status;
}
