/**
 * Wraps the theme's CodeBlock: in code that holds the guide's placeholders
 * (`<namespace>`, `<secret-1-key>`, …), the reader's values from the generator
 * are filled in, so the copy button copies them too; the Token swizzle marks
 * each filled value. With nothing typed (and on the server) the code is left
 * exactly as written.
 */
import { createContext, useContext, type ReactNode } from 'react';
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

function FilledCodeBlock({ children, ...props }: Props & { children: string }): ReactNode {
  const values = usePlaceholderValues();
  const { code, filledByLine } = fillPlaceholders(children, values);
  return (
    <FilledRangesContext.Provider value={filledByLine.size > 0 ? filledByLine : undefined}>
      <CodeBlock {...props}>{code}</CodeBlock>
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
