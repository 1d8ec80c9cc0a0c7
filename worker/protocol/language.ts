/**
 * Tags that name a language another way: a browser's Norwegian is "nb-NO" or "nn-NO", its
 * Tagalog "fil" (Filipino), and old ones call Hebrew "iw".
 */
const ALIASES: Record<string, string> = { nb: 'no', nn: 'no', fil: 'tl', iw: 'he' };

/** Languages written right to left. */
export const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'he', 'fa']);

/**
 * The language of a tag as Baton names it (triage, the bot's lines, the widget's tables):
 * "pt-BR" → "pt", "nb-NO" → "no"; null for none. Shared by the worker and the widget.
 */
export function baseLanguage(tag: string | null | undefined): string | null {
  const base = tag?.toLowerCase().split(/[-_]/, 1)[0];
  if (!base) return null;
  return Object.hasOwn(ALIASES, base) ? ALIASES[base]! : base;
}
