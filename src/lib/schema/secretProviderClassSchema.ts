/**
 * JSON Schema (draft 2020-12 subset, as Ajv reads it) of a SecretProviderClass,
 * written from the facts of the secrets-store.csi.x-k8s.io/v1 CRD: `parameters`
 * is a map of strings, `secretObjects` a list of {secretName, type, labels,
 * annotations, data: [{objectName, key}]}. Stricter than the CRD where the
 * driver would fail anyway: names are required and unknown spec fields rejected.
 * `secretProviderClassSchema.test.ts` compares its shape with the real CRD.
 */
const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;

export const secretProviderClassSchema = {
  $id: 'secretproviderclass.secrets-store.csi.x-k8s.io/v1',
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { type: 'string', const: 'secrets-store.csi.x-k8s.io/v1' },
    kind: { type: 'string', const: 'SecretProviderClass' },
    metadata: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', maxLength: 253, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$' },
        namespace: { type: 'string', maxLength: 63, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' },
      },
    },
    spec: {
      type: 'object',
      required: ['provider', 'parameters'],
      additionalProperties: false,
      properties: {
        provider: { type: 'string', minLength: 1 },
        parameters: stringMap,
        secretObjects: {
          type: 'array',
          items: {
            type: 'object',
            required: ['secretName', 'type', 'data'],
            additionalProperties: false,
            properties: {
              secretName: { type: 'string', minLength: 1 },
              type: { type: 'string', minLength: 1 },
              labels: stringMap,
              annotations: stringMap,
              data: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['objectName', 'key'],
                  additionalProperties: false,
                  properties: {
                    objectName: { type: 'string', minLength: 1 },
                    key: { type: 'string', minLength: 1, pattern: '^[-._a-zA-Z0-9]+$' },
                  },
                },
              },
            },
          },
        },
      },
    },
    status: { type: 'object' },
  },
} as const;
