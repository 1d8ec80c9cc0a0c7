import { baseLanguage } from '../../worker/protocol/language';
import { en, type StringKey, type Table } from './en';

export type { StringKey, Table };

/**
 * Every language the widget speaks, by its ISO 639-1 code, and how to get its table: English is
 * built in; each other one is a small chunk fetched once, when it is the visitor's (so the frame
 * does not carry them all). To add one: a file here with the same keys as `en`, and a line below
 * (and in `all.ts`).
 */
const loaders = {
  en: async () => en,
  es: () => import('./es').then((m) => m.es),
  fr: () => import('./fr').then((m) => m.fr),
  de: () => import('./de').then((m) => m.de),
  pt: () => import('./pt').then((m) => m.pt),
  it: () => import('./it').then((m) => m.it),
  nl: () => import('./nl').then((m) => m.nl),
  ru: () => import('./ru').then((m) => m.ru),
  uk: () => import('./uk').then((m) => m.uk),
  pl: () => import('./pl').then((m) => m.pl),
  cs: () => import('./cs').then((m) => m.cs),
  ro: () => import('./ro').then((m) => m.ro),
  tr: () => import('./tr').then((m) => m.tr),
  sv: () => import('./sv').then((m) => m.sv),
  da: () => import('./da').then((m) => m.da),
  no: () => import('./no').then((m) => m.no),
  fi: () => import('./fi').then((m) => m.fi),
  id: () => import('./id').then((m) => m.id),
  vi: () => import('./vi').then((m) => m.vi),
  ar: () => import('./ar').then((m) => m.ar),
  hi: () => import('./hi').then((m) => m.hi),
  ja: () => import('./ja').then((m) => m.ja),
  zh: () => import('./zh').then((m) => m.zh),
  ko: () => import('./ko').then((m) => m.ko),
  he: () => import('./he').then((m) => m.he),
  el: () => import('./el').then((m) => m.el),
  hu: () => import('./hu').then((m) => m.hu),
  sk: () => import('./sk').then((m) => m.sk),
  hr: () => import('./hr').then((m) => m.hr),
  bg: () => import('./bg').then((m) => m.bg),
  fa: () => import('./fa').then((m) => m.fa),
  tl: () => import('./tl').then((m) => m.tl),
  th: () => import('./th').then((m) => m.th),
} satisfies Record<string, () => Promise<Table>>;
export type Language = keyof typeof loaders;
export const LANGUAGES = Object.keys(loaders) as Language[];

/** The table for `language`; English if its chunk cannot be had (offline, a stale deploy). */
export function loadTable(language: Language): Promise<Table> {
  return loaders[language]().catch(() => en);
}

const isLanguage = (code: string): code is Language => Object.hasOwn(loaders, code);

export interface Choice {
  language: Language;
  /**
   * The BCP 47 tag for Intl (dates, times): the first wanted tag of that language with a region
   * ("pt-BR", "en-GB": 24-hour clock), else the language itself.
   */
  locale: string;
  /** The visitor's own language (the first wanted, spoken by the widget or not): told to the server. */
  wanted: string | null;
}

/**
 * The first of `wanted` (language tags, most wanted first) the widget has a table for, by base
 * subtag ("pt-BR" → pt); English when none is.
 */
export function pickLanguage(wanted: readonly (string | null | undefined)[]): Choice {
  const tags = wanted.flatMap((w) => {
    const tag = w ? canonical(w) : null;
    return tag ? [tag] : [];
  });
  const language = tags.map(baseOf).find(isLanguage) ?? 'en';
  const locale = tags.find((tag) => baseOf(tag) === language && tag.includes('-')) ?? language;
  return { language, locale, wanted: tags[0] ?? null };
}

/** (canonical tags always have a base: "nb-NO" → "no", as the worker reads it) */
const baseOf = (tag: string) => baseLanguage(tag) ?? tag;

/** A well-formed language tag, canonical ("pt_br" → "pt-BR"); null for anything else a host page may put. */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** `template` with each `{name}` replaced by `vars.name`; a placeholder without a value stays as is. */
export function fill(template: string, vars?: Readonly<Record<string, string | number>>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(vars, k) ? String(vars[k]) : m));
}

/** The `{placeholders}` of a string, each once. */
export function placeholders(template: string): Set<string> {
  return new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (m) => m[1]!));
}
