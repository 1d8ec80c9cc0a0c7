import { hostLanguage } from './bridge';
import { fill, loadTable, pickLanguage, type StringKey, type Table } from './locales';
import { en } from './locales/en';

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

/**
 * Every visitor-facing string of the chat UI, keyed, in the chat's language (tables in `locales/`):
 * English until `loadStrings` has the visitor's table, which the frame awaits before it renders.
 */
export let strings: Table = en;

export async function loadStrings(): Promise<void> {
  strings = await loadTable(language);
}

/** The string for `key` in the visitor's language, with `{placeholders}` filled in. */
export function t(key: StringKey, vars?: Record<string, string | number>): string {
  return fill(strings[key], vars);
}
