// Gzipped size of the widget a host page downloads: the loader alone, and loader + iframe app.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const DEFAULT_DIR = fileURLToPath(new URL('../dist/public/widget/', import.meta.url));
const FILES = ['loader.js', 'frame.js', 'frame.css', 'frame.html'];

/** gzip -9 size in bytes, or null if the file is missing (UI not built). */
export function gzipBytes(file) {
  if (!existsSync(file)) return null;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** @param {{ log: (s: string) => void }} ctx */
export function widgetSize({ log }, dir = DEFAULT_DIR) {
  const sizes = Object.fromEntries(FILES.map((f) => [f, gzipBytes(`${dir}${f}`)]));
  const missing = FILES.filter((f) => sizes[f] === null);
  if (missing.length) log(`widget: missing ${missing.join(', ')} in ${dir} (run npm run build:ui)`);
  else log(`widget gzip bytes: ${JSON.stringify(sizes)}`);
  return {
    widget_loader_gzip_bytes: sizes['loader.js'],
    widget_total_gzip_bytes: missing.length ? null : FILES.reduce((sum, f) => sum + sizes[f], 0),
  };
}
