/** The widget settings form, checked as the server would (worker/api/admin.ts), in sentences. */

export const MAX_GREETING = 1000;
const MAX_LANGUAGES = 40;
const MAX_ORIGINS = 50;
const CODE = /^[a-z]{2,3}$/;
const HEX = /^#[0-9a-fA-F]{6}$/;

export interface GreetingRow {
  key: number;
  code: string;
  text: string;
}

export interface WidgetDraft {
  greeting: string;
  rows: GreetingRow[];
  color: string;
  /** One origin a line, as typed. */
  origins: string;
}

/** What PUT /api/admin/settings takes for the widget. */
export interface WidgetValues {
  greeting: string;
  greetings: Record<string, string>;
  color: string;
  allowedOrigins: string[];
}

export type WidgetField = 'greeting' | 'greetings' | 'color' | 'origins';

export interface Problem {
  field: WidgetField;
  /** For a greeting row: its key, and which of its inputs is wrong. */
  row?: number;
  part?: 'code' | 'text';
  text: string;
}

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** "nl" → "Dutch"; null when the code names no language Intl knows. */
export function languageName(code: string): string | null {
  if (!CODE.test(code)) return null;
  try {
    const name = names.of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

/** A greeting row that is blank on both sides is a row not filled in yet, not a mistake. */
const isBlank = (r: GreetingRow) => !r.code.trim() && !r.text.trim();

function codeProblem(code: string, seen: ReadonlySet<string>): string | null {
  if (!code) return 'A greeting has no language code (e.g. fr, pt).';
  if (/^[a-zA-Z]{2,3}$/.test(code) && !CODE.test(code))
    return `“${code}”: language codes are lowercase (${code.toLowerCase()}).`;
  const base = /^([a-zA-Z]{2,3})[-_][a-zA-Z0-9]{2,8}$/.exec(code)?.[1];
  if (base)
    return `“${code}”: use the language alone (${base.toLowerCase()}); one greeting covers all its regions.`;
  if (!CODE.test(code)) return `“${code}” is not a language code (use fr, pt…).`;
  if (seen.has(code)) return `“${code}” is there twice: one greeting per language.`;
  return null;
}

function originOf(line: string): { origin: string } | { problem: string } {
  if (!URL.canParse(line)) {
    return /^[\w-]+(\.[\w-]+)+(:\d+)?\/?$/.test(line)
      ? { problem: `“${line}” needs its scheme: https://${line.replace(/\/$/, '')}` }
      : { problem: `“${line}” is not a web address (e.g. https://shop.example).` };
  }
  const u = new URL(line);
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    return { problem: `“${line}”: only http:// and https:// sites can embed the widget.` };
  if (u.pathname !== '/' || u.search || u.hash || u.username || u.password)
    return { problem: `“${line}”: give the site alone, ${u.origin} (it covers all its pages).` };
  return { origin: u.origin };
}

/** The values to save, and what is wrong with the draft (empty when nothing is). */
export function checkWidget(d: WidgetDraft): { values: WidgetValues; problems: Problem[] } {
  const problems: Problem[] = [];
  const greeting = d.greeting.trim();
  if (!greeting)
    problems.push({ field: 'greeting', text: 'Greeting: write the message every conversation opens with.' });
  else if (greeting.length > MAX_GREETING)
    problems.push({
      field: 'greeting',
      text: `Greeting: at most ${MAX_GREETING} characters (it has ${greeting.length}).`,
    });

  const greetings: Record<string, string> = {};
  const seen = new Set<string>();
  const rows = d.rows.filter((r) => !isBlank(r));
  for (const r of rows) {
    const code = r.code.trim();
    const text = r.text.trim();
    const bad = codeProblem(code, seen);
    seen.add(code);
    const label = languageName(code) ? `${languageName(code)} (${code})` : `“${code}”`;
    if (bad) problems.push({ field: 'greetings', row: r.key, part: 'code', text: bad });
    else if (!text)
      problems.push({
        field: 'greetings',
        row: r.key,
        part: 'text',
        text: `The greeting in ${label} is empty: write it, or remove the row.`,
      });
    else if (text.length > MAX_GREETING)
      problems.push({
        field: 'greetings',
        row: r.key,
        part: 'text',
        text: `The greeting in ${label}: at most ${MAX_GREETING} characters (it has ${text.length}).`,
      });
    if (!bad) greetings[code] = text;
  }
  if (rows.length > MAX_LANGUAGES)
    problems.push({ field: 'greetings', text: `Greetings: at most ${MAX_LANGUAGES} languages.` });

  const color = d.color.trim().toLowerCase();
  if (!HEX.test(color)) problems.push({ field: 'color', text: 'Colour: a hex colour like #4f46e5.' });

  const allowedOrigins: string[] = [];
  for (const line of d.origins.split(/[\s,]+/).filter(Boolean)) {
    const o = originOf(line);
    if ('problem' in o) problems.push({ field: 'origins', text: o.problem });
    else if (!allowedOrigins.includes(o.origin)) allowedOrigins.push(o.origin);
  }
  if (allowedOrigins.length > MAX_ORIGINS)
    problems.push({ field: 'origins', text: `Allowed origins: at most ${MAX_ORIGINS}.` });

  return { values: { greeting, greetings, color, allowedOrigins }, problems };
}

const sameGreetings = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** Only what changed: a save never rewrites a field someone else may have just changed. */
export function widgetChanges(saved: WidgetValues, next: WidgetValues): Partial<WidgetValues> {
  const out: Partial<WidgetValues> = {};
  if (next.greeting !== saved.greeting) out.greeting = next.greeting;
  if (!sameGreetings(next.greetings, saved.greetings)) out.greetings = next.greetings;
  if (next.color !== saved.color.toLowerCase()) out.color = next.color;
  if (next.allowedOrigins.join('\n') !== saved.allowedOrigins.join('\n'))
    out.allowedOrigins = next.allowedOrigins;
  return out;
}
