import type { WorkspaceSettings } from './adminApi';

const CLOCK = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

const between = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;

/** What the server would refuse (mirrors worker/routing/settings.ts), as sentences; empty when fine. */
export function routingProblems(s: WorkspaceSettings): string[] {
  const out: string[] = [];
  if (!between(s.offerTimeoutSeconds, 5, 600) || !Number.isInteger(s.offerTimeoutSeconds))
    out.push('Offer timeout: a whole number of seconds from 5 to 600.');
  if (!between(s.graceSeconds, 5, 3600) || !Number.isInteger(s.graceSeconds))
    out.push('Grace period: a whole number of seconds from 5 to 3600.');
  if (!between(s.replyTimeoutMinutes, 0.1, 240)) out.push('Reply timeout: 0.1 to 240 minutes.');
  if (!Number.isInteger(s.maxWaitSeconds) || s.maxWaitSeconds <= 0)
    out.push('Longest wait: at least a minute.');
  if (s.departments.some((d) => d.length > 60)) out.push('Department names: up to 60 characters.');
  if (s.ticketWebhookUrl && !URL.canParse(s.ticketWebhookUrl)) out.push('Ticket webhook: not a valid URL.');
  if (s.ticketWebhookUrl && !s.webhookSecret)
    out.push('Ticket webhook: add a signing secret (Generate makes one).');
  if (s.hours) {
    for (const [day, intervals] of Object.entries(s.hours.weekly)) {
      for (const i of intervals) {
        if (!CLOCK.test(i.open) || !CLOCK.test(i.close)) out.push(`${day}: enter opening and closing times.`);
        else if (i.open === i.close) out.push(`${day}: opening and closing times must differ.`);
        else if (i.open === '24:00') out.push(`${day}: opening time must be before 24:00.`);
      }
    }
    if (s.hours.holidays.some((h) => !DATE.test(h))) out.push('Holidays: use YYYY-MM-DD.');
  }
  return out;
}
