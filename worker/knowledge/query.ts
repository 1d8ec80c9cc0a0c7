import { contentWords } from './text';

/** Most terms a query contributes: bounds FTS work whatever a visitor pastes. */
export const MAX_QUERY_TERMS = 16;

/** Quoted as an FTS5 string: any `"` doubled, so the text is a phrase, never syntax. */
export const ftsString = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * An FTS5 MATCH expression for free text, or null when it has no content words.
 * Every term is a quoted string joined by OR, so user text can never inject FTS syntax
 * (AND, NEAR, *, ^, column filters, parentheses): the tokeniser already dropped punctuation,
 * and quoting turns what is left into literals.
 */
export function buildMatch(text: string): { match: string; terms: string[] } | null {
  const terms = contentWords(text, MAX_QUERY_TERMS);
  if (terms.length === 0) return null;
  return { match: terms.map(ftsString).join(' OR '), terms };
}
