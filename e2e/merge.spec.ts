import { parse } from 'yaml';
import { codeBlock, expect, GUIDE, open, test } from './fixtures';

const EXISTING = `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  creationTimestamp: "2025-01-01T00:00:00Z"
  generation: 1
  name: shop-secrets # our class
  namespace: shop
  resourceVersion: "4242"
  uid: 6f1c9a7e-0000-4000-8000-000000000000
spec:
  provider: azure
  parameters:
    keyvaultName: kv-polinetwork
    tenantID: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'
    useVMManagedIdentity: "true"
    userAssignedIdentityID: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'
    objects: |
      array:
        - |
          objectName: api-key   # rotated monthly
          objectType: secret
status: {}
`;

const REGION = 'Add to an existing SecretProviderClass';
const EDITOR = 'Existing SecretProviderClass YAML';

test.describe('adding to an existing SecretProviderClass', () => {
  test.describe('when Monaco cannot load', () => {
    // The blocked chunk is reported on the console; nothing else may be.
    test.use({ expectedConsoleErrors: /ChunkLoadError|Loading chunk|Failed to load resource/ });

    test('keeps working with the plain text box', async ({ page }) => {
      // Monaco's chunk fails to load, as on a flaky connection.
      await page.route(/\/assets\/js\/monaco\.[^/]+\.js$/, (route) => route.abort());
      await open(page, `${GUIDE}?ns=shop&s0=db-password`);
      const region = page.getByRole('region', { name: REGION });
      await region.getByRole('button', { name: REGION }).click();
      await region.getByRole('textbox', { name: EDITOR }).fill(EXISTING);
      expect(parse(await codeBlock(region, 'spc.yaml').text()).metadata.name).toBe('shop-secrets');
      await expect(region.locator('.monaco-editor')).toHaveCount(0);
    });
  });

  test('loads Monaco only when opened, from this site', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.resourceType() === 'worker') scripts.push(r.url());
    });
    await open(page, `${GUIDE}?ns=shop&s0=db-password&env0=1`);
    await page.waitForLoadState('networkidle');
    const before = scripts.length;
    expect(scripts.filter((url) => /monaco/.test(url)), 'Monaco before the section opens').toEqual([]);
    const region = page.getByRole('region', { name: REGION });
    await expect(region.locator('.monaco-editor')).toHaveCount(0);
    await region.getByRole('button', { name: REGION }).click();
    await expect(region.getByRole('button', { name: REGION })).toHaveAttribute('aria-expanded', 'true');
    await expect(region.locator('.monaco-editor').first()).toBeVisible({ timeout: 20_000 });
    await expect(region.getByRole('textbox', { name: EDITOR })).toHaveCount(1);
    const loaded = scripts.slice(before);
    expect(loaded.some((url) => /monaco/.test(url))).toBe(true);
    expect(loaded.every((url) => url.startsWith('http://localhost'))).toBe(true);
  });

  test('pasting into Monaco gives the merged class, a diff view and lint markers', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, `${GUIDE}?ns=shop&s0=db-password&env0=1`);
    const region = page.getByRole('region', { name: REGION });
    await region.getByRole('button', { name: REGION }).click();
    const editor = region.locator('.monaco-editor').first();
    await expect(editor).toBeVisible({ timeout: 20_000 });
    await page.evaluate((text) => navigator.clipboard.writeText(text), EXISTING.replace('objectType: secret', 'objectType: Secret'));
    await editor.click();
    await page.keyboard.press('Control+V');
    await expect(region.getByText(/objectType 'Secret' is not secret, key or cert/)).toBeVisible();
    await expect(region.locator('.monaco-editor .squiggly-error, .monaco-editor [class*="squiggly"]').first()).toBeAttached();
    // Fix it in the pasted text: the merge goes through.
    await page.evaluate((text) => navigator.clipboard.writeText(text), EXISTING);
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    const merged = parse(await codeBlock(region, 'spc.yaml').text());
    expect(merged.metadata).toEqual({ name: 'shop-secrets', namespace: 'shop' });
    await expect(region.getByTestId('monaco-diff').locator('.monaco-diff-editor')).toBeVisible({ timeout: 20_000 });
  });

  test('merges pasted text in the plain text box, keeping comments and dropping server fields', async ({ page }) => {
    await open(page, `${GUIDE}?ns=shop&s0=db-password&env0=1`);
    const region = page.getByRole('region', { name: REGION });
    await region.getByRole('button', { name: REGION }).click();
    await region.getByLabel('Use a plain text box').check();
    await region.getByRole('textbox', { name: EDITOR }).fill(EXISTING);
    const spc = codeBlock(region, 'spc.yaml');
    const text = await spc.text();
    expect(text).toContain('name: shop-secrets # our class');
    expect(text).toContain('objectName: api-key   # rotated monthly');
    const merged = parse(text);
    expect(merged.metadata).toEqual({ name: 'shop-secrets', namespace: 'shop' });
    expect(merged.status).toBeUndefined();
    const objects = parse(merged.spec.parameters.objects).array.map((i: string) => parse(i).objectName);
    expect(objects).toEqual(['api-key', 'db-password']);
    expect(merged.spec.secretObjects[0].data).toEqual([{ objectName: 'db-password', key: 'db-password' }]);
    await expect(spc.block.locator('.code-block-add-line')).toHaveCount(3 + 6); // objects item, and a new secretObjects block
    await expect(region).toContainText('Removed fields the API server manages');
  });

  test('refuses broken input with an alert and no merged output', async ({ page }) => {
    await open(page, `${GUIDE}?ns=shop&s0=db-password`);
    const region = page.getByRole('region', { name: REGION });
    await region.getByRole('button', { name: REGION }).click();
    await region.getByLabel('Use a plain text box').check();
    const box = region.getByRole('textbox', { name: EDITOR });
    for (const [text, message] of [
      ['kind: Pod\nmetadata:\n  name: x\n', /No SecretProviderClass found/],
      ['spec:\n\tprovider: azure\n', /indented with a tab/],
      [EXISTING.replace('- |\n          objectName: api-key   # rotated monthly', '- objectName: api-key'), /provider reads each item as a string/],
    ] as const) {
      await box.fill(text);
      await expect(region.getByRole('alert')).toContainText(message);
      await expect(codeBlock(region, 'spc.yaml').block).toHaveCount(0);
    }
  });
});
