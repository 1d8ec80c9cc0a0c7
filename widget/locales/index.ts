import { de } from './de';
import { en, type StringKey, type Table } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';

export type { StringKey, Table };

/** Every language the widget speaks, by its ISO 639-1 code. To add one: a table here, same keys as `en`. */
export const tables = { en, es, fr, de, pt, it, nl } satisfies Record<string, Table>;
export type Language = keyof typeof tables;

const isLanguage = (code: string): code is Language => Object.hasOwn(tables, code);

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

const baseOf = (tag: string) => tag.toLowerCase().split('-', 1)[0]!;

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
