import fc from 'fast-check';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Pod } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { config, validInput } from '../../../tests/helpers/arbitraries';
import { guideExample } from '../../../tests/helpers/guideExamples';
import { resolveInput } from '../model/resolveInput';
import type { AppSecretsInput } from '../model/types';
import { buildWorkload } from './buildWorkload';

const build = (input: AppSecretsInput) => buildWorkload(resolveInput(input, config).resolved);

/** The seed's example pod is the default workload (busybox sleeping, with the seed's resources): only its name differs. */
const examplePod = { name: 'example-pod' };

/** Validates against the Kubernetes API schema; throws with the reason when invalid. */
function validateK8s(manifest: Record<string, unknown>): void {
  if (manifest.kind === 'Deployment') new Deployment(manifest as never).validate();
  else new Pod(manifest as never).validate();
}

describe('buildWorkload()', () => {
  it.each<[string, AppSecretsInput]>([
    ['test-secret/example-pod.yaml', { namespace: 'test-secret', secrets: [{ keyVaultName: 'a' }], workload: examplePod }],
    [
      'test-secret-env/example-pod.yaml',
      {
        namespace: 'test-secret-env',
        secrets: [{ keyVaultName: 'a', exposeAsEnv: true, secretKey: 'example-secret', envVarName: 'EXAMPLE_SECRET' }],
        workload: examplePod,
      },
    ],
  ])('reproduces the guide example %s', (title, input) => {
    expect(build(input).yaml).toBe(guideExample(title));
  });

  it('always mounts the CSI volume read-only, even with env vars only', () => {
    const { manifest } = build({ namespace: 'a', secrets: [{ keyVaultName: 'x', exposeAsEnv: true }] });
    const spec = manifest.spec as { containers: Array<Record<string, unknown>>; volumes: unknown[] };
    expect(spec.containers[0]!.volumeMounts).toEqual([{ name: 'secrets-store', mountPath: config.csiMountPath, readOnly: true }]);
    expect(spec.volumes).toEqual([
      { name: 'secrets-store', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'a-spc' } } },
    ]);
    expect(spec.containers[0]!.env).toEqual([
      { name: 'X', valueFrom: { secretKeyRef: { name: config.syncedSecretName, key: 'x' } } },
    ]);
  });

  it('writes a Deployment whose selector matches its template, without YAML aliases', () => {
    const { yaml, fileName } = build({ namespace: 'a', secrets: [{ keyVaultName: 'x' }], workload: { kind: 'Deployment', replicas: 2 } });
    expect(fileName).toBe('deployment.yaml');
    expect(yaml).not.toMatch(/[&*]a\d/);
    const back = parse(yaml);
    expect(back.spec.selector.matchLabels).toEqual(back.spec.template.metadata.labels);
    expect(back.spec.replicas).toBe(2);
  });

  it('sets the service account for workload identity', () => {
    const { manifest } = build({ namespace: 'a', identityMode: 'workloadIdentity', secrets: [{ keyVaultName: 'x' }], workload: { serviceAccountName: 'app-sa' } });
    expect((manifest.spec as Record<string, unknown>).serviceAccountName).toBe('app-sa');
  });

  it('reports volumeMounts, env and volumes as added lines', () => {
    const { yaml, addedLines } = build({ namespace: 'a', secrets: [{ keyVaultName: 'x', exposeAsEnv: true }] });
    const lines = yaml.split('\n');
    const marked = addedLines.flatMap(({ start, end }) => lines.slice(start - 1, end)).map((l) => l.trim());
    expect(marked.filter((l) => /^(volumeMounts|env|volumes):$/.test(l))).toEqual(['volumeMounts:', 'env:', 'volumes:']);
    expect(marked).not.toContain('containers:');
  });

  it('emits YAML that parses back and validates against the Kubernetes API schema', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const { manifest, yaml } = build(input);
        const back = parse(yaml);
        expect(back).toStrictEqual(manifest);
        expect(() => validateK8s(back)).not.toThrow();
        const podSpec = back.kind === 'Deployment' ? back.spec.template.spec : back.spec;
        expect(podSpec.volumes[0].csi.volumeAttributes.secretProviderClass).toBe(`${input.namespace}-spc`);
        expect(back.metadata.namespace).toBe(input.namespace);
      }),
      { numRuns: 150 },
    );
  });

  it('the validator does reject a broken pod', () => {
    const { manifest } = build({ namespace: 'a', secrets: [{ keyVaultName: 'x' }] });
    const broken = structuredClone(manifest) as { spec: { containers: Array<Record<string, unknown>> } };
    broken.spec.containers[0]!.volumeMounts = [{ name: 'secrets-store', readOnly: 'yes' }];
    expect(() => validateK8s(broken)).toThrow();
  });
});
