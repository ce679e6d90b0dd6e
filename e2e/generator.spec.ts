import { parse } from 'yaml';
import { codeBlock, expect, generator, GUIDE, open, test } from './fixtures';

test.describe('the secret generator', () => {
  test('turns a namespace and secret names into files that parse, with the expected names', async ({ page }) => {
    await open(page, GUIDE);
    const gen = generator(page);
    await gen.getByLabel('Namespace').fill('payments');
    await expect(gen.getByLabel('SecretProviderClass name')).toHaveValue('payments-spc');
    await expect(gen.getByLabel('Key Vault name')).toHaveValue('kv-polinetwork');
    await gen.getByLabel('Key Vault secret name').first().fill('db-password');
    await gen.getByLabel('Expose as environment variable').first().check();
    await expect(gen.getByLabel('Environment variable name')).toHaveValue('DB_PASSWORD');
    await expect(gen.getByLabel('Kubernetes secret key')).toHaveValue('db-password');
    await gen.getByRole('button', { name: 'Add secret' }).click();
    await expect(gen.getByLabel('Key Vault secret name').nth(1)).toBeFocused();
    await page.keyboard.type('api-key');
    await gen.getByLabel('Workload kind').selectOption('Deployment');

    const spc = parse(await codeBlock(gen, 'spc.yaml').text());
    expect(spc.metadata).toEqual({ name: 'payments-spc', namespace: 'payments' });
    expect(spc.spec.secretObjects).toEqual([{ secretName: 'azure-kv', type: 'Opaque', data: [{ objectName: 'db-password', key: 'db-password' }] }]);
    const objects = parse(spc.spec.parameters.objects).array.map((item: string) => parse(item));
    expect(objects).toEqual([
      { objectName: 'db-password', objectType: 'secret' },
      { objectName: 'api-key', objectType: 'secret' },
    ]);

    const deployment = parse(await codeBlock(gen, 'deployment.yaml').text());
    expect(deployment.kind).toBe('Deployment');
    expect(deployment.metadata.namespace).toBe('payments');
    const pod = deployment.spec.template.spec;
    expect(pod.volumes[0].csi.volumeAttributes.secretProviderClass).toBe('payments-spc');
    expect(pod.containers[0].env).toEqual([{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'azure-kv', key: 'db-password' } } }]);
    await expect(gen.locator('div[class*="codeBlockTitle"]', { hasText: /^pod\.yaml$/ })).toHaveCount(0);

    const az = await codeBlock(gen, 'az-commands.sh').text();
    expect(az).toContain('--name db-password --file /dev/stdin');
    expect(az).toContain('--name api-key --file /dev/stdin');
    const kubectl = await codeBlock(gen, 'kubectl-commands.sh').text();
    expect(kubectl).toContain('kubectl get secretproviderclass --namespace payments');
    expect(kubectl).toContain('kubectl rollout status --namespace payments deployment/payments');
    // The lines that carry the secrets are marked as added.
    await expect(codeBlock(gen, 'spc.yaml').block.locator('.code-block-add-line').first()).toBeVisible();
  });

  test('copies exactly the code it shows', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, `${GUIDE}?ns=payments&s0=db-password&env0=1`);
    const spc = codeBlock(generator(page), 'spc.yaml');
    const shown = await spc.text();
    await spc.block.hover();
    await spc.block.getByRole('button', { name: /copy/i }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    expect(copied).not.toContain('highlight');
    expect(parse(copied).metadata.name).toBe('payments-spc');
  });

  test('shows the problem next to the field and withholds broken output', async ({ page }) => {
    await open(page, GUIDE);
    const gen = generator(page);
    await gen.getByLabel('Namespace').fill('My App');
    await gen.getByLabel('Key Vault secret name').first().fill('db_password');
    const namespace = gen.getByLabel('Namespace');
    await expect(namespace).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await namespace.getAttribute('aria-describedby'))!.split(' ')[0]!;
    await expect(page.locator(`#${describedBy}`)).toContainText("try 'my-app'");
    await expect(gen.getByLabel('Key Vault secret name').first()).toHaveAttribute('aria-invalid', 'true');
    const summary = gen.getByRole('region', { name: /Fix 2 problems/ });
    await expect(summary.getByRole('link')).toHaveCount(2);
    await expect(summary).toContainText("try 'db-password'");
    for (const title of ['spc.yaml', 'pod.yaml', 'az-commands.sh', 'kubectl-commands.sh']) {
      await expect(codeBlock(gen, title).block).toHaveCount(0);
    }
    // Following a summary link lands on the field.
    await summary.getByRole('link').first().click();
    await expect(namespace).toBeFocused();
    // Fixing it brings the files back.
    await namespace.fill('my-app');
    await gen.getByLabel('Key Vault secret name').first().fill('db-password');
    await expect(codeBlock(gen, 'spc.yaml').block).toBeVisible();
    await expect(gen.getByRole('region', { name: /Fix/ })).toHaveCount(0);
  });

  test('keeps the form in the URL, and a shared link reproduces it; Reset clears it', async ({ page, context }) => {
    await open(page, GUIDE);
    const gen = generator(page);
    await gen.getByLabel('Namespace').fill('shop');
    await gen.getByLabel('Key Vault secret name').first().fill('stripe-key');
    await gen.getByLabel('Expose as environment variable').first().check();
    await gen.getByLabel('Environment variable name').fill('STRIPE');
    await expect(page).toHaveURL(/ns=shop/);
    const historyLength = await page.evaluate(() => history.length);
    expect(historyLength).toBe(2); // about:blank + the guide: replaced, never pushed
    const shared = page.url();

    const other = await context.newPage();
    await open(other, shared.replace(/^https?:\/\/[^/]+/, ''));
    const gen2 = generator(other);
    await expect(gen2.getByLabel('Namespace')).toHaveValue('shop');
    await expect(gen2.getByLabel('Key Vault secret name')).toHaveValue('stripe-key');
    await expect(gen2.getByLabel('Environment variable name')).toHaveValue('STRIPE');
    expect(parse(await codeBlock(gen2, 'pod.yaml').text()).spec.containers[0].env[0].name).toBe('STRIPE');
    await other.close();

    await gen.getByRole('button', { name: 'Reset' }).click();
    await expect(gen.getByLabel('Namespace')).toHaveValue('');
    await expect(gen.getByLabel('Key Vault secret name')).toHaveValue('');
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  test('takes the workload name, image, mount path and Secret name from "More options"', async ({ page }) => {
    await open(page, `${GUIDE}?ns=api&s0=db-password&env0=1`);
    const gen = generator(page);
    await gen.getByText('More options').click();
    await expect(gen.getByLabel('Pod name')).toHaveValue('api');
    await gen.getByLabel('Pod name').fill('api-server');
    await gen.getByLabel('Container image').fill('ghcr.io/team/api:1.2.3');
    await gen.getByLabel('Mount path').fill('/run/secrets/app');
    await gen.getByLabel('Kubernetes Secret name').fill('api-env');
    const pod = parse(await codeBlock(gen, 'pod.yaml').text());
    expect(pod.metadata.name).toBe('api-server');
    expect(pod.spec.containers[0].image).toBe('ghcr.io/team/api:1.2.3');
    expect(pod.spec.containers[0].command).toBeUndefined();
    expect(pod.spec.containers[0].volumeMounts[0].mountPath).toBe('/run/secrets/app');
    expect(pod.spec.containers[0].env[0].valueFrom.secretKeyRef.name).toBe('api-env');
    expect(parse(await codeBlock(gen, 'spc.yaml').text()).spec.secretObjects[0].secretName).toBe('api-env');
    expect(await codeBlock(gen, 'kubectl-commands.sh').text()).toContain('ls /run/secrets/app');
    // A bad value opens the section, marks the field and withholds the pod.
    await gen.getByLabel('Mount path').fill('relative/path');
    await expect(gen.getByLabel('Mount path')).toHaveAttribute('aria-invalid', 'true');
    await expect(codeBlock(gen, 'pod.yaml').block).toHaveCount(0);
  });

  test('remembers the shell site-wide', async ({ page }) => {
    await open(page, `${GUIDE}?ns=a&s0=x`);
    const gen = generator(page);
    await gen.getByRole('tab', { name: 'PowerShell' }).click();
    await expect(codeBlock(gen, 'az-commands.ps1').block).toBeVisible();
    expect(await codeBlock(gen, 'az-commands.ps1').text()).toContain('Read-Host -AsSecureString');
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    await expect(generator(page).getByRole('tab', { name: 'PowerShell' })).toHaveAttribute('aria-selected', 'true');
    await expect(codeBlock(generator(page), 'kubectl-commands.ps1').block).toBeVisible();
  });

  test('downloads a file and the zip of all files', async ({ page }) => {
    await open(page, `${GUIDE}?ns=a&s0=x`);
    const gen = generator(page);
    const [one] = await Promise.all([page.waitForEvent('download'), gen.getByRole('button', { name: 'Download spc.yaml' }).click()]);
    expect(one.suggestedFilename()).toBe('spc.yaml');
    const [all] = await Promise.all([page.waitForEvent('download'), gen.getByRole('button', { name: 'Download all files (.zip)' }).click()]);
    expect(all.suggestedFilename()).toBe('kv-secrets.zip');
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync((await all.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.toString('latin1')).toContain('kubectl-commands.ps1');
  });

  test('works with the keyboard alone', async ({ page }) => {
    await open(page, GUIDE);
    const gen = generator(page);
    await gen.getByLabel('Namespace').focus();
    await page.keyboard.type('kb-app');
    await page.keyboard.press('Tab'); // SecretProviderClass name
    await page.keyboard.press('Tab'); // Key Vault name
    await page.keyboard.press('Tab'); // Workload kind
    await expect(gen.getByLabel('Workload kind')).toBeFocused();
    await page.keyboard.press('Tab'); // "More options" (closed)
    await page.keyboard.press('Tab'); // first secret
    await page.keyboard.type('kb-secret');
    await page.keyboard.press('Tab');
    await expect(gen.getByLabel('Expose as environment variable')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(gen.getByLabel('Environment variable name')).toHaveValue('KB_SECRET');
    await page.keyboard.press('Tab'); // env var
    await page.keyboard.press('Tab'); // key
    await page.keyboard.press('Tab'); // Remove secret
    await page.keyboard.press('Tab'); // Add secret
    await expect(gen.getByRole('button', { name: 'Add secret' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(gen.getByLabel('Key Vault secret name').nth(1)).toBeFocused();
    await page.keyboard.type('kb-other');
    expect(parse(await codeBlock(gen, 'spc.yaml').text()).metadata.namespace).toBe('kb-app');
  });
});

test.describe('the guide with the reader values', () => {
  test('fills the placeholders in its code blocks, marked, and the copy button copies them', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, GUIDE);
    const firstCommand = page.locator('article .theme-admonition .theme-code-block').first();
    await expect(firstCommand.locator('code')).toHaveText('kubectl get secretproviderclass --namespace <namespace>');
    const gen = generator(page);
    await gen.getByLabel('Namespace').fill('payments');
    await gen.getByLabel('Key Vault secret name').first().fill('db-password');
    await expect(firstCommand.locator('code')).toHaveText('kubectl get secretproviderclass --namespace payments');
    await expect(firstCommand.locator('mark.kv-filled')).toHaveText('payments');
    await firstCommand.hover();
    await firstCommand.getByRole('button', { name: /copy/i }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('kubectl get secretproviderclass --namespace payments');

    const guideBlocks = page.locator('article .markdown > .theme-code-block');
    const objectsBlock = guideBlocks.filter({ hasText: 'objects: |' }).filter({ hasText: 'name: payments-spc' }).first();
    await expect(objectsBlock).toContainText('objectName: db-password');
    await expect(objectsBlock).toContainText('objectName: <secret-2-key>');
    const pod = guideBlocks.filter({ hasText: 'my-spc-example-pod' }).first();
    await expect(pod).toContainText("secretProviderClass: 'payments-spc'");
    await expect(guideBlocks.filter({ hasText: 'az keyvault secret delete' })).toContainText('--name "db-password"');
  });

  test('reads as the seed with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${GUIDE}?ns=payments&s0=db-password`);
    await expect(page.getByRole('heading', { name: 'Mount the secret volume inside the pod' })).toBeVisible();
    await expect(page.locator('article')).toContainText('kubectl get secretproviderclass --namespace <namespace>');
    await expect(page.locator('article .theme-admonition')).toHaveCount(8);
    // (Playwright's "JavaScript off" still parses <noscript> as text, so read it as such.)
    expect(await page.locator('article noscript').first().textContent()).toContain('The generator needs JavaScript');
    await context.close();
  });
});
