/**
 * Prism token, split where the reader's values were filled in (see
 * src/theme/CodeBlock): each filled part is a <mark class="kv-filled"> so a
 * reader can tell the guide's text from theirs.
 */
import type { ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock/Line/Token';
import { useFilledRanges } from '@site/src/theme/CodeBlock';

const lineTexts = new WeakMap<object, string>();

/** A line's text, computed once per line rather than once per token. */
function textOf(line: Props['line']): string {
  let text = lineTexts.get(line);
  if (text === undefined) {
    text = line.map((t) => t.content).join('');
    lineTexts.set(line, text);
  }
  return text;
}

export default function CodeBlockLineToken({ line, token, ...props }: Props): ReactNode {
  const filled = useFilledRanges();
  const ranges = filled?.get(textOf(line));
  if (!ranges) return <span {...props} />;
  let offset = 0;
  for (const t of line) {
    if (t === token) break;
    offset += t.content.length;
  }
  const text = token.content;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start - offset, at);
    const to = Math.min(end - offset, text.length);
    if (to <= from) continue;
    if (from > at) parts.push(text.slice(at, from));
    parts.push(
      <mark key={from} className="kv-filled" title="Your value">
        {text.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  if (parts.length === 0) return <span {...props} />;
  if (at < text.length) parts.push(text.slice(at));
  return <span {...props}>{parts}</span>;
}
