import { z } from 'zod';
import { fold, type Tokenized, tokenize } from './text';
import { Priority, TriageReason } from './types';

// Business rules, configured per workspace: when every condition given holds, the actions
// apply. Conditions: keywords or topics in the message, customer attributes (plan tier,
// account value…), the page the visitor is on, the language, the time (in a time zone), and
// triggers that fired. Actions: always hand off, route to a department, set a priority, never
// let the bot answer. Evaluation is pure and cheap: keyword phrases are tokenised once per rule
// object and cached.

const Text = z.string().trim().min(1).max(200);

export const AttributeCondition = z.object({
  key: z.string().trim().min(1).max(64),
  op: z.enum(['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'exists']),
  /** A string for eq/neq/contains, a number for comparisons, a list for `in`; none for `exists`. */
  value: z.union([z.string().max(200), z.number(), z.array(z.string().max(200)).max(50)]).optional(),
});
export type AttributeCondition = z.infer<typeof AttributeCondition>;

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM (24-hour)');

export const TimeCondition = z
  .object({
    /** IANA time zone, e.g. "Europe/Paris". */
    timezone: z
      .string()
      .max(64)
      .refine((tz) => validTimeZone(tz), { message: 'unknown time zone' })
      .default('UTC'),
    /** Days of the week, 0 = Sunday … 6 = Saturday. */
    days: z.array(z.number().int().min(0).max(6)).max(7).optional(),
    /** Window start and end, local time; an end before the start wraps past midnight. */
    from: HHMM.optional(),
    to: HHMM.optional(),
    /** Match outside the days/window instead (e.g. "outside business hours"). */
    outside: z.boolean().optional(),
  })
  .refine((t) => (t.from === undefined) === (t.to === undefined), {
    message: 'give both from and to, or neither',
  });

export const RuleConditions = z.object({
  /** Any of these words or phrases in the message (case- and accent-insensitive; "refund*" matches a prefix). */
  keywords: z.array(Text).max(100).optional(),
  /** Any of these topics: the knowledge-base article the question matched, or a detected domain (legal, medical, security). */
  topics: z.array(Text).max(50).optional(),
  /** Every one of these customer-attribute conditions. */
  attributes: z.array(AttributeCondition).max(20).optional(),
  /** Any of these page URL patterns (`*` matches anything; no `*` means "contains"). */
  pages: z.array(z.string().trim().min(1).max(500)).max(50).optional(),
  /** Any of these languages (ISO 639-1). */
  languages: z.array(z.string().trim().min(2).max(8)).max(50).optional(),
  time: TimeCondition.optional(),
  /** Any of these triggers fired on this message (e.g. route every frustrated customer to a team). */
  triggers: z
    .array(TriageReason.exclude(['rule']))
    .max(5)
    .optional(),
});
export type RuleConditions = z.infer<typeof RuleConditions>;

export const RuleActions = z
  .object({
    /** Hand the conversation to a person as soon as the rule matches. */
    handoff: z.boolean().optional(),
    department: z.string().trim().min(1).max(64).optional(),
    priority: Priority.optional(),
    /** False: the bot must not answer; a person takes over (implies a handoff). */
    botMayAnswer: z.boolean().optional(),
  })
  .refine((a) => a.handoff !== undefined || a.department || a.priority || a.botMayAnswer !== undefined, {
    message: 'a rule needs at least one action',
  });
export type RuleActions = z.infer<typeof RuleActions>;

export const RuleInput = z.object({
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().default(true),
  when: RuleConditions,
  actions: RuleActions,
});
export type RuleInput = z.infer<typeof RuleInput>;

export const Rule = RuleInput.extend({ id: z.string().min(1).max(64) });
export type Rule = z.infer<typeof Rule>;

export interface RuleContext {
  tokens: Tokenized;
  /** Topics known for this message: knowledge-base article, classifier topic, detected domains. */
  topics: string[];
  attributes: Record<string, string>;
  pageUrl?: string;
  language: string;
  now: Date;
  /** Triggers that fired on this message before rules were applied. */
  triggers: TriageReason[];
}

export interface RuleOutcome {
  /** Matching rules, in order. */
  matched: { id: string; name: string }[];
  handoff: boolean;
  department?: string;
  priority?: Priority;
  botMayAnswer: boolean;
  evidence: string[];
}

const PRIORITY_RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };
export const higherPriority = (a: Priority | undefined, b: Priority | undefined): Priority | undefined =>
  !a ? b : !b ? a : PRIORITY_RANK[b] > PRIORITY_RANK[a] ? b : a;

/**
 * Applies the enabled rules in order. Every matching rule contributes: handoff if any says so,
 * the first department given, the highest priority, and the bot may answer only if none forbids it.
 */
export function evaluateRules(rules: readonly Rule[], ctx: RuleContext): RuleOutcome {
  const out: RuleOutcome = { matched: [], handoff: false, botMayAnswer: true, evidence: [] };
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const why = matches(rule, ctx);
    if (!why) continue;
    out.matched.push({ id: rule.id, name: rule.name });
    out.evidence.push(`rule "${rule.name}"${why.length ? `: ${why.join(', ')}` : ''}`);
    const a = rule.actions;
    if (a.handoff) out.handoff = true;
    if (a.botMayAnswer === false) {
      out.botMayAnswer = false;
      out.handoff = true;
    }
    if (a.department && !out.department) out.department = a.department;
    out.priority = higherPriority(out.priority, a.priority);
  }
  return out;
}

