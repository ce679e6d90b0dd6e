/**
 * The guide's expected structure (tests/site/guideExpectations.ts) is written
 * by hand; where the seed guide is at hand (`../shared/seed`, always in CI),
 * this checks that list against the seed itself, and the MDX source against both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectedAdmonitions,
  expectedCodeBlocks,
  addedHeadings,
  expectedHeadings,
  type ExpectedCodeBlock,
} from '../site/guideExpectations';

const ROOT = join(__dirname, '..', '..');
const SEED = join(ROOT, '..', 'shared', 'seed', 'add-a-new-secret.md');
const MDX = join(ROOT, 'docs', 'secrets', 'add-a-new-secret.mdx');

interface Outline {
  headings: Array<{ level: number; text: string }>;
  admonitions: string[];
  codeBlocks: ExpectedCodeBlock[];
}

/** A small Markdown outline reader: headings, admonitions and fenced blocks with their magic comments. */
function outline(markdown: string): Outline {
  const result: Outline = { headings: [], admonitions: [], codeBlocks: [] };
  let fence: { info: string; body: string[] } | undefined;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (fence) {
      if (line.startsWith('```')) {
        result.codeBlocks.push(describeBlock(fence.info, fence.body));
        fence = undefined;
      } else fence.body.push(line);
      continue;
    }
    if (line.startsWith('```')) fence = { info: line.slice(3), body: [] };
    else if (/^#{2,3} /.test(line)) {
      const [, hashes = '', text = ''] = /^(#+) (.*)$/.exec(line) ?? [];
      result.headings.push({ level: hashes.length, text: text.replace(/`/g, '') });
    } else if (/^:::[a-z]+/.test(line)) result.admonitions.push(line.slice(3));
  }
  return result;
}

function describeBlock(info: string, body: string[]): ExpectedCodeBlock {
  const [language = ''] = info.split(' ');
  const title = /title="([^"]+)"/.exec(info)?.[1];
  const count = (kind: 'add' | 'error') => {
    let inside = false;
    let n = 0;
    for (const line of body) {
      if (new RegExp(`^#\\s*${kind}-highlight-start`).test(line)) inside = true;
      else if (new RegExp(`^#\\s*${kind}-highlight-end`).test(line)) inside = false;
      else if (inside) n += 1;
    }
    return n;
  };
  return {
    language,
    ...(title ? { title } : {}),
    showLineNumbers: /\bshowLineNumbers\b/.test(info),
    addLines: count('add'),
    errorLines: count('error'),
  };
}

const expected: Outline = {
  headings: expectedHeadings.map(({ level, text }) => ({ level, text })),
  admonitions: [...expectedAdmonitions],
  codeBlocks: [...expectedCodeBlocks],
};

describe('the guide source', () => {
  it('matches the expected outline', () => {
    const mdx = outline(readFileSync(MDX, 'utf8'));
    const added = mdx.headings.filter((h) => addedHeadings.some((a) => a.text === h.text));
    expect(added).toEqual(addedHeadings.map(({ level, text }) => ({ level, text })));
    expect({ ...mdx, headings: mdx.headings.filter((h) => !added.includes(h)) }).toEqual(expected);
  });
});

describe.runIf(existsSync(SEED))('the seed guide (../shared/seed)', () => {
  it('has the outline the tests expect, but for the `sh` error output that the port tags `text`', () => {
    const seed = outline(readFileSync(SEED, 'utf8'));
    const errorBlock = seed.codeBlocks.findIndex((b) => b.errorLines > 0);
    expect(seed.codeBlocks[errorBlock]?.language).toBe('sh');
    seed.codeBlocks[errorBlock] = { ...seed.codeBlocks[errorBlock]!, language: 'text' };
    expect(seed).toEqual(expected);
  });
});
