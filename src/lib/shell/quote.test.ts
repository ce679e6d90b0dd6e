import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bashWords } from '../../../tests/helpers/stubShell';
import { checkAzCmdArgument, option, quoteBash, quotePowerShell } from './quote';

/** Reads back one PowerShell single-quoted or bare word, by PowerShell's rules. */
function readPowerShellWord(word: string): string {
  if (!/^['\u2018\u2019\u201a\u201b]/.test(word)) return word;
  const body = word.slice(1, -1);
  expect(/['\u2018\u2019\u201a\u201b]$/.test(word)).toBe(true);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if ("'\u2018\u2019\u201a\u201b".includes(c)) {
      // Inside single quotes, any quote character must be doubled.
      expect("'\u2018\u2019\u201a\u201b".includes(body[i + 1] ?? '')).toBe(true);
      i++;
    }
    out += c;
  }
  return out;
}

const nonEmpty = fc.string({ minLength: 1, maxLength: 30, unit: fc.oneof(fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }), fc.constantFrom("'", '"', '$', '`', '\\', '!', '*', '?', '~', ' ', '\n', '\u2019', '-', '#', ';', '&', '|')) });

describe('quoteBash()', () => {
  it.each([
    ['db-password', 'db-password'],
    ['', "''"],
    ["it's", "'it'\\''s'"],
    ['$(rm -rf /)', "'$(rm -rf /)'"],
    ['~root', "'~root'"],
  ])('%j → %s', (input, output) => {
    expect(quoteBash(input)).toBe(output);
  });

  it('gives bash back exactly the same words, whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(nonEmpty.filter((s) => !s.includes('\0')), { minLength: 1, maxLength: 8 }), (words) => {
        expect(bashWords(words.map(quoteBash))).toEqual(words);
      }),
      { numRuns: 60 },
    );
  });
});

describe('quotePowerShell()', () => {
  it.each([
    ['db-password', 'db-password'],
    ["it's", "'it''s'"],
    ['$env:PATH', "'$env:PATH'"],
    ['a\u2019b', "'a\u2019\u2019b'"],
    ['123', "'123'"],
    ['--%', "'--%'"],
  ])('%j → %s', (input, output) => {
    expect(quotePowerShell(input)).toBe(output);
  });

  it('reads back to the same value and never leaves $, `, ; or @ bare', () => {
    fc.assert(
      fc.property(nonEmpty, (value) => {
        const quoted = quotePowerShell(value);
        expect(readPowerShellWord(quoted)).toBe(value);
        if (/[$`;@(){}\s'"#,&|<>]/.test(value)) expect(quoted.startsWith("'")).toBe(true);
      }),
    );
  });
});

describe('checkAzCmdArgument()', () => {
  it.each(['a&b', 'a|b', '100%', 'say "hi"', 'a^b', '(x)', 'a!b', 'a\nb'])('refuses %j', (arg) => {
    expect(checkAzCmdArgument(arg)).toMatch(/az\.cmd/);
  });
  it.each(['db-password', 'kv-polinetwork', '--name=-x', '/dev/stdin'])('accepts %j', (arg) => {
    expect(checkAzCmdArgument(arg)).toBeUndefined();
  });
});

describe('option()', () => {
  it('joins a value that starts with - to its flag', () => {
    expect(option('--name', '-x')).toEqual(['--name=-x']);
    expect(option('--name', 'x')).toEqual(['--name', 'x']);
  });
});
