import { lexer, type Token, type Tokens } from 'marked';
import { type Block, collapseSpaces, HeadingPath, type Parsed } from './blocks';
import { htmlBlocks } from './html';

// Markdown → blocks with marked's lexer: one block per paragraph, list item, table row, code
// block; inline markup reduced to its text (links keep their label, images their alt text).

export function markdownBlocks(md: string): Parsed {
  const path = new HeadingPath();
  const blocks: Block[] = [];
  const push = (text: string) => {
    const t = text.trim();
    if (t) blocks.push({ headings: path.current(), text: t });
  };

  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading':
          path.enter((token as Tokens.Heading).depth, inline((token as Tokens.Heading).tokens));
          break;
        case 'paragraph':
          push(inline((token as Tokens.Paragraph).tokens));
          break;
        case 'text':
          push('tokens' in token && token.tokens ? inline(token.tokens) : (token as Tokens.Text).text);
          break;
        case 'list': {
          const list = token as Tokens.List;
          const start = typeof list.start === 'number' ? list.start : 1;
          list.items.forEach((item, i) => {
            push(`${list.ordered ? `${start + i}.` : '-'} ${itemText(item)}`);
          });
          break;
        }
        case 'table': {
          const table = token as Tokens.Table;
          const header = table.header.map((cell) => inline(cell.tokens));
          for (const row of table.rows) {
            // Each row keeps its column names, so a row read alone still makes sense.
            push(
              row.map((cell, i) => `${header[i] ? `${header[i]}: ` : ''}${inline(cell.tokens)}`).join('; '),
            );
          }
          break;
        }
        case 'code':
          push((token as Tokens.Code).text);
          break;
        case 'blockquote':
          walk((token as Tokens.Blockquote).tokens);
          break;
        case 'html': {
          const inner = htmlBlocks((token as Tokens.HTML).text).blocks;
          for (const b of inner) push(b.text);
          break;
        }
        default:
          break; // space, hr, def: nothing to index
      }
    }
  };

  walk(lexer(md.replace(/\r\n?/g, '\n')));
  return { title: path.title, blocks };
}

function itemText(item: Tokens.ListItem): string {
  const parts: string[] = [];
  for (const t of item.tokens) {
    if (t.type === 'list') parts.push(...(t as Tokens.List).items.map(itemText));
    else if ('tokens' in t && t.tokens) parts.push(inline(t.tokens));
    else if ('text' in t) parts.push(String(t.text));
  }
  return collapseSpaces(parts.join(' '));
}

function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const t of tokens) {
    if (t.type === 'br') out += ' ';
    else if (t.type === 'image') out += (t as Tokens.Image).text;
    else if (t.type === 'html') out += ' ';
    else if ('tokens' in t && t.tokens) out += inline(t.tokens);
    else if ('text' in t) out += decodeEntities(String(t.text));
  }
  return collapseSpaces(out);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decodeEntities = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!);
