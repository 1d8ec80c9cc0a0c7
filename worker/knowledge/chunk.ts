import type { Block, Parsed } from './blocks';
import { textBlocks } from './blocks';
import { htmlBlocks } from './html';
import { markdownBlocks } from './markdown';

export type DocFormat = 'markdown' | 'text' | 'html';

export interface Chunk {
  ord: number;
  /** Heading path inside the document, "Returns › Refund timing"; '' before the first heading. */
  heading: string;
  text: string;
}

export interface ChunkOptions {
  /** Target upper bound of a chunk's text: small enough that BM25 favours the passage that answers. */
  maxChars?: number;
  /** Text repeated from the end of one chunk at the start of the next within a section. */
  overlapChars?: number;
}

export const CHUNK_DEFAULTS = { maxChars: 1000, overlapChars: 150 } as const;
export const HEADING_SEPARATOR = ' › ';

export function parse(format: DocFormat, body: string): Parsed {
  if (format === 'markdown') return markdownBlocks(body);
  if (format === 'html') return htmlBlocks(body);
  return textBlocks(body);
}

export function chunkDocument(format: DocFormat, body: string, options?: ChunkOptions) {
  const parsed = parse(format, body);
  return { title: parsed.title, chunks: chunkBlocks(parsed.blocks, options) };
}

/**
 * Packs blocks into chunks: a chunk never spans two sections (heading paths), holds whole blocks
 * where they fit, splits an oversized block at sentence and then word boundaries, and starts with
 * the tail of the previous chunk of its section so an answer cut at a boundary is still whole once.
 */
export function chunkBlocks(blocks: Block[], options: ChunkOptions = {}): Chunk[] {
  const maxChars = Math.max(100, options.maxChars ?? CHUNK_DEFAULTS.maxChars);
  const overlapChars = Math.min(
    Math.floor(maxChars / 2),
    options.overlapChars ?? CHUNK_DEFAULTS.overlapChars,
  );
  const chunks: Chunk[] = [];

  let i = 0;
  while (i < blocks.length) {
    const key = blocks[i]!.headings.join('\u0000');
    const section: string[] = [];
    for (; i < blocks.length && blocks[i]!.headings.join('\u0000') === key; i++) {
      section.push(...splitUnit(blocks[i]!.text, maxChars - overlapChars));
    }
    const heading = blocks[i - 1]!.headings.join(HEADING_SEPARATOR);
    for (const text of pack(section, maxChars, overlapChars)) {
      chunks.push({ ord: chunks.length, heading, text });
    }
  }
  return chunks;
}

function pack(units: string[], maxChars: number, overlapChars: number): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let len = 0;
  let fresh = 0; // units in `cur` that are not overlap
  for (const unit of units) {
    if (fresh > 0 && len + unit.length + 1 > maxChars) {
      out.push(cur.join('\n'));
      cur = overlapTail(cur, overlapChars);
      len = cur.reduce((n, u) => n + u.length + 1, 0);
      fresh = 0;
    }
    cur.push(unit);
    len += unit.length + 1;
    fresh++;
  }
  if (fresh > 0) out.push(cur.join('\n'));
  return out;
}

/** Trailing units (or the end of the last one, from a word boundary) within `budget` chars. */
function overlapTail(units: string[], budget: number): string[] {
  if (budget <= 0 || units.length === 0) return [];
  const tail: string[] = [];
  let used = 0;
  for (let j = units.length - 1; j >= 0; j--) {
    const u = units[j]!;
    if (used + u.length + 1 > budget) {
      if (tail.length === 0) {
        const cut = u.slice(u.length - budget);
        const space = cut.indexOf(' ');
        const words = space >= 0 ? cut.slice(space + 1) : cut;
        if (words) tail.unshift(`… ${words}`);
      }
      break;
    }
    tail.unshift(u);
    used += u.length + 1;
  }
  return tail;
}

/** A block longer than `limit` split at sentence ends, then at spaces, then anywhere. */
function splitUnit(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const out: string[] = [];
  let cur = '';
  for (const sentence of text.split(/(?<=[.!?;:])\s+|\n+/)) {
    for (const piece of splitWords(sentence, limit)) {
      if (cur && cur.length + 1 + piece.length > limit) {
        out.push(cur);
        cur = piece;
      } else cur = cur ? `${cur} ${piece}` : piece;
    }
  }
  if (cur) out.push(cur);
  return out;
}

function splitWords(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let at = rest.lastIndexOf(' ', limit);
    if (at < limit / 2) at = limit; // no usable space: a very long token
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}
