import { describe, expect, it } from 'vitest';
import { config } from '../../../tests/helpers/arbitraries';
import { generateAll } from '../generate/generateAll';
import type { DiagnosticCode } from '../model/types';
import { closestParameter, lintManifests } from './lintManifests';

const GUID = '0a1b2c3d-0000-1111-2222-333344445555';
const generated = generateAll(
  { namespace: 'app', tenantId: GUID, identityClientId: GUID, secrets: [{ keyVaultName: 'db-password', exposeAsEnv: true }, { keyVaultName: 'api-key' }] },
  config,
);
const SPC = generated.files.spc!.text;
const POD = generated.files.workload!.text;
const BOTH = `${SPC}---\n${POD}`;
const codes = (text: string) => lintManifests(text).diagnostics.map((d) => d.code);

describe('lintManifests()', () => {
  it('finds nothing in what the generator writes', () => {
    expect(lintManifests(BOTH)).toEqual({ diagnostics: [], counts: { secretProviderClasses: 1, workloads: 1 } });
  });

  it('reads a List as well as documents', () => {
    const deployment = generateAll({ namespace: 'app', secrets: [{ keyVaultName: 'x', exposeAsEnv: true }], workload: { kind: 'Deployment' } }, config).files;
    const list = `apiVersion: v1\nkind: List\nitems:\n${[deployment.spc!.text, deployment.workload!.text]
      .map((t) => `- ${t.trimEnd().replace(/\n/g, '\n  ')}`)
      .join('\n')}\n`;
    expect(lintManifests(list).counts).toEqual({ secretProviderClasses: 1, workloads: 1 });
    expect(codes(list).filter((c) => c !== 'UNQUOTED_PARAMETER')).toEqual([]);
  });

  const cases: Array<[string, string, DiagnosticCode]> = [
    ['workload in another namespace', BOTH.replace(/(kind: Pod[\s\S]*?namespace: )app/, '$1other'), 'NAMESPACE_MISMATCH'],
    ['volume names a class that is not there', BOTH.replace("secretProviderClass: 'app-spc'", "secretProviderClass: 'app-scp'"), 'SPC_NOT_FOUND'],
    ['secretKeyRef names an unknown Secret', BOTH.replace(/name: azure-kv\n(\s+key: db-password)/, 'name: azure-kb\n$1'), 'SECRET_NOT_PROVIDED'],
    ['secretKeyRef names an unknown key', BOTH.replace(/(secretKeyRef:\n\s+name: azure-kv\n\s+key: )db-password/, '$1db-pasword'), 'SECRET_KEY_NOT_PROVIDED'],
    ['secretObjects names a file nothing mounts', BOTH.replace('- objectName: db-password\n', '- objectName: db-passwd\n'), 'SECRET_OBJECT_FILE_NOT_MOUNTED'],
    ['env from a synced Secret without the volume', BOTH.replace(/\n {6}volumeMounts:\n(.*\n){3}/, '\n'), 'ENV_WITHOUT_CSI_VOLUME'],
    ['objects items as maps', BOTH.replace('- |\n          objectName: api-key', '- objectName: api-key'), 'OBJECTS_ITEM_NOT_A_STRING'],
    ['objects not a string', BOTH.replace('objects: |\n      array:', 'objects:\n      array:'), 'OBJECTS_NOT_A_STRING'],
    ['objects not YAML', BOTH.replace('objectType: secret\n', 'objectType: [secret\n'), 'OBJECTS_UNPARSEABLE'],
    ['duplicate file names', BOTH.replace('objectName: api-key', 'objectName: db-password'), 'DUPLICATE_FILE_NAME'],
    ['upper-case objectType', BOTH.replace('objectType: secret', 'objectType: Secret'), 'UNKNOWN_OBJECT_TYPE'],
    ['unquoted boolean parameter', BOTH.replace("useVMManagedIdentity: 'true'", 'useVMManagedIdentity: true'), 'UNQUOTED_PARAMETER'],
    ['plain "true" that YAML 1.1 would read as a boolean', BOTH.replace("usePodIdentity: 'false'", 'usePodIdentity: "false"').replace("useVMManagedIdentity: 'true'", 'useVMManagedIdentity: yes'), 'UNQUOTED_PARAMETER'],
    ['two identity modes', BOTH.replace("tenantID:", `clientID: '${GUID}'\n    tenantID:`), 'MULTIPLE_IDENTITY_MODES'],
    ['misspelt parameter', BOTH.replace('keyvaultName:', 'keyVaultName:'), 'UNKNOWN_PARAMETER'],
    ['TLS secret with other keys', BOTH.replace('type: Opaque', 'type: kubernetes.io/tls'), 'TLS_SECRET_KEYS'],
    ['CSI mount not read-only', BOTH.replace(/(mountPath: '\/mnt\/secrets-store'\n\s+)readOnly: true/, '$1readOnly: false'), 'CSI_MOUNT_NOT_READ_ONLY'],
    ['CSI volume not read-only', BOTH.replace(/(driver: secrets-store.csi.k8s.io\n)\s+readOnly: true\n/, '$1'), 'CSI_MOUNT_NOT_READ_ONLY'],
    ['pfx format on a key', BOTH.replace('objectName: api-key\n          objectType: secret', 'objectName: api-key\n          objectType: key\n          objectFormat: pfx'), 'INVALID_OBJECT_FIELD'],
    ['bad encoding', BOTH.replace('objectName: api-key\n          objectType: secret', 'objectName: api-key\n          objectType: secret\n          objectEncoding: utf8'), 'INVALID_OBJECT_FIELD'],
    ['bad file permission', BOTH.replace('objectName: api-key\n          objectType: secret', 'objectName: api-key\n          objectType: secret\n          filePermission: "999"'), 'INVALID_OBJECT_FIELD'],
    ['alias escaping the mount', BOTH.replace('objectName: api-key\n          objectType: secret', 'objectName: api-key\n          objectType: secret\n          objectAlias: ../../etc/x'), 'INVALID_OBJECT_FIELD'],
    ['tabs', BOTH.replace('  provider: azure', '\tprovider: azure'), 'YAML_TABS'],
  ];

  it.each(cases)('%s', (_name, text, code) => {
    expect(text).not.toBe(BOTH); // the mutation applied
    expect(codes(text)).toContain(code);
  });

  it('points at the line of the problem', () => {
    const text = BOTH.replace('objectType: secret', 'objectType: Secret');
    const finding = lintManifests(text).diagnostics.find((d) => d.code === 'UNKNOWN_OBJECT_TYPE')!;
    expect(text.split('\n')[finding.line! - 1]).toMatch(/objects: \|/);
    const moved = BOTH.replace(/(kind: Pod[\s\S]*?namespace: )app/, '$1other');
    const mismatch = lintManifests(moved).diagnostics.find((d) => d.code === 'NAMESPACE_MISMATCH')!;
    expect(moved.split('\n')[mismatch.line! - 1]).toContain('secretProviderClass:');
    expect(mismatch.document).toBe(1);
  });

  it('suggests the parameter a typo meant', () => {
    expect(closestParameter('keyVaultName')).toBe('keyvaultName');
    expect(closestParameter('tenantid')).toBe('tenantID');
    expect(closestParameter('somethingElse')).toBeUndefined();
  });

  it('reads a megabyte of manifests without trouble', () => {
    const big = Array.from({ length: Math.ceil(1_000_000 / BOTH.length) }, () => BOTH).join('---\n');
    const result = lintManifests(big);
    expect(result.counts.workloads).toBeGreaterThan(100);
  });
});
