/**
 * Every test's page fails the test on a console error or on any request that
 * leaves localhost (both fixtures are automatic), and `open` waits for React
 * hydration before a test touches the page.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const GUIDE = '/docs/secrets/add-a-new-secret';

interface Options {
  /** Console errors a test provokes on purpose (e.g. a chunk it blocks). */
  expectedConsoleErrors: RegExp | undefined;
}

interface Fixtures {
  /** Requests to any host but localhost seen so far (asserted empty after each test). */
  offsiteRequests: string[];
  /** Console errors and uncaught exceptions (asserted empty after each test). */
  consoleErrors: string[];
}

export const test = base.extend<Options & Fixtures>({
  expectedConsoleErrors: [undefined, { option: true }],
  offsiteRequests: [
    async ({ page }, use) => {
      const offsite: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
        if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') offsite.push(request.url());
      });
      await use(offsite);
      expect(offsite, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors.filter((e) => !expectedConsoleErrors?.test(e)), 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Opens a path and waits until React has hydrated the page and, on a guide
 * link with generator state, until the generated files have rendered (they
 * push the rest of the page down when they appear).
 */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  if (/[?&](ns|s0)=/.test(path)) {
    await page.locator('section[aria-label="Secret generator"] :is(.theme-code-block, [class*="withheld"])').first().waitFor();
  }
}

export { expect };

/** The generator region of the guide. */
export function generator(page: Page) {
  return page.getByRole('region', { name: 'Secret generator' });
}

/** The code block titled `title` inside `scope`, and its exact text (what the copy button copies). */
export function codeBlock(scope: ReturnType<Page['locator']>, title: string) {
  const block = scope.locator('.theme-code-block').filter({ has: scope.page().locator('div[class*="codeBlockTitle"]', { hasText: new RegExp(`^${title.replace(/\./g, '\\.')}$`) }) });
  return {
    block,
    /** The lines as shown, joined with newlines: what the copy button copies. Waits for the block. */
    text: async () => {
      await block.locator('pre code .token-line').first().waitFor();
      return (await block.locator('pre code .token-line').allTextContents()).map((l) => l.replace(/\n$/, '')).join('\n');
    },
  };
}
