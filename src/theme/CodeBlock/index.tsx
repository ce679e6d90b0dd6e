/**
 * Wraps the theme's CodeBlock: in code that holds the guide's placeholders
 * (`<namespace>`, `<secret-1-key>`, …), the reader's values from the generator
 * are filled in, so the copy button copies them too; the Token swizzle marks
 * each filled value. With nothing typed (and on the server) the code is left
 * exactly as written.
 */
import { createContext, memo, useContext, useMemo, useRef, type ReactNode } from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type { Props } from '@theme/CodeBlock';
import { fillPlaceholders } from '@site/src/components/SecretGenerator/placeholders';
import { usePlaceholderValues } from '@site/src/components/SecretGenerator/usePlaceholderValues';

/** Line text → [start, end) columns of the values filled into that line. */
export const FilledRangesContext = createContext<Map<string, Array<[number, number]>> | undefined>(undefined);

export function useFilledRanges(): Map<string, Array<[number, number]>> | undefined {
  return useContext(FilledRangesContext);
}

const PLACEHOLDER = /<(namespace|name|secret-1-key|secret-2-key|secret-key|secret-name)>/;

/** Re-renders (and re-highlights) only when the filled-in code itself changes. */
const FilledCode = memo(function FilledCode({ code, props }: { code: string; props: Omit<Props, 'children'> }): ReactNode {
  return <CodeBlock {...props}>{code}</CodeBlock>;
}, (a, b) => a.code === b.code && a.props.title === b.props.title && a.props.className === b.props.className && a.props.metastring === b.props.metastring);

function FilledCodeBlock({ children, ...props }: Props & { children: string }): ReactNode {
  const values = usePlaceholderValues();
  const filled = useMemo(() => fillPlaceholders(children, values), [children, values]);
  // Keep the same ranges object while the code is the same, so unchanged blocks see no context change.
  const last = useRef(filled);
  if (last.current.code !== filled.code) last.current = filled;
  const { code, filledByLine } = last.current;
  return (
    <FilledRangesContext.Provider value={filledByLine.size > 0 ? filledByLine : undefined}>
      <FilledCode code={code} props={props} />
    </FilledRangesContext.Provider>
  );
}

export default function CodeBlockWrapper(props: Props): ReactNode {
  const { children } = props;
  if (typeof children === 'string' && PLACEHOLDER.test(children)) {
    return <FilledCodeBlock {...props}>{children}</FilledCodeBlock>;
  }
  return <CodeBlock {...props} />;
}
