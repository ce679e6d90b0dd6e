import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addedLineRanges } from './diffLines';

describe('addedLineRanges()', () => {
  it.each([
    ['a\nb\nc', 'a\nx\nb\nc\ny', [{ start: 2, end: 2 }, { start: 5, end: 5 }]],
    ['a\nb', 'a\nb', []],
    ['', 'a\nb', [{ start: 1, end: 2 }]],
    // An inserted copy of a repeated block is reported after the original, as a reader expects.
    ['- |\n  x\n  t\nz', '- |\n  x\n  t\n- |\n  y\n  t\nz', [{ start: 4, end: 6 }]],
  ])('%j → %j', (before, after, ranges) => {
    expect(addedLineRanges(before, after)).toEqual(ranges);
  });

  it('finds exactly the inserted lines: dropping them gives the original back', () => {
    const line = fc.constantFrom('a', 'b', 'c', '- |', '  x');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(), line), { maxLength: 8 }), (lines, inserts) => {
        const after = [...lines];
        for (const [at, text] of inserts) after.splice(at % (after.length + 1), 0, text);
        const ranges = addedLineRanges(lines.join('\n'), after.join('\n'));
        const added = new Set(ranges.flatMap(({ start, end }) => Array.from({ length: end - start + 1 }, (_, i) => start + i)));
        expect(added.size).toBeLessThanOrEqual(inserts.length);
        expect(after.filter((_, i) => !added.has(i + 1))).toEqual(lines);
      }),
    );
  });
});
