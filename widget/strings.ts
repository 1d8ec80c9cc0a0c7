import { hostLanguage } from './bridge';
import { fill, pickLanguage, type StringKey, type Table, tables } from './locales';

export type { StringKey };

/**
 * The chat's language, chosen once: the host page's choice (`data-language` on the loader's script
 * tag, passed in the frame URL), else the first of the browser's languages the widget speaks, else
 * English. `locale` is the tag for Intl (dates and times).
 */
export const {
  language,
  locale,
  wanted: visitorLanguage,
} = pickLanguage([hostLanguage, ...(navigator.languages ?? []), navigator.language]);

/** Every visitor-facing string of the chat UI, keyed, in the chat's language (tables in `locales/`). */
export const strings: Table = tables[language];

/** The string for `key` in the visitor's language, with `{placeholders}` filled in. */
export function t(key: StringKey, vars?: Record<string, string | number>): string {
  return fill(strings[key], vars);
}
