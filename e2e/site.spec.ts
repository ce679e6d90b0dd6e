import { expect, GUIDE, open, test } from './fixtures';

test.describe('the site', () => {
  test('the landing page leads to the guide', async ({ page }) => {
    await open(page, '/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Key Vault secrets');
    await page.getByRole('link', { name: 'Read the guide' }).click();
    await expect(page).toHaveURL(new RegExp(`${GUIDE}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Add a New Secret' })).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the guide renders its highlighted lines in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, GUIDE);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      const added = page.locator('.code-block-add-line').first();
      const error = page.locator('.code-block-error-line').first();
      const plain = page.locator('.token-line:not(.code-block-add-line)').first();
      const bg = (l: typeof added) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
      const marker = (l: typeof added) => l.evaluate((el) => getComputedStyle(el, '::before').content);
      expect(await bg(added)).not.toBe(await bg(plain));
      expect(await bg(error)).not.toBe(await bg(added));
      expect(await marker(added)).toContain('+');
      expect(await marker(error)).toContain('!');
    });
  }

  test('the copy button copies the code without the +/! markers', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, GUIDE);
    const block = page.locator('.theme-code-block').filter({ has: page.locator('.code-block-add-line') }).first();
    await block.hover();
    await block.getByRole('button', { name: /copy/i }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('    objects: |\n      array:\n');
    expect(copied).not.toMatch(/^[+!]/m);
    expect(copied).not.toContain('highlight');
  });

  test('search works offline', async ({ page }) => {
    await open(page, GUIDE);
    await page.getByRole('combobox', { name: /search/i }).or(page.getByPlaceholder('Search')).first().fill('purge');
    await expect(page.locator('.aa-dropdown-menu, [role="listbox"]').first()).toContainText(/purge/i);
  });
});
