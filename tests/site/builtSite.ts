/** Reads pages of the static build (`npm run build`) with a spec-compliant HTML parser (jsdom, no scripts run). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';

export const BUILD_DIR = join(__dirname, '..', '..', 'build');

export function assertBuilt(): void {
  if (!existsSync(join(BUILD_DIR, 'index.html'))) {
    throw new Error(`No build in ${BUILD_DIR}: run \`npm run build\` before the site tests.`);
  }
}

/** Parses HTML as a browser with scripting off would (so <noscript> content is parsed as elements). */
export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The built page for a route such as `docs/secrets/add-a-new-secret` or `` (home). */
export function loadPage(route: string): Document {
  assertBuilt();
  const candidates = route === '' ? ['index.html'] : [`${route}.html`, join(route, 'index.html')];
  for (const candidate of candidates) {
    const file = join(BUILD_DIR, candidate);
    if (existsSync(file)) return parseHtml(readFileSync(file, 'utf8'));
  }
  throw new Error(`No built page for route '${route}' (tried ${candidates.join(', ')})`);
}

/** Every HTML file of the build, as paths relative to the build folder. */
export function listHtmlFiles(dir = BUILD_DIR): string[] {
  assertBuilt();
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listHtmlFiles(path);
    return name.endsWith('.html') ? [relative(BUILD_DIR, path)] : [];
  });
}

export interface RenderedCodeBlock {
  language: string;
  title: string | undefined;
  showLineNumbers: boolean;
  lines: Array<{ text: string; classes: string[] }>;
}

/** The guide's own code blocks (the generator's, rendered in the browser only, are not in the HTML). */
export function codeBlocksOf(page: Document): RenderedCodeBlock[] {
  return [...page.querySelectorAll('.theme-code-block')].map((block) => {
    const pre = block.querySelector('pre');
    if (!pre) throw new Error('code block without <pre>');
    const language = ([...pre.classList].find((c) => c.startsWith('language-')) ?? 'language-').slice(9);
    const titleElement = [...block.querySelectorAll('div')].find((d) => [...d.classList].some((c) => c.startsWith('codeBlockTitle')));
    const code = pre.querySelector('code');
    return {
      language,
      title: titleElement?.textContent ?? undefined,
      showLineNumbers: [...(code?.classList ?? [])].some((c) => c.startsWith('codeBlockLinesWithNumbering')),
      lines: [...pre.querySelectorAll('.token-line')].map((line) => ({ text: line.textContent ?? '', classes: [...line.classList] })),
    };
  });
}
