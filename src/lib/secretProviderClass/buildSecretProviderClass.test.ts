import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { config, validInput } from '../../../tests/helpers/arbitraries';
import { guideExample } from '../../../tests/helpers/guideExamples';
import { resolveInput } from '../model/resolveInput';
import type { AppSecretsInput } from '../model/types';
import { secretProviderClassSchema } from '../schema/secretProviderClassSchema';
import { buildSecretProviderClass } from './buildSecretProviderClass';
import { parseObjectsParameter } from './objectsParameter';

const validate = new Ajv({ allErrors: true, strict: false }).compile(secretProviderClassSchema);
const build = (input: AppSecretsInput) => buildSecretProviderClass(resolveInput(input, config).resolved);

/** The seed's placeholders stand for secret names; the generator is given these. */
const seedInputs: Array<[string, AppSecretsInput]> = [
  [
    'test-secret/spc.yaml',
    { namespace: 'test-secret', secrets: [{ keyVaultName: '<secret-1-key>' }, { keyVaultName: '<secret-2-key>' }] },
  ],
  [
    'test-secret-env/spc.yaml',
    {
      namespace: 'test-secret-env',
      secrets: [{ keyVaultName: '<secret-key>', exposeAsEnv: true, secretKey: 'example-secret', envVarName: 'EXAMPLE_SECRET' }],
    },
  ],
];

describe('buildSecretProviderClass()', () => {
  it.each(seedInputs)('reproduces the guide example %s', (title, input) => {
    expect(build(input).yaml).toBe(guideExample(title));
  });

  it('quotes every parameter and writes objects as a literal block', () => {
    const { yaml } = build({ namespace: 'a', secrets: [{ keyVaultName: 'x' }] });
    const parameters = yaml.slice(yaml.indexOf('  parameters:\n')).split('\n').slice(1, 6);
    for (const line of parameters) expect(line).toMatch(/^ {4}\w+: '.*'$/);
    expect(yaml).toContain('    objects: |\n      array:\n        - |\n          objectName: x\n          objectType: secret\n');
  });

  it('emits secretObjects only when a secret is exposed as an env var', () => {
    expect(build({ namespace: 'a', secrets: [{ keyVaultName: 'x' }] }).manifest.spec.secretObjects).toBeUndefined();
    expect(build({ namespace: 'a', secrets: [{ keyVaultName: 'x', exposeAsEnv: true }] }).manifest.spec.secretObjects).toHaveLength(1);
  });

  it('maps secretObjects to the file name: the alias when there is one', () => {
    const { manifest } = build({ namespace: 'a', secrets: [{ keyVaultName: 'x', alias: 'x.txt', exposeAsEnv: true }] });
    expect(manifest.spec.secretObjects?.[0]?.data).toEqual([{ objectName: 'x.txt', key: 'x.txt' }]);
  });

  it('writes workload identity with clientID and no VM identity', () => {
    const { manifest } = build({ namespace: 'a', identityMode: 'workloadIdentity', identityClientId: '0a1b2c3d-0000-1111-2222-333344445555', secrets: [{ keyVaultName: 'x' }] });
    expect(manifest.spec.parameters).toMatchObject({ clientID: '0a1b2c3d-0000-1111-2222-333344445555', usePodIdentity: 'false' });
    expect(manifest.spec.parameters).not.toHaveProperty('useVMManagedIdentity');
    expect(manifest.spec.parameters).not.toHaveProperty('userAssignedIdentityID');
  });

  it('reports the lines of objects and secretObjects as added', () => {
    const { yaml, addedLines } = build({ namespace: 'a', secrets: [{ keyVaultName: 'x', exposeAsEnv: true }] });
    const lines = yaml.split('\n');
    const marked = addedLines.flatMap(({ start, end }) => lines.slice(start - 1, end));
    expect(marked[0]).toBe('  secretObjects:');
    expect(marked).toContain('    objects: |');
    expect(marked.at(-1)).toBe('          objectType: secret');
    expect(marked).not.toContain('  parameters:');
  });

  it('emits YAML that parses back to the manifest, validates, and whose objects read back as the input', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const { resolved, diagnostics } = resolveInput(input, config);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const { yaml, manifest } = buildSecretProviderClass(resolved);
        const back = parse(yaml);
        expect(back).toStrictEqual(manifest);
        expect(validate(back), JSON.stringify(validate.errors)).toBe(true);
        // The provider's way: outer string → {array: []string} → each string → object.
        const outer = parse(back.spec.parameters.objects) as { array: unknown[] };
        expect(outer.array.every((item) => typeof item === 'string')).toBe(true);
        const objects = parseObjectsParameter(back.spec.parameters.objects);
        expect(objects.diagnostics).toEqual([]);
        expect(objects.objects).toEqual(
          resolved.secrets.map((s) => ({ objectName: s.keyVaultName, objectType: 'secret', ...(s.alias ? { objectAlias: s.alias } : {}) })),
        );
      }),
      { numRuns: 200 },
    );
  });
});
