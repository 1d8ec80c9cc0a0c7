import { contentTerms, type Term } from './text';

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
export function buildMatch(
  text: string | readonly Term[],
): { match: string; terms: string[]; typed: Map<string, string> } | null {
  const found = contentTerms(text, MAX_QUERY_TERMS);
  if (found.length === 0) return null;
  return {
    match: found.map((t) => ftsString(t.typed)).join(' OR '),
    terms: found.map((t) => t.key),
    // (each key's form as FTS indexes it: the key folds accents FTS keeps, "какой" → "какои")
    typed: new Map(found.map((t) => [t.key, t.typed])),
  };
}

/** Columns user terms may match: never the workspace token column. */
const TEXT_COLUMNS = '{title heading body}';

/**
 * The workspace as a single FTS token ("w" + 16 hex digits of FNV-1a). It narrows a MATCH to
 * one tenant inside the index, for speed and per-tenant statistics. A collision would only let
 * another tenant's rows into the candidate list: SQL still filters on workspace_id.
 */
export function workspaceToken(workspaceId: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < workspaceId.length; i++) {
    const c = workspaceId.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `w${hex(a)}${hex(b)}`;
}

/** `expression` limited to one workspace's rows and to the text columns. */
export const scoped = (workspaceId: string, expression: string) =>
  `ws : ${ftsString(workspaceToken(workspaceId))} AND ${unscoped(expression)}`;

/** `expression` limited to the text columns only (for a database holding one workspace). */
export const unscoped = (expression: string) => `${TEXT_COLUMNS} : (${expression})`;
