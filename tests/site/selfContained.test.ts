import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../docusaurus.config';
import { BUILD_DIR, listHtmlFiles, parseHtml } from './builtSite';

const siteOrigin = new URL(config.url).origin;

/** Where a URL in a page points: its own site, or somewhere else. */
function isOwnSite(raw: string): boolean {
  if (raw.startsWith('data:')) return true;
  const url = new URL(raw, `${siteOrigin}/`);
  return url.origin === siteOrigin;
}

const files = listHtmlFiles();

describe('the built site is self-contained', () => {
  it('has the pages it should', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', 'docs/secrets/add-a-new-secret.html', 'search.html']));
  });

  it('has no blog and no template pages', () => {
    expect(files.filter((f) => /blog|tutorial|markdown-page/.test(f))).toEqual([]);
  });

  it.each(files)('%s loads nothing from another host', (file) => {
    const root = parseHtml(readFileSync(join(BUILD_DIR, file), 'utf8'));
    const attr = (selector: string, name: string) => [...root.querySelectorAll(selector)].map((el) => el.getAttribute(name)!);
    const offsite = [
      ...attr('script[src]', 'src'),
      ...attr('img[src]', 'src'),
      ...attr('link[href]', 'href'),
      ...attr('iframe[src], source[src], video[src], audio[src]', 'src'),
    ].filter((url) => !isOwnSite(url));
    expect(offsite).toEqual([]);
    // No inline loader for analytics or fonts either.
    const inline = [...root.querySelectorAll('script:not([src])')].map((el) => el.textContent).join('\n');
    expect(inline).not.toMatch(/googletagmanager|google-analytics|fonts\.googleapis|algolia/);
  });

  it('ships a local search index', () => {
    const index = readFileSync(join(BUILD_DIR, 'search-index.json'), 'utf8');
    expect(index).toContain('SecretProviderClass');
  });

  it('has stylesheets that load no remote fonts or files', () => {
    const cssDir = join(BUILD_DIR, 'assets', 'css');
    const css = readdirSync(cssDir).map((f) => readFileSync(join(cssDir, f), 'utf8')).join('\n');
    const remote = [...css.matchAll(/url\(\s*['"]?(https?:)?\/\/([^'")]+)/g)].map((m) => m[2]);
    expect(remote).toEqual([]);
    expect(css).not.toMatch(/@import\s+(url\()?['"]?https?:/);
  });
});
