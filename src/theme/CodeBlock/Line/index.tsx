/**
 * The theme's code line, memoised: when the reader types, a code block is
 * highlighted again, but only the lines whose tokens changed are rendered
 * again (a 900-line output changes a handful of lines per keystroke).
 * The Prism theme is part of the comparison, so dark mode still repaints.
 */
import { memo, type ReactNode } from 'react';
import { usePrismTheme } from '@docusaurus/theme-common';
import Line from '@theme-original/CodeBlock/Line';
import type { Props } from '@theme/CodeBlock/Line';

type MemoProps = Props & { theme: unknown };

function sameTypes(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function sameLine(a: MemoProps, b: MemoProps): boolean {
  if (a.theme !== b.theme || a.showLineNumbers !== b.showLineNumbers || a.line.length !== b.line.length) return false;
  if (!sameTypes(a.classNames ?? [], b.classNames ?? [])) return false;
  for (let i = 0; i < a.line.length; i++) {
    const x = a.line[i]!;
    const y = b.line[i]!;
    if (x.content !== y.content || !sameTypes(x.types, y.types)) return false;
  }
  return true;
}

const MemoLine = memo(function MemoLine({ theme: _theme, ...props }: MemoProps): ReactNode {
  return <Line {...props} />;
}, sameLine);

export default function CodeBlockLine(props: Props): ReactNode {
  return <MemoLine {...props} theme={usePrismTheme()} />;
}
