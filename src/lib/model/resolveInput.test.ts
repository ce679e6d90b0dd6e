import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyString, config } from '../../../tests/helpers/arbitraries';
import type { AppSecretsInput, DiagnosticCode, SecretInput, WorkloadInput } from '../index';
import { resolveInput } from './resolveInput';

const GUID = '0a1b2c3d-0000-1111-2222-333344445555';
const valid: AppSecretsInput = {
  namespace: 'my-app',
  tenantId: GUID,
  identityClientId: GUID,
  secrets: [{ keyVaultName: 'db-password', exposeAsEnv: true }],
};
// @ts-expect-error: object types are lower case
const upperCaseType: SecretInput = { keyVaultName: 'x', objectType: 'Secret' };
// @ts-expect-error: only Pod and Deployment
const jobKind: WorkloadInput = { kind: 'Job' };
const codes = (input: AppSecretsInput) => resolveInput(input, config).diagnostics.map((d) => d.code);

describe('resolveInput()', () => {
  it('accepts a valid input without diagnostics', () => {
    expect(resolveInput(valid, config).diagnostics).toEqual([]);
  });

  it('fills the defaults the guide uses', () => {
    const { resolved } = resolveInput({ namespace: 'my-app', secrets: [{ keyVaultName: 'db-password', exposeAsEnv: true }] }, config);
    expect(resolved).toMatchObject({
      spcName: 'my-app-spc',
      keyVaultName: config.keyVaultName,
      syncedSecretName: config.syncedSecretName,
      identityMode: 'vmManagedIdentity',
      workload: { kind: 'Pod', name: 'my-app', mountPath: config.csiMountPath, containerName: 'busybox' },
      secrets: [{ keyVaultName: 'db-password', fileName: 'db-password', secretKey: 'db-password', envVarName: 'DB_PASSWORD', objectType: 'secret' }],
    });
  });

  it('derives key and env var from the alias when there is one', () => {
    const { resolved } = resolveInput({ ...valid, secrets: [{ keyVaultName: 'db-password', alias: 'db.txt', exposeAsEnv: true }] }, config);
    expect(resolved.secrets[0]).toMatchObject({ fileName: 'db.txt', secretKey: 'db.txt', envVarName: 'DB_TXT' });
  });

  const s = (over: object) => ({ keyVaultName: 'db-password', exposeAsEnv: true, ...over });
  it.each<[string, AppSecretsInput, DiagnosticCode]>([
    ['no namespace', { ...valid, namespace: '' }, 'MISSING_NAMESPACE'],
    ['bad namespace', { ...valid, namespace: 'My_App' }, 'INVALID_NAMESPACE'],
    ['bad SPC name', { ...valid, spcName: 'My SPC' }, 'INVALID_SPC_NAME'],
    ['bad vault name', { ...valid, keyVaultName: 'a_b' }, 'INVALID_KEYVAULT_NAME'],
    ['no tenant', { ...valid, tenantId: ' ', identityClientId: GUID }, 'PLACEHOLDER_ID'],
    ['bad tenant', { ...valid, tenantId: 'nope' }, 'INVALID_TENANT_ID'],
    ['placeholder tenant', { ...valid, tenantId: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' }, 'PLACEHOLDER_ID'],
    ['bad client id', { ...valid, identityClientId: '1234' }, 'INVALID_CLIENT_ID'],
    ['no secrets', { ...valid, secrets: [] }, 'NO_SECRETS'],
    ['empty secret name', { ...valid, secrets: [s({ keyVaultName: '' })] }, 'MISSING_SECRET_NAME'],
    ['bad secret name', { ...valid, secrets: [s({ keyVaultName: 'db_password' })] }, 'INVALID_SECRET_NAME'],
    // @ts-expect-error: object types are lower case
    ['upper-case object type', { ...valid, secrets: [{ keyVaultName: 'x', objectType: 'Secret' }] }, 'INVALID_OBJECT_TYPE'],
    ['alias with ..', { ...valid, secrets: [s({ alias: '../etc/passwd' })] }, 'INVALID_ALIAS'],
    ['bad version', { ...valid, secrets: [s({ version: 'v-1!' })] }, 'INVALID_VERSION'],
    ['same file twice', { ...valid, secrets: [s({}), s({ exposeAsEnv: false })] }, 'DUPLICATE_FILE_NAME'],
    ['alias clashes with name', { ...valid, secrets: [s({ keyVaultName: 'a' }), s({ keyVaultName: 'b', alias: 'a' })] }, 'DUPLICATE_FILE_NAME'],
    ['bad secret key', { ...valid, secrets: [s({ secretKey: 'a b' })] }, 'INVALID_SECRET_KEY'],
    ['same secret key', { ...valid, secrets: [s({ keyVaultName: 'a', secretKey: 'k' }), s({ keyVaultName: 'b', secretKey: 'k' })] }, 'DUPLICATE_SECRET_KEY'],
    ['bad env var', { ...valid, secrets: [s({ envVarName: '1X' })] }, 'INVALID_ENV_VAR_NAME'],
    ['same env var', { ...valid, secrets: [s({ keyVaultName: 'a-b' }), s({ keyVaultName: 'A-B', secretKey: 'other' })] }, 'DUPLICATE_ENV_VAR_NAME'],
    ['env from a certificate', { ...valid, secrets: [s({ objectType: 'cert' })] }, 'ENV_FROM_NON_SECRET'],
    ['bad synced secret', { ...valid, syncedSecretName: 'Azure KV' }, 'INVALID_SYNCED_SECRET_NAME'],
    ['bad kind', { ...valid, workload: jobKind }, 'INVALID_WORKLOAD_KIND'],
    ['bad workload name', { ...valid, workload: { name: 'My App' } }, 'INVALID_WORKLOAD_NAME'],
    ['bad container name', { ...valid, workload: { containerName: 'App' } }, 'INVALID_CONTAINER_NAME'],
    ['bad image', { ...valid, workload: { image: 'a b' } }, 'INVALID_IMAGE'],
    ['relative mount path', { ...valid, workload: { mountPath: 'mnt' } }, 'INVALID_MOUNT_PATH'],
    ['negative replicas', { ...valid, workload: { replicas: -1 } }, 'INVALID_REPLICAS'],
    ['workload identity without account', { ...valid, identityMode: 'workloadIdentity' }, 'MISSING_SERVICE_ACCOUNT'],
    ['bad service account', { ...valid, identityMode: 'workloadIdentity', workload: { serviceAccountName: 'SA!' } }, 'INVALID_SERVICE_ACCOUNT'],
  ])('%s', (_name, input, code) => {
    expect(codes(input)).toContain(code);
  });

  it.each<[string, DiagnosticCode]>([
    ['tenantId', 'MISSING_TENANT_ID'],
    ['identityClientId', 'MISSING_CLIENT_ID'],
  ])('reports a missing %s when the organisation has none either', (field, code) => {
    const { diagnostics } = resolveInput({ ...valid, [field]: '' }, { ...config, [field]: '' });
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
  });

  it('reports the path of the field and a message that says what to do', () => {
    const [d] = resolveInput({ ...valid, secrets: [s({ keyVaultName: 'db_password' })] }, config).diagnostics;
    expect(d).toMatchObject({ path: 'secrets[0].keyVaultName', severity: 'error' });
    expect(d!.message).toContain("try 'db-password'");
  });

  it('never throws, whatever the fields hold', () => {
    fc.assert(
      fc.property(anyString, anyString, anyString, fc.anything(), (ns, name, alias, junk) => {
        const input = { namespace: ns, spcName: name, secrets: [{ keyVaultName: name, alias, exposeAsEnv: true }, junk], workload: junk } as unknown as AppSecretsInput;
        const { diagnostics } = resolveInput(input, config);
        expect(Array.isArray(diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
