import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keyVaultObjectName } from '../../../tests/helpers/arbitraries';
import { resolveSecret } from '../model/resolveInput';
import type { DiagnosticCode, SecretInput } from '../model/types';
import { parseObjectsParameter } from '../secretProviderClass/objectsParameter';
import { mergeSecretProviderClass } from './mergeSecretProviderClass';

/** What `kubectl get secretproviderclass app-spc -n app -o yaml` prints, with a reader's comments. */
const FROM_CLUSTER = `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"secrets-store.csi.x-k8s.io/v1","kind":"SecretProviderClass"}
    team: payments # who owns it
  creationTimestamp: "2025-01-01T00:00:00Z"
  generation: 3
  managedFields:
  - apiVersion: secrets-store.csi.x-k8s.io/v1
    manager: kubectl
  name: app-spc
  namespace: app
  resourceVersion: "4242"
  uid: 6f1c9a7e-0000-4000-8000-000000000000
spec:
  provider: azure
  # synced for the API's env vars
  secretObjects:
  - secretName: azure-kv
    type: Opaque
    data:
    - key: api-key
      objectName: api-key
  parameters:
    keyvaultName: "kv-polinetwork"   # the team vault
    tenantID: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'
    useVMManagedIdentity: "true"
    userAssignedIdentityID: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'
    objects: |
      array:
        - |
          objectName: api-key   # rotated monthly
          objectType: secret
status:
  byPod:
  - id: app-0
    namespace: app
`;