/** Null when the rule doesn't match; otherwise what matched (for evidence). */
function matches(rule: Rule, ctx: RuleContext): string[] | null {
  const w = rule.when;
  const why: string[] = [];
  if (w.keywords?.length) {
    const hit = compiled(rule).keywords.find((k) => containsPhrase(ctx.tokens, k));
    if (!hit) return null;
    why.push(`keyword "${hit.join(' ')}"`);
  }
  if (w.topics?.length) {
    const known = ctx.topics.map(fold);
    const hit = w.topics.find((t) => {
      const f = fold(t);
      return known.some((k) => k === f || k.includes(f));
    });
    if (!hit) return null;
    why.push(`topic "${hit}"`);
  }
  if (w.attributes?.length) {
    for (const c of w.attributes) if (!attributeHolds(c, ctx.attributes)) return null;
    why.push(w.attributes.map((c) => c.key).join(', '));
  }
  if (w.pages?.length) {
    const url = ctx.pageUrl?.toLowerCase();
    if (!url) return null;
    const hit = w.pages.find((p) => globMatch(p.toLowerCase(), url));
    if (!hit) return null;
    why.push(`page ${hit}`);
  }
  if (w.languages?.length) {
    if (!w.languages.some((l) => l.toLowerCase() === ctx.language)) return null;
    why.push(`language ${ctx.language}`);
  }
  if (w.time) {
    if (!timeHolds(w.time, ctx.now)) return null;
    why.push('time');
  }
  if (w.triggers?.length) {
    const hit = w.triggers.find((t) => ctx.triggers.includes(t));
    if (!hit) return null;
    why.push(`trigger ${hit}`);
  }
  return why;
}

// ── Keywords ──

interface Compiled {
  /** Each keyword as folded words; a trailing "*" on the last word makes it a prefix. */
  keywords: string[][];
}
const cache = new WeakMap<Rule, Compiled>();

function compiled(rule: Rule): Compiled {
  let c = cache.get(rule);
  if (!c) {
    c = {
      keywords: (rule.when.keywords ?? [])
        .map((k) => {
          const star = k.trim().endsWith('*');
          const words = tokenize(k).tokens.map((x) => x.key);
          if (star && words.length) words[words.length - 1] += '*';
          return words;
        })
        .filter((k) => k.length > 0),
    };
    cache.set(rule, c);
  }
  return c;
}

