import { describe, expect, it } from 'vitest';
import { organization } from '../../src/config/organization';
import { codeBlocksOf, loadPage } from './builtSite';
import { addedHeadings, expectedAdmonitions, expectedCodeBlocks, expectedHeadings, GUIDE_PATH } from './guideExpectations';

const page = loadPage(GUIDE_PATH);
const article = page.querySelector('article');
const blocks = codeBlocksOf(page);

describe('the built guide', () => {
  it('has an article with the seed title', () => {
    expect(article?.querySelector('h1')?.textContent).toBe('Add a New Secret');
  });

  it.each(expectedHeadings.map((h) => [h.anchor, h] as const))('has heading #%s', (_anchor, heading) => {
    const element = article?.querySelector(`h${heading.level}#${heading.anchor}`);
    expect(element, `h${heading.level}#${heading.anchor}`).toBeTruthy();
    expect(element?.textContent?.replace(/\u200b/g, '').trim()).toBe(heading.text);
  });

  it('has the generator section, with the generator in it', () => {
    expect(article?.querySelector('h2#generate-it-for-your-app')).toBeTruthy();
    expect(article?.querySelector('section[aria-label="Secret generator"]')).toBeTruthy();
    expect(article?.querySelector('section[aria-label="Add to an existing SecretProviderClass"]')).toBeTruthy();
  });

  it('has the headings in the seed order and no others', () => {
    const ids = [...(article?.querySelectorAll('h2, h3') ?? [])]
      .map((h) => h.id)
      .filter((id) => !addedHeadings.some((a) => a.anchor === id));
    expect(ids).toEqual(expectedHeadings.map((h) => h.anchor));
  });

  it('renders every admonition as a styled admonition, in order', () => {
    const rendered = [...(article?.querySelectorAll('.theme-admonition') ?? [])].map((el) =>
      [...el.classList].find((c) => c.startsWith('theme-admonition-'))?.slice('theme-admonition-'.length),
    );
    expect(rendered).toEqual(expectedAdmonitions);
    expect(article?.textContent).not.toMatch(/:::\s*(tip|important|note)/);
  });

  it('keeps every code block with its language, title and line numbers', () => {
    expect(blocks.map(({ language, title, showLineNumbers }) => ({ language, title, showLineNumbers }))).toEqual(
      expectedCodeBlocks.map(({ language, title, showLineNumbers }) => ({ language, title, showLineNumbers })),
    );
  });

  it.each(expectedCodeBlocks.map((expected, index) => [index, expected] as const))(
    'block %i marks exactly the lines the seed marks',
    (index, expected) => {
      const block = blocks[index];
      expect(block).toBeDefined();
      const count = (cls: string) => block!.lines.filter((l) => l.classes.includes(cls)).length;
      expect(count('code-block-add-line')).toBe(expected.addLines);
      expect(count('code-block-error-line')).toBe(expected.errorLines);
      // The magic comments themselves never reach the page.
      expect(block!.lines.some((l) => /(add|error)-highlight-(start|end|next-line)/.test(l.text))).toBe(false);
    },
  );

  it('marks the objects block from `objects: |` to the last objectType', () => {
    const marked = blocks[4]!.lines.filter((l) => l.classes.includes('code-block-add-line')).map((l) => l.text.trim());
    expect(marked[0]).toBe('objects: |');
    expect(marked.at(-1)).toBe('objectType: secret');
  });

  it('fills organisation facts into code and leaves no template tokens', () => {
    const all = blocks.flatMap((b) => b.lines.map((l) => l.text)).join('\n');
    expect(all).not.toContain('{{');
    expect(all).toContain(`keyvaultName: '${organization.keyVaultName}'`);
    expect(all).toContain(`--vault-name "${organization.keyVaultName}"`);
    expect(all).toContain(`mountPath: '${organization.csiMountPath}'`);
    expect(all).toContain(`secretName: ${organization.syncedSecretName}`);
  });

  it('keeps the seed placeholders with JavaScript off', () => {
    const all = blocks.flatMap((b) => b.lines.map((l) => l.text)).join('\n');
    for (const placeholder of ['<namespace>', '<name>', '<secret-1-key>', '<secret-2-key>', '<secret-key>', '<secret-name>']) {
      expect(all).toContain(placeholder);
    }
  });

  it('carries the fixes to the seed', () => {
    const text = article?.textContent ?? '';
    expect(text).not.toMatch(/paramter|ServiceProviderClass|follows the following/);
    expect(text).toContain(`${organization.softDeleteRetentionDays} days`);
    expect(text).toMatch(/default is 90 days/);
    expect(text).toMatch(/from 7 to 90/);
    expect(text).toMatch(/tenantId`?,? which is deprecated/);
    expect(text).toMatch(/--file[^.]*newline/);
    expect(text).not.toMatch(/after 7 days from deletion/);
  });
});
