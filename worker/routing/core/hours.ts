/**
 * Business hours in the workspace's own time zone. Intervals are wall-clock times, so they follow
 * daylight-saving changes by themselves. An interval whose close is earlier than its open runs past
 * midnight (Fri 22:00–02:00 is open until 02:00 on Saturday) and belongs to the day it opens: a
 * holiday closes the intervals that open on that date. '24:00' closes at the end of the day.
 * On a spring-forward day an opening inside the skipped hour takes effect when the clocks jump.
 */
import { z } from 'zod';

const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
type DayKey = (typeof DAY_KEYS)[number];

const Clock = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use HH:MM, 00:00–24:00');

export const OpeningInterval = z
  .object({ open: Clock, close: Clock })
  .refine((i) => i.open !== '24:00', { message: 'Opening time must be before 24:00', path: ['open'] })
  .refine((i) => i.open !== i.close, { message: 'Opening and closing times must differ', path: ['close'] });
export type OpeningInterval = z.infer<typeof OpeningInterval>;

const Day = z.array(OpeningInterval).max(12).default([]);

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const BusinessHours = z.object({
  timezone: z
    .string()
    .refine(isTimeZone, { message: 'Unknown time zone (use an IANA name like Europe/Berlin)' }),
  weekly: z.object({ mon: Day, tue: Day, wed: Day, thu: Day, fri: Day, sat: Day, sun: Day }),
  holidays: z
    .array(z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'Use YYYY-MM-DD'))
    .default([]),
});
export type BusinessHours = z.infer<typeof BusinessHours>;

const DAY_MS = 86_400_000;
/** How far ahead `nextOpening` looks. */
export const NEXT_OPENING_HORIZON_MS = 14 * DAY_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
}

/** The wall-clock time in `tz` at instant `t`. */
export function localTime(tz: string, t: number): LocalTime {
  const v: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(t)) if (p.type !== 'literal') v[p.type] = Number(p.value);
  const year = v.year!;
  const month = v.month!;
  const day = v.day!;
  return {
    year,
    month,
    day,
    hour: v.hour! % 24,
    minute: v.minute!,
    second: v.second!,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** Local time minus UTC at instant `t`, in ms. */
function offsetAt(tz: string, t: number): number {
  const l = localTime(tz, t);
  const whole = t - (((t % 1000) + 1000) % 1000);
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - whole;
}

/**
 * The first instant at which the wall clock in `tz` reads (or has passed) the given local time.
 * Ambiguous times (clocks going back) resolve to the first occurrence; skipped times (clocks going
 * forward) to the moment of the jump.
 */
export function fromLocal(tz: string, year: number, month: number, day: number, minutes: number): number {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  const offsets = new Set([offsetAt(tz, wall - DAY_MS), offsetAt(tz, wall), offsetAt(tz, wall + DAY_MS)]);
  let best = Number.POSITIVE_INFINITY;
  for (const off of offsets) {
    const t = wall - off;
    if (offsetAt(tz, t) === off) best = Math.min(best, t);
  }
  if (Number.isFinite(best)) return best;
  // In a gap: the offset jumps from `before` to `after` somewhere in (wall − after, wall − before].
  const sorted = [...offsets].sort((a, b) => a - b);
  const after = sorted[sorted.length - 1]!;
  let lo = wall - after;
  let hi = wall - sorted[0]!;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(tz, mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

function toMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

function dateKey(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function addDays(date: { year: number; month: number; day: number }, n: number): LocalDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + n));
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    weekday: t.getUTCDay(),
  };
}

function intervalsOn(hours: BusinessHours, date: LocalDate): OpeningInterval[] {
  if (hours.holidays.includes(dateKey(date.year, date.month, date.day))) return [];
  return hours.weekly[DAY_KEYS[date.weekday] as DayKey] ?? [];
}

/** Open at instant `now`? No hours configured (null) means always open. */
export function isOpen(hours: BusinessHours | null, now: number): boolean {
  if (!hours) return true;
  const l = localTime(hours.timezone, now);
  const m = l.hour * 60 + l.minute;
  for (const i of intervalsOn(hours, l)) {
    const open = toMinutes(i.open);
    const close = toMinutes(i.close);
    if (close > open ? m >= open && m < close : m >= open) return true;
  }
  for (const i of intervalsOn(hours, addDays(l, -1))) {
    const open = toMinutes(i.open);
    const close = toMinutes(i.close);
    if (close <= open && m < close) return true;
  }
  return false;
}

/** When the team is next open (epoch ms): `now` if open now, null if not within 14 days. */
export function nextOpening(hours: BusinessHours | null, now: number): number | null {
  if (isOpen(hours, now)) return now;
  if (!hours) return now;
  const today = localTime(hours.timezone, now);
  let best = Number.POSITIVE_INFINITY;
  for (let n = 0; n <= 15 && !Number.isFinite(best); n++) {
    const date = addDays(today, n);
    for (const i of intervalsOn(hours, date)) {
      const t = fromLocal(hours.timezone, date.year, date.month, date.day, toMinutes(i.open));
      if (t > now && t < best) best = t;
    }
  }
  return Number.isFinite(best) && best - now <= NEXT_OPENING_HORIZON_MS ? best : null;
}
