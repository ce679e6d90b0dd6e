import { describe, expect, it } from 'vitest';
import { withAddHighlights } from './withMagicComments';

describe('withAddHighlights()', () => {
  it('wraps each range, and the text without the comment lines is the original', () => {
    const text = 'a\nb\nc\nd\n';
    const marked = withAddHighlights(text, [{ start: 2, end: 2 }, { start: 4, end: 4 }]);
    expect(marked).toBe('a\n# add-highlight-start\nb\n# add-highlight-end\nc\n# add-highlight-start\nd\n# add-highlight-end');
    expect(`${marked.split('\n').filter((l) => !l.startsWith('# add-highlight')).join('\n')}\n`).toBe(text);
  });
});
