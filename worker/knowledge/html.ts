import { Parser } from 'htmlparser2';
import { type Block, collapseSpaces, HeadingPath, type Parsed } from './blocks';

// HTML → blocks with htmlparser2 (pure JS, streaming, forgiving). Page chrome and non-content
// elements are skipped; block-level elements end a block; headings build the path.

/** Never content: scripts and styles, and the navigation chrome every page of a site repeats. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'canvas',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'head',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'table',
  'pre',
  'blockquote',
  'figure',
  'figcaption',
  'details',
  'summary',
  'address',
  'hr',
  'br',
  'body',
  'html',
]);
const HEADING = /^h([1-6])$/;

export function htmlBlocks(html: string): Parsed {
  const path = new HeadingPath();
  const blocks: Block[] = [];
  let skipDepth = 0;
  let text = '';
  let heading: { level: number; text: string } | null = null;
  let pageTitle: string | null = null;
  let inTitle = false;
  let preDepth = 0;

  const flush = () => {
    const t = preDepth > 0 ? text.trim() : collapseSpaces(text);
    if (t) blocks.push({ headings: path.current(), text: t });
    text = '';
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (skipDepth > 0 || SKIP.has(name)) {
          // head is skipped, but its <title> names the page.
          if (name !== 'title') skipDepth += SKIP.has(name) ? 1 : 0;
          else inTitle = true;
          return;
        }
        if (name === 'title') inTitle = true;
        const h = HEADING.exec(name);
        if (h) {
          flush();
          heading = { level: Number(h[1]), text: '' };
        } else if (BLOCK.has(name)) {
          flush();
          if (name === 'pre') preDepth++;
          if (name === 'li') text = '- ';
        } else if (name === 'td' || name === 'th') {
          if (text.trim()) text += ' | ';
        }
      },
      ontext(data) {
        if (inTitle) {
          pageTitle = (pageTitle ?? '') + data;
          return;
        }
        if (skipDepth > 0) return;
        if (heading) heading.text += data;
        else text += data;
      },
      onclosetag(name) {
        if (name === 'title') {
          inTitle = false;
          return;
        }
        if (SKIP.has(name)) {
          if (skipDepth > 0) skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if (heading && HEADING.test(name)) {
          path.enter(heading.level, heading.text);
          heading = null;
        } else if (BLOCK.has(name)) {
          flush();
          if (name === 'pre' && preDepth > 0) preDepth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const title = withoutSiteName(collapseSpaces(pageTitle ?? ''), path.title) || path.title;
  return { title: title || undefined, blocks };
}

/**
 * "Engraving service | Demo Shop" → "Engraving service": a page title usually carries the site's
 * name, which every article shares. The part matching the page's h1 wins; else the first part.
 */
function withoutSiteName(title: string, h1: string | undefined): string {
  const parts = title.split(/\s+[|–—·-]\s+/).filter(Boolean);
  if (parts.length < 2) return title;
  const heading = h1?.toLowerCase();
  return parts.find((p) => p.toLowerCase() === heading) ?? parts[0]!;
}
