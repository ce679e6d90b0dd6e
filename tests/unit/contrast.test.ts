/**
 * WCAG AA for code: every token colour of both Prism themes against the code
 * background and against each tinted line background defined in custom.css.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { darkPalette, lightPalette } from '../../src/config/prismThemes';

const css = readFileSync(join(__dirname, '..', '..', 'src', 'css', 'custom.css'), 'utf8');

/** The custom properties of a CSS rule block such as `:root` or `[data-theme='dark']`. */
function variables(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in custom.css`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const modes = [
  { mode: 'light', palette: lightPalette, vars: variables(':root') },
  { mode: 'dark', palette: darkPalette, vars: variables("[data-theme='dark']") },
];

describe('contrast()', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 1);
  });
});

describe.each(modes)('$mode mode code colours', ({ palette, vars }) => {
  const backgrounds = {
    code: palette.background,
    added: vars['--kv-add-line-bg'],
    error: vars['--kv-error-line-bg'],
    highlighted: vars['--docusaurus-highlighted-code-line-bg'],
    filled: vars['--kv-filled-bg'],
  };
  const { background: _bg, ...tokens } = palette;

  it('defines every line background', () => {
    expect(Object.values(backgrounds).every(Boolean)).toBe(true);
  });

  const pairs = Object.entries(tokens).flatMap(([token, colour]) =>
    Object.entries(backgrounds).map(([where, background]) => [token, where, colour, background] as const),
  );
  it.each(pairs)('%s on the %s background meets 4.5:1', (_t, _w, colour, background) => {
    expect(contrast(colour, background!)).toBeGreaterThanOrEqual(4.5);
  });

  it('has +/! markers readable on their own line background', () => {
    expect(contrast(vars['--kv-add-line-marker']!, vars['--kv-add-line-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(vars['--kv-error-line-marker']!, vars['--kv-error-line-bg']!)).toBeGreaterThanOrEqual(4.5);
  });
});
