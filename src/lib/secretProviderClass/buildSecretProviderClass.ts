/** Writes the SecretProviderClass for a resolved input, through the `yaml` Document API. */
import { isMap, isScalar, Scalar, type Document } from 'yaml';
import { SPC_API_VERSION } from '../model/defaults';
import type { ResolvedInput, ResolvedSecret } from '../model/types';
import { lineRangesOfPairs, toDocument, PRINT_OPTIONS } from '../yamlIO/yamlIO';
import { buildObjectsParameter, type KeyVaultObject } from './objectsParameter';

export interface SecretProviderClassManifest {
  apiVersion: string;
  kind: 'SecretProviderClass';
  metadata: { name: string; namespace: string };
  spec: {
    provider: 'azure';
    secretObjects?: Array<{
      secretName: string;
      type: string;
      data: Array<{ objectName: string; key: string }>;
    }>;
    parameters: Record<string, string>;
  };
}

export function toKeyVaultObject(secret: ResolvedSecret): KeyVaultObject {
  return {
    objectName: secret.keyVaultName,
    objectType: secret.objectType,
    objectAlias: secret.alias,
    objectVersion: secret.version,
  };
}

/** The `parameters` map: identity first, then tenant, vault and objects, as the guide orders them. */
export function buildParameters(input: ResolvedInput, objects: string): Record<string, string> {
  const identity: Record<string, string> =
    input.identityMode === 'workloadIdentity'
      ? { usePodIdentity: 'false', clientID: input.identityClientId }
      : { usePodIdentity: 'false', useVMManagedIdentity: 'true', userAssignedIdentityID: input.identityClientId };
  return { ...identity, tenantID: input.tenantId, keyvaultName: input.keyVaultName, objects };
}

/** `secretObjects` entries for the secrets exposed as environment variables, if any. */
export function buildSecretObjects(input: ResolvedInput): SecretProviderClassManifest['spec']['secretObjects'] {
  const exposed = input.secrets.filter((s) => s.exposeAsEnv);
  if (exposed.length === 0) return undefined;
  return [
    {
      secretName: input.syncedSecretName,
      type: 'Opaque',
      data: exposed.map((s) => ({ objectName: s.fileName, key: s.secretKey })),
    },
  ];
}

export function buildSecretProviderClassManifest(input: ResolvedInput): SecretProviderClassManifest {
  const secretObjects = buildSecretObjects(input);
  return {
    apiVersion: SPC_API_VERSION,
    kind: 'SecretProviderClass',
    metadata: { name: input.spcName, namespace: input.namespace },
    spec: {
      provider: 'azure',
      ...(secretObjects ? { secretObjects } : {}),
      parameters: buildParameters(input, buildObjectsParameter(input.secrets.map(toKeyVaultObject))),
    },
  };
}

/** Every `parameters` value is a string: print each quoted, and `objects` as a literal block. */
export function styleParameters(doc: Document): void {
  const parameters = doc.getIn(['spec', 'parameters'], true);
  if (!isMap(parameters)) return;
  for (const pair of parameters.items) {
    if (!isScalar(pair.value)) continue;
    const multiline = typeof pair.value.value === 'string' && pair.value.value.includes('\n');
    pair.value.type = multiline ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_SINGLE;
  }
}

export interface SpcOutput {
  manifest: SecretProviderClassManifest;
  yaml: string;
  /** The lines that carry the reader's secrets: `objects` and `secretObjects`. */
  addedLines: { start: number; end: number }[];
}

export function buildSecretProviderClass(input: ResolvedInput): SpcOutput {
  const manifest = buildSecretProviderClassManifest(input);
  const doc = toDocument(manifest);
  styleParameters(doc);
  const yaml = doc.toString(PRINT_OPTIONS);
  const addedLines = lineRangesOfPairs(yaml, [
    ['spec', 'secretObjects'],
    ['spec', 'parameters', 'objects'],
  ]);
  return { manifest, yaml, addedLines };
}
