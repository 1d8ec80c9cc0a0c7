/** A run of text under a heading path: what the parsers produce and the chunker packs. */
export interface Block {
  /** Enclosing headings, outermost first (the document title excluded). */
  headings: string[];
  text: string;
}

export interface Parsed {
  /** The document's own title when the source names one (first h1, or HTML <title>). */
  title?: string;
  blocks: Block[];
}

export const collapseSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Tracks the heading path as headings of different levels go by. */
export class HeadingPath {
  private stack: string[] = [];
  title?: string;

  /** Level 1..6. The first h1 becomes the title instead of a path entry. */
  enter(level: number, text: string) {
    const t = collapseSpaces(text);
    if (!t) return;
    if (level === 1 && this.title === undefined) {
      this.title = t;
      this.stack = [];
      return;
    }
    this.stack = this.stack.slice(0, level - 1);
    this.stack[level - 1] = t;
  }

  current(): string[] {
    return this.stack.filter((h) => h);
  }
}

/** Plain text: paragraphs are separated by blank lines. */
export function textBlocks(text: string): Parsed {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ headings: [], text: p }));
  return { blocks };
}
