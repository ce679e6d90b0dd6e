import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { secretProviderClassSchema } from './secretProviderClassSchema';

const CRD = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'secretproviderclass-crd.yaml');
const validate = new Ajv({ allErrors: true, strict: false }).compile(secretProviderClassSchema);

type SchemaNode = { type?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; additionalProperties?: SchemaNode | boolean };

/** Every path of a schema with its type: `spec.secretObjects[].data[].key: string`. */
function shape(node: SchemaNode, path = ''): string[] {
  const here = node.type ? [`${path || '.'}: ${node.type}`] : [];
  const props = Object.entries(node.properties ?? {}).flatMap(([k, v]) => shape(v, `${path}.${k}`));
  const items = node.items ? shape(node.items, `${path}[]`) : [];
  const extra = typeof node.additionalProperties === 'object' ? shape(node.additionalProperties, `${path}{}`) : [];
  return [...here, ...props, ...items, ...extra].sort();
}

const valid = {
  apiVersion: 'secrets-store.csi.x-k8s.io/v1',
  kind: 'SecretProviderClass',
  metadata: { name: 'a-spc', namespace: 'a' },
  spec: { provider: 'azure', parameters: { keyvaultName: 'kv', objects: 'array: []' }, secretObjects: [{ secretName: 's', type: 'Opaque', data: [{ objectName: 'x', key: 'x' }] }] },
};

describe('secretProviderClassSchema', () => {
  it('accepts a valid class', () => {
    expect(validate(valid)).toBe(true);
  });

  it.each([
    ['a boolean parameter', { ...valid, spec: { ...valid.spec, parameters: { useVMManagedIdentity: true } } }],
    ['a misspelt spec field', { ...valid, spec: { ...valid.spec, secretObject: [] } }],
    ['no provider', { ...valid, spec: { parameters: {} } }],
    ['a bad secret key', { ...valid, spec: { ...valid.spec, secretObjects: [{ secretName: 's', type: 'Opaque', data: [{ objectName: 'x', key: 'a b' }] }] } }],
    ['the wrong apiVersion', { ...valid, apiVersion: 'v1' }],
  ])('rejects %s', (_name, manifest) => {
    expect(validate(manifest)).toBe(false);
  });
});

describe.runIf(existsSync(CRD))('against the CRD in ../shared/reference', () => {
  it('has the same fields with the same types as the v1 openAPIV3Schema', () => {
    const docs = parseAllDocuments(readFileSync(CRD, 'utf8'));
    const crd = (Array.isArray(docs) ? docs : [docs]).map((d) => d.toJS()).find((d) => d?.kind === 'CustomResourceDefinition');
    const v1 = crd.spec.versions.find((v: { name: string }) => v.name === 'v1');
    expect(crd.spec.names.kind).toBe('SecretProviderClass');
    expect(`${crd.spec.group}/${v1.name}`).toBe(secretProviderClassSchema.properties.apiVersion.const);
    const theirs = shape(v1.schema.openAPIV3Schema).filter((p) => !p.startsWith('.metadata.'));
    const ours = shape(secretProviderClassSchema as unknown as SchemaNode).filter((p) => !p.startsWith('.metadata.'));
    expect(ours).toEqual(theirs);
  });
});
