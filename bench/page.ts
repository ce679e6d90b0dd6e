/**
 * Page benchmark, on the built site in Debian's Chromium:
 * - JS and CSS bytes (raw and gzip) a first visit to the guide loads, against
 *   a plain doc page of the same site without widgets (the baseline);
 * - the bytes that opening "Add to an existing SecretProviderClass" adds (Monaco);
 * - keystroke-to-output time in the generator (median, p95 over 200 keystrokes)
 *   with 1 and with 50 secrets.
 * Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

const PORT = 4391;
const BASE = `http://localhost:${PORT}`;
const GUIDE = '/docs/secrets/add-a-new-secret';
const PLAIN = '/docs/secrets/how-it-works';

interface Bytes {
  js: { raw: number; gzip: number; files: number };
  css: { raw: number; gzip: number; files: number };
  other: { raw: number; gzip: number; files: number };
}

function emptyBytes(): Bytes {
  return { js: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 }, other: { raw: 0, gzip: 0, files: 0 } };
}

/** Counts every script, stylesheet and worker the page loads from now on. */
function countBytes(page: Page): { bytes: Bytes; settled: () => Promise<void> } {
  const bytes = emptyBytes();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const bucket = type === 'script' ? bytes.js : type === 'stylesheet' ? bytes.css : type === 'font' || type === 'other' || type === 'fetch' ? bytes.other : undefined;
    const url = response.url();
    const kind = bucket ?? (/\.js(\?|$)/.test(url) ? bytes.js : /\.css(\?|$)/.test(url) ? bytes.css : undefined);
    if (!kind) return;
    pending.push(
      response
        .body()
        .then((body) => {
          kind.raw += body.length;
          kind.gzip += gzipSync(body).length;
          kind.files += 1;
        })
        .catch(() => undefined),
    );
  });
  return { bytes, settled: async () => void (await Promise.all(pending)) };
}

async function firstVisit(browser: Browser, path: string): Promise<Bytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { bytes, settled } = countBytes(page);
  await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle' });
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await page.waitForLoadState('networkidle');
  await settled();
  await context.close();
  return bytes;
}

async function monacoBytes(browser: Browser): Promise<Bytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}${GUIDE}?ns=bench&s0=db-password`, { waitUntil: 'networkidle' });
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await page.waitForLoadState('networkidle');
  const { bytes, settled } = countBytes(page);
  const region = page.getByRole('region', { name: 'Add to an existing SecretProviderClass' });
  await region.getByRole('button', { name: 'Add to an existing SecretProviderClass' }).click();
  await region.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await settled();
  await context.close();
  return bytes;
}

/** Types into "Namespace" and times each keystroke until spc.yaml shows the new value. */
const KEYSTROKE_LOOP = `async function (count) {
  const input = document.getElementById('kvgen-namespace');
  const section = document.querySelector('section[aria-label="Secret generator"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  function spcText() {
    const code = section.querySelector('.theme-code-block code');
    return code ? code.textContent : '';
  }
  const out = [];
  for (let i = 0; i < count; i++) {
    const value = 'bench-' + i;
    const t0 = performance.now();
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (!spcText().includes('namespace: ' + value)) {
      await new Promise(function (resolve) {
        const observer = new MutationObserver(function () {
          if (spcText().includes('namespace: ' + value)) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(section, { subtree: true, childList: true, characterData: true });
      });
    }
    out.push(performance.now() - t0);
    // Let the browser paint between keystrokes, as it would between real key presses.
    await new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 0); }); });
  }
  return out;
}`;

async function keystrokes(browser: Browser, secrets: number): Promise<{ median: number; p95: number; n: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const query = ['ns=bench', ...Array.from({ length: secrets }, (_, i) => `s${i}=secret-${i}&env${i}=${i % 2}`)].join('&');
  await page.goto(`${BASE}${GUIDE}?${query}`, { waitUntil: 'networkidle' });
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await page.locator('section[aria-label="Secret generator"] .theme-code-block').first().waitFor();
  // Plain JavaScript text: the bench runs through tsx, whose helpers do not exist in the page.
  const times = (await page.evaluate(`(${KEYSTROKE_LOOP})(200)`)) as number[];
  await context.close();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, n: times.length };
}

async function serve(): Promise<() => void> {
  const server = spawn('npx', ['docusaurus', 'serve', '--no-open', '--port', String(PORT)], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return () => {
    try {
      process.kill(-server.pid!);
    } catch {
      /* already gone */
    }
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

export async function runPageBench(): Promise<void> {
  if (!existsSync('build/index.html')) {
    console.log('\nPage benchmark skipped: run `npm run build` first.');
    return;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`\nPage benchmark skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
    return;
  }
  const stop = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const guide = await firstVisit(browser, GUIDE);
    const plain = await firstVisit(browser, PLAIN);
    console.log('\nPage: first visit, bytes of JS and CSS loaded (gzip as a server would send them)');
    console.log('page'.padEnd(34), 'JS raw'.padStart(11), 'JS gzip'.padStart(11), 'CSS raw'.padStart(11), 'CSS gzip'.padStart(11));
    for (const [name, b] of [
      ['guide (with widgets)', guide],
      ['how-it-works (plain doc, baseline)', plain],
    ] as const) {
      console.log(name.padEnd(34), kb(b.js.raw).padStart(11), kb(b.js.gzip).padStart(11), kb(b.css.raw).padStart(11), kb(b.css.gzip).padStart(11));
    }
    const pct = (a: number, b: number) => `${(((a - b) / b) * 100).toFixed(1)} %`;
    console.log(`The guide's first-visit JS is ${(guide.js.gzip / plain.js.gzip).toFixed(3)}× the plain page's (gzip): widgets and guide add ${pct(guide.js.gzip, plain.js.gzip)} (raw ${pct(guide.js.raw, plain.js.raw)}); target ≤ 15 %.`);
    console.log(`CSS: ${(guide.css.gzip / plain.css.gzip).toFixed(3)}× (gzip).`);

    const monaco = await monacoBytes(browser);
    console.log(
      `\nOpening "Add to an existing SecretProviderClass" loads ${kb(monaco.js.raw)} JS (${kb(monaco.js.gzip)} gzip, ${monaco.js.files} files incl. the worker) and ${kb(monaco.css.raw)} CSS (${kb(monaco.css.gzip)} gzip): ${(monaco.js.gzip / plain.js.gzip).toFixed(2)}× the plain page's JS.`,
    );

    console.log('\nKeystroke in "Namespace" → updated spc.yaml in the DOM (200 keystrokes)');
    for (const secrets of [1, 50]) {
      const t = await keystrokes(browser, secrets);
      console.log(`${String(secrets).padStart(3)} secrets: median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms (target p95 < 16 ms with 50)`);
    }
  } finally {
    await browser.close();
    stop();
  }
}
