import type { LineRange } from '@site/src/lib';

/**
 * Wraps the given lines in add-highlight magic comments, which the theme's
 * CodeBlock turns into highlighted lines and strips from what it copies.
 */
export function withAddHighlights(text: string, ranges: readonly LineRange[]): string {
  if (ranges.length === 0) return text;
  const lines = text.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let r = 0;
  lines.forEach((line, i) => {
    const n = i + 1;
    const range = ranges[r];
    if (range && n === range.start) out.push('# add-highlight-start');
    out.push(line);
    if (range && n === range.end) {
      out.push('# add-highlight-end');
      r++;
    }
  });
  return out.join('\n');
}
