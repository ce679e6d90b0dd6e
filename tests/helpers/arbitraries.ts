/** fast-check arbitraries for valid and hostile inputs, shared by the core's tests. */
import fc from 'fast-check';
import { organization } from '../../src/config/organization';
import type { AppSecretsInput, GeneratorConfig, SecretInput } from '../../src/lib';

export const config: GeneratorConfig = { ...organization };

const lower = 'abcdefghijklmnopqrstuvwxyz'.split('');
const alnumLower = [...lower, ...'0123456789'.split('')];

/** RFC 1123 label, 1–20 chars. */
export const dnsLabel = fc
  .tuple(fc.constantFrom(...lower), fc.array(fc.constantFrom(...alnumLower, '-'), { maxLength: 18 }), fc.constantFrom(...alnumLower))
  .map(([a, mid, z]) => `${a}${mid.join('')}${z}`.replace(/-+$/, 'x'));

/** Key Vault object name: letters, digits and '-', including a leading '-'. */
export const keyVaultObjectName = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'.split('')), { minLength: 1, maxLength: 40 })
  .map((c) => c.join(''));

export const secretInput: fc.Arbitrary<SecretInput> = fc.record(
  {
    keyVaultName: keyVaultObjectName,
    exposeAsEnv: fc.boolean(),
    alias: fc.option(dnsLabel.map((n) => `${n}.txt`), { nil: undefined }),
  },
  { requiredKeys: ['keyVaultName', 'exposeAsEnv'] },
);

/** Valid inputs: distinct names, so no duplicate files, keys or env vars. */
export const validInput: fc.Arbitrary<AppSecretsInput> = fc
  .record({
    namespace: dnsLabel,
    secrets: fc.uniqueArray(secretInput, {
      minLength: 1,
      maxLength: 6,
      selector: (s) => (s.alias ?? s.keyVaultName).toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, ''),
    }),
    kind: fc.constantFrom('Pod' as const, 'Deployment' as const),
  })
  .filter(({ secrets }) => {
    const files = secrets.map((s) => s.alias ?? s.keyVaultName);
    const envs = secrets.map((s) => (s.alias ?? s.keyVaultName).toUpperCase().replace(/[^A-Z0-9_]+/g, '_'));
    return new Set(files).size === files.length && new Set(envs).size === envs.length && envs.every((e) => /[A-Z0-9]/.test(e));
  })
  .map(({ namespace, secrets, kind }) => ({ namespace, secrets, workload: { kind } }));

/** Anything at all, as a reader might type or paste it. */
export const anyString = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '-', '--', '..', '../x', '$(rm -rf /)', "'", '"', '`', '\n', '\t', 'a'.repeat(300), '<namespace>', '%PATH%', 'a&b|c^d'),
);