function containsPhrase(t: Tokenized, phrase: string[]): boolean {
  const toks = t.tokens;
  outer: for (let i = 0; i + phrase.length <= toks.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const want = phrase[j]!;
      const have = toks[i + j]!.key;
      if (want.endsWith('*') ? !have.startsWith(want.slice(0, -1)) : have !== want) continue outer;
    }
    return true;
  }
  return false;
}

// ── Attributes ──

function attributeHolds(c: AttributeCondition, attrs: Record<string, string>): boolean {
  const key = Object.keys(attrs).find((k) => k.toLowerCase() === c.key.toLowerCase());
  const raw = key === undefined ? undefined : attrs[key];
  if (c.op === 'exists') return raw !== undefined && raw !== '';
  if (raw === undefined) return c.op === 'neq';
  const have = raw.trim().toLowerCase();
  const v = c.value;
  switch (c.op) {
    case 'eq':
      return v !== undefined && !Array.isArray(v) && have === String(v).toLowerCase();
    case 'neq':
      return v === undefined || Array.isArray(v) || have !== String(v).toLowerCase();
    case 'in':
      return Array.isArray(v) && v.some((x) => x.toLowerCase() === have);
    case 'contains':
      return v !== undefined && !Array.isArray(v) && have.includes(String(v).toLowerCase());
    default: {
      const a = Number(have.replace(/[^\d.-]/g, ''));
      const b = Number(v);
      if (!have || !Number.isFinite(a) || Array.isArray(v) || v === undefined || !Number.isFinite(b))
        return false;
      return c.op === 'gt' ? a > b : c.op === 'gte' ? a >= b : c.op === 'lt' ? a < b : a <= b;
    }
  }
}

// ── Pages ──

/** `*` matches any run of characters; a pattern without `*` matches anywhere in the URL. */
export function globMatch(pattern: string, url: string): boolean {
  if (!pattern.includes('*')) return url.includes(pattern);
  const parts = pattern.split('*');
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part) continue;
    if (i === 0) {
      // Anchored at the start: the full URL, or its path for patterns starting with "/".
      if (url.startsWith(part)) at = part.length;
      else {
        const path = pathStart(url);
        if (path < 0 || !url.startsWith(part, path)) return false;
        at = path + part.length;
      }
      continue;
    }
    const found = url.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  const last = parts[parts.length - 1]!;
  return last === '' || url.endsWith(last);
}

function pathStart(url: string): number {
  const scheme = url.indexOf('://');
  return scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
}

// ── Time ──

const formatters = new Map<string, Intl.DateTimeFormat>();
function validTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(tz, f);
  }
  return f;
}
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Day of week (0 = Sunday) and minutes after midnight, in a time zone. */
export function localTime(now: Date, tz: string): { day: number; minutes: number } {
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const p of formatter(tz).formatToParts(now)) {
    if (p.type === 'weekday') day = WEEKDAYS.indexOf(p.value);
    else if (p.type === 'hour') hour = Number(p.value);
    else if (p.type === 'minute') minute = Number(p.value);
  }
  return { day, minutes: hour * 60 + minute };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function timeHolds(c: z.infer<typeof TimeCondition>, now: Date): boolean {
  const { day, minutes } = localTime(now, c.timezone);
  let inside = true;
  if (c.from && c.to) {
    const from = toMinutes(c.from);
    const to = toMinutes(c.to);
    // A window that wraps midnight (22:00–06:00) started the day before for its early hours.
    const wraps = to <= from;
    const inWindow = wraps ? minutes >= from || minutes < to : minutes >= from && minutes < to;
    const windowDay = wraps && minutes < to ? (day + 6) % 7 : day;
    inside = inWindow && (!c.days?.length || c.days.includes(windowDay));
  } else if (c.days?.length) {
    inside = c.days.includes(day);
  }
  return c.outside ? !inside : inside;
}
