/** Picks the sentences of a passage that answer the question, in their original order. */

const STOP = new Set(
  'a an the and or but if of to in on at for from by with about as is are was were be been am do does did have has had i you we they he she it my your our their me us them this that these those what which who whom how when where why can could would should will shall may might must not no yes so than then there here just also any some all please'.split(
    ' ',
  ),
);

export function terms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t.length > 1 && !STOP.has(t));
}

/** A crude stem so "returns"/"returning"/"return" meet; good enough for sentence choice. */
const stem = (t: string) => t.replace(/(ing|ed|es|s)$/u, '');

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"(])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function condense(question: string, passage: string, maxChars = 420): string {
  const sentences = splitSentences(passage);
  if (sentences.join(' ').length <= maxChars) return sentences.join(' ');
  const q = new Set(terms(question).map(stem));
  const scored = sentences.map((s, i) => {
    const ts = terms(s).map(stem);
    const hits = ts.filter((t) => q.has(t)).length;
    // Earlier sentences lead a section: a small bonus keeps the answer's context.
    return { i, s, score: hits / Math.sqrt(ts.length + 1) + (i === 0 ? 0.15 : 0) };
  });
  const picked: typeof scored = [];
  let used = 0;
  for (const c of [...scored].sort((a, b) => b.score - a.score)) {
    if (used + c.s.length > maxChars && picked.length > 0) continue;
    picked.push(c);
    used += c.s.length + 1;
    if (used >= maxChars * 0.8) break;
  }
  return picked
    .sort((a, b) => a.i - b.i)
    .map((c) => c.s)
    .join(' ');
}
