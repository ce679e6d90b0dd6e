/**
 * Code colours for light and dark mode. Every token colour keeps at least
 * 4.5:1 contrast (WCAG AA) against the code background and against the tinted
 * backgrounds of added and error lines; `tests/contrast.test.ts` checks it.
 */
import type { PrismTheme } from 'prism-react-renderer';

interface Palette {
  background: string;
  text: string;
  comment: string;
  punctuation: string;
  key: string;
  string: string;
  number: string;
  keyword: string;
  variable: string;
}

function toTheme(p: Palette): PrismTheme {
  return {
    plain: { color: p.text, backgroundColor: p.background },
    styles: [
      { types: ['comment', 'prolog', 'doctype', 'cdata'], style: { color: p.comment, fontStyle: 'italic' } },
      { types: ['punctuation', 'operator'], style: { color: p.punctuation } },
      { types: ['atrule', 'property', 'tag', 'attr-name', 'key'], style: { color: p.key } },
      { types: ['string', 'char', 'attr-value', 'inserted', 'scalar'], style: { color: p.string } },
      { types: ['number', 'boolean', 'constant', 'null', 'symbol', 'important'], style: { color: p.number } },
      { types: ['keyword', 'builtin', 'function', 'selector', 'class-name', 'deleted'], style: { color: p.keyword } },
      { types: ['variable', 'parameter', 'url', 'regex', 'entity'], style: { color: p.variable } },
    ],
  };
}

export const lightPalette: Palette = {
  background: '#f6f8fa',
  text: '#1f2328',
  comment: '#525a63',
  punctuation: '#3d444d',
  key: '#0346a0',
  string: '#0b5a26',
  number: '#8a3300',
  keyword: '#8b1d86',
  variable: '#7a2e00',
};

export const darkPalette: Palette = {
  background: '#1b1f24',
  text: '#e6edf3',
  comment: '#a8b1bc',
  punctuation: '#c9d1d9',
  key: '#8cc8ff',
  string: '#a6e3a1',
  number: '#ffc38a',
  keyword: '#f5a8d8',
  variable: '#ffd27a',
};

export const lightCodeTheme = toTheme(lightPalette);
export const darkCodeTheme = toTheme(darkPalette);
