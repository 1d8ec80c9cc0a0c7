import { type Lines, linesFor } from '../../lines';
import { en } from '../../lines/en';
import type { Fallback } from '../../protocol/routing';
import { estimateItemWaitSeconds } from './eta';
import { type BusinessHours, isOpen, localTime, nextOpening } from './hours';
import { couldServe, departmentMatches, languageMatches } from './select';
import type { QueueItem, RoutingState } from './types';

/** What is known about the conversation asking for a person (queued or about to be). */
export type FallbackItem = Pick<QueueItem, 'conversationId'> & Partial<QueueItem>;

export interface FallbackInput {
  hours: BusinessHours | null;
  now: number;
  state: RoutingState;
  item: FallbackItem;
  /** Longest acceptable estimated wait; null/undefined = never 'long_wait'. */
  maxWaitSeconds?: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "today at 14:00", "tomorrow at 09:00", "Monday at 09:00", "Monday 13 April at 09:00", in the
 * lines' language ("lundi à 09:00").
 */
export function describeOpening(timezone: string, opensAt: number, now: number, lines: Lines = en): string {
  const at = localTime(timezone, opensAt);
  const today = localTime(timezone, now);
  const day = Date.UTC(at.year, at.month - 1, at.day);
  const days = Math.round((day - Date.UTC(today.year, today.month - 1, today.day)) / 86_400_000);
  const clock = `${pad(at.hour)}:${pad(at.minute)}`;
  if (days <= 0) return lines.opening.today(clock);
  if (days === 1) return lines.opening.tomorrow(clock);
  // Further than a week: the date too, so "Tuesday" is not read as this coming one.
  const format: Intl.DateTimeFormatOptions =
    days < 7 ? { weekday: 'long' } : { weekday: 'long', day: 'numeric', month: 'long' };
  const named = new Intl.DateTimeFormat(lines.locale, { ...format, timeZone: 'UTC' }).format(day);
  return lines.opening.on(named, clock);
}

/** "less than a minute", "about a minute", "about 25 minutes", "about 2 hours". */
export function describeWait(seconds: number, lines: Lines = en): string {
  if (seconds < 45) return lines.wait.underMinute;
  const minutes = Math.round(seconds / 60);
  if (minutes <= 1) return lines.wait.minute;
  if (minutes < 90) return lines.wait.minutes(minutes);
  const hours = Math.round(minutes / 60);
  return hours === 1 ? lines.wait.hour : lines.wait.hours(hours);
}

function languageName(tag: string, lines: Lines): string {
  try {
    return new Intl.DisplayNames([lines.locale], { type: 'language' }).of(tag.split(/[-_]/, 1)[0]!) ?? tag;
  } catch {
    return tag;
  }
}

function asItem(item: FallbackItem, now: number): QueueItem {
  return {
    contactName: null,
    kind: 'handoff',
    priority: 'normal',
    department: null,
    language: null,
    reason: null,
    enqueuedAt: now,
    firstInLine: false,
    preferredAgentId: null,
    fromAgentId: null,
    targetAgentId: null,
    note: null,
    declinedBy: [],
    offer: null,
    ...item,
  };
}

/**
 * Why nobody can come, or null when a person can: closed (with when it opens), nobody online who
 * can take this conversation, or an estimated wait over `maxWaitSeconds`. Checked in that order.
 * The caller adds the alternatives (callback, contact details, keep going with the bot).
 */
export function fallbackFor({ hours, now, state, item, maxWaitSeconds }: FallbackInput): Fallback | null {
  // Told to the visitor, so in their language.
  const lines = linesFor(item.language);
  if (!isOpen(hours, now)) {
    const opensAt = nextOpening(hours, now);
    const message =
      hours && opensAt !== null
        ? lines.offlineUntil(describeOpening(hours.timezone, opensAt, now, lines), hours.timezone)
        : lines.offline;
    return { reason: 'closed', message, opensAt };
  }
  const queued = state.queue.find((q) => q.conversationId === item.conversationId);
  const full = queued ?? asItem(item, now);
  const agents = Object.values(state.agents);
  if (!agents.some((a) => couldServe(a, full))) {
    const online = agents.filter((a) => a.status === 'online' && a.connected);
    const inDepartment = online.filter((a) => departmentMatches(a.departments, full.department));
    let message = lines.nobodyOnline;
    if (online.length > 0 && full.department && inDepartment.length === 0)
      message = lines.nobodyFrom(full.department);
    else if (
      inDepartment.length > 0 &&
      full.language &&
      !inDepartment.some((a) => languageMatches(a.languages, full.language))
    )
      message = lines.nobodySpeaks(languageName(full.language, lines));
    return { reason: 'no_agents', message, opensAt: null };
  }
  if (maxWaitSeconds != null) {
    const eta = estimateItemWaitSeconds(state, full, now);
    if (eta !== null && eta > maxWaitSeconds)
      return { reason: 'long_wait', message: lines.longWait(describeWait(eta, lines)), opensAt: null };
  }
  return null;
}
