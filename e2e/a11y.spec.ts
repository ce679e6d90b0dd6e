import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, generator, GUIDE, open, test } from './fixtures';

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the landing page has no axe violations', async ({ page }) => {
      await open(page, '/');
      expect(await violations(page)).toEqual([]);
    });

    test('the guide has no axe violations, empty', async ({ page }) => {
      await open(page, GUIDE);
      expect(await violations(page)).toEqual([]);
    });

    test('the guide has no axe violations, filled in', async ({ page }) => {
      await open(page, `${GUIDE}?ns=payments&s0=db-password&env0=1&s1=api-key&kind=Deployment`);
      await expect(generator(page).locator('.theme-code-block').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the guide has no axe violations, with errors showing', async ({ page }) => {
      await open(page, `${GUIDE}?ns=My%20App&s0=db_password&env0=1&var0=1X`);
      await expect(generator(page).getByRole('region', { name: /Fix \d+ problems/ })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the merge section has no axe violations, with a merge and findings', async ({ page }) => {
      await open(page, `${GUIDE}?ns=shop&s0=db-password`);
      const region = page.getByRole('region', { name: 'Add to an existing SecretProviderClass' });
      await region.getByRole('button', { name: 'Add to an existing SecretProviderClass' }).click();
      await region.getByLabel('Use a plain text box').check();
      await region
        .getByRole('textbox', { name: 'Existing SecretProviderClass YAML' })
        .fill('apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: s\n  namespace: shop\nspec:\n  provider: azure\n  parameters:\n    keyVaultName: kv-polinetwork\n');
      await expect(region.locator('.theme-code-block')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the filled-in guide does not scroll sideways and the generator fits', async ({ page }) => {
    await open(page, `${GUIDE}?ns=payments&s0=db-password&env0=1`);
    const gen = generator(page);
    await expect(gen.locator('.theme-code-block').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await gen.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await gen.getByLabel('Namespace').fill('narrow');
    await expect(gen.getByLabel('SecretProviderClass name')).toHaveValue('narrow-spc');
    expect(await violations(page)).toEqual([]);
  });
});
