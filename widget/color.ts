/**
 * The workspace accent colour as CSS variables, with readable companions: `--on-accent` (text on
 * an accent background) and `--accent-ink` (the accent darkened until it reads as text on white).
 */
const FALLBACK = '#4f46e5';

type Rgb = [number, number, number];

function parseHex(color: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

export function accentVars(color: string): Record<'--accent' | '--on-accent' | '--accent-ink', string> {
  const rgb = parseHex(color) ?? parseHex(FALLBACK)!;
  const l = luminance(rgb);
  const onAccent = contrast(l, 1) >= contrast(l, 0) ? '#ffffff' : '#111827';
  let ink = rgb;
  for (let i = 0; i < 10 && contrast(luminance(ink), 1) < 4.5; i++) ink = ink.map((c) => c * 0.85) as Rgb;
  return { '--accent': toHex(rgb), '--on-accent': onAccent, '--accent-ink': toHex(ink) };
}

export function applyAccent(color: string): void {
  const root = document.documentElement.style;
  for (const [k, v] of Object.entries(accentVars(color))) root.setProperty(k, v);
}