const secrets = (...inputs: SecretInput[]) => inputs.map(resolveSecret);
const merge = (text: string, ...inputs: SecretInput[]) => mergeSecretProviderClass(text, { syncedSecretName: 'azure-kv', secrets: secrets(...inputs) });
const comments = (text: string) => text.split('\n').map((l) => /#.*/.exec(l)?.[0]).filter(Boolean);

describe('mergeSecretProviderClass()', () => {
  const result = merge(FROM_CLUSTER, { keyVaultName: 'db-password', exposeAsEnv: true });
  const merged = parse(result.text!);

  it('adds the secret to objects and secretObjects', () => {
    const objects = parseObjectsParameter(merged.spec.parameters.objects);
    expect(objects.diagnostics).toEqual([]);
    expect(objects.objects.map((o) => o.objectName)).toEqual(['api-key', 'db-password']);
    expect(merged.spec.secretObjects[0].data).toEqual([
      { key: 'api-key', objectName: 'api-key' },
      { objectName: 'db-password', key: 'db-password' },
    ]);
  });

  it('keeps the name, namespace, every comment, key order and quoting', () => {
    expect(result).toMatchObject({ name: 'app-spc', namespace: 'app' });
    expect(comments(result.text!)).toEqual(comments(FROM_CLUSTER).filter((c) => c !== undefined));
    expect(result.text).toContain('keyvaultName: "kv-polinetwork" # the team vault');
    expect(result.text).toContain('  secretObjects:\n  - secretName: azure-kv\n');
    expect(result.text).toContain("tenantID: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'");
    expect(Object.keys(merged.spec)).toEqual(['provider', 'secretObjects', 'parameters']);
    expect(merged.metadata.annotations).toEqual({ team: 'payments' });
  });

  it('removes what the server manages', () => {
    expect(merged.status).toBeUndefined();
    expect(Object.keys(merged.metadata)).toEqual(['annotations', 'name', 'namespace']);
    expect(result.diagnostics.map((d) => d.code)).toContain('SERVER_FIELDS_REMOVED');
  });

  it('reports exactly the new lines as added', () => {
    const lines = result.text!.split('\n');
    const added = result.addedLines.flatMap(({ start, end }) => lines.slice(start - 1, end).map((l) => l.trim()));
    expect(added).toEqual(['- objectName: db-password', 'key: db-password', '- |', 'objectName: db-password', 'objectType: secret']);
  });

  it('is idempotent: merging the same secret again changes nothing and says so', () => {
    const again = merge(result.text!, { keyVaultName: 'db-password', exposeAsEnv: true });
    expect(again.text).toBe(result.text);
    expect(again.addedLines).toEqual([]);
    expect(again.diagnostics.map((d) => d.code)).toEqual(['ALREADY_PRESENT', 'ALREADY_PRESENT']);
  });

  it('creates objects and secretObjects (before parameters) when the class has none', () => {
    const bare = 'apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: a\n  namespace: a\nspec:\n  provider: azure\n  parameters:\n    keyvaultName: kv-polinetwork\n';
    const out = merge(bare, { keyVaultName: 'x', exposeAsEnv: true });
    const back = parse(out.text!);
    expect(Object.keys(back.spec)).toEqual(['provider', 'secretObjects', 'parameters']);
    expect(parseObjectsParameter(back.spec.parameters.objects).objects).toEqual([{ objectName: 'x', objectType: 'secret' }]);
    expect(out.text).toContain('    objects: |\n');
  });

  it('quotes parameters that YAML reads as booleans or numbers, so the result applies', () => {
    const out = merge(FROM_CLUSTER.replace('useVMManagedIdentity: "true"', 'useVMManagedIdentity: true'), { keyVaultName: 'y' });
    expect(out.text).toContain("useVMManagedIdentity: 'true'");
    expect(parse(out.text!).spec.parameters.useVMManagedIdentity).toBe('true');
    expect(out.diagnostics).toContainEqual(expect.objectContaining({ code: 'UNQUOTED_PARAMETER', severity: 'info' }));
  });

  it('takes the class out of a List, and keeps the other documents of a multi-document file', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n${FROM_CLUSTER.replace(/^/gm, '  ').replace(/^  apiVersion/, '- apiVersion')}`;
    const fromList = merge(list.replace('\n  - apiVersion', '\n- apiVersion'), { keyVaultName: 'y' });
    expect(fromList.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parse(fromList.text!).kind).toBe('SecretProviderClass');
    const multi = merge(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: app\n---\n${FROM_CLUSTER}`, { keyVaultName: 'y' });
    expect(multi.text).toMatch(/^apiVersion: v1\nkind: Namespace/);
    expect(multi.text).toContain('objectName: y');
  });

  it.each<[string, string, DiagnosticCode]>([
    ['not YAML', 'a: [b\n', 'YAML_SYNTAX'],
    ['tabs', 'spec:\n\tprovider: azure\n', 'YAML_TABS'],
    ['empty', '', 'NO_DOCUMENTS'],
    ['a pod', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n', 'NOT_A_SECRET_PROVIDER_CLASS'],
    ['two classes', `${FROM_CLUSTER}---\n${FROM_CLUSTER}`, 'MULTIPLE_SECRET_PROVIDER_CLASSES'],
    ['objects items as maps', FROM_CLUSTER.replace('- |\n          objectName: api-key   # rotated monthly', '- objectName: api-key'), 'OBJECTS_ITEM_NOT_A_STRING'],
    ['objects as a map', FROM_CLUSTER.replace('objects: |\n      array:', 'objects:\n      array:'), 'OBJECTS_NOT_A_STRING'],
    ['a file clash', FROM_CLUSTER, 'DUPLICATE_FILE_NAME'],
    ['5 MB of text', `# ${'x'.repeat(5_000_000)}`, 'YAML_TOO_LARGE'],
  ])('refuses %s with %s and no output', (name, text, code) => {
    const out = name === 'a file clash' ? merge(text, { keyVaultName: 'other', alias: 'api-key' }) : merge(text, { keyVaultName: 'x' });
    expect(out.diagnostics.map((d) => d.code)).toContain(code);
    expect(out.text).toBeUndefined();
  });

  it('refuses an alias bomb quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const inObjects = `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: x\nspec:\n  provider: azure\n  parameters:\n    objects: |\n      ${bomb.join('\n      ')}\n`;
    const inDocument = `${FROM_CLUSTER}${bomb.map((l) => `x${l}`).join('\n').replace(/\*/g, '*x').replace(/&/g, '&x')}\n`;
    expect(merge(inObjects, { keyVaultName: 'x' })).toMatchObject({ text: undefined, diagnostics: [{ code: 'OBJECTS_UNPARSEABLE' }] });
    expect(merge(inDocument, { keyVaultName: 'x' })).toMatchObject({ text: undefined, diagnostics: [{ code: 'YAML_ALIASES' }] });
  });

  it('is idempotent and keeps every comment, for random secrets', () => {
    fc.assert(
      fc.property(fc.uniqueArray(keyVaultObjectName, { minLength: 1, maxLength: 5, selector: (n) => n.toUpperCase().replace(/-/g, '_') }), fc.boolean(), (names, env) => {
        const inputs = names.filter((n) => n !== 'api-key').map((keyVaultName) => ({ keyVaultName, exposeAsEnv: env }));
        const once = merge(FROM_CLUSTER, ...inputs);
        expect(once.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const twice = merge(once.text!, ...inputs);
        expect(twice.text).toBe(once.text);
        expect(comments(once.text!)).toEqual(comments(FROM_CLUSTER));
        const objects = parseObjectsParameter(parse(once.text!).spec.parameters.objects).objects.map((o) => o.objectName);
        expect(objects).toEqual(['api-key', ...inputs.map((i) => i.keyVaultName)]);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const out = merge(text, { keyVaultName: 'x' });
        expect(out.text === undefined || typeof out.text === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
