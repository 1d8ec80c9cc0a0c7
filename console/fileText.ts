import type { DocFormat } from './knowledgeApi';

/** Format from a file name: .md/.markdown, .html/.htm, anything else text. */
export function formatOf(fileName: string): DocFormat {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  return 'text';
}

/** "returns-and-exchanges.md" → "Returns and exchanges". */
export function titleOf(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** Largest file accepted: the server takes 5 MB request bodies (2 MB documents with room to spare). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export async function readText(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than 2 MB.`);
  return file.text();
}
