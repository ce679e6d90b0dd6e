/**
 * Adds secrets to an existing SecretProviderClass that a reader pastes, with
 * the `yaml` Document API so that comments, key order and quoting of the rest
 * stay as they were. Server-managed fields are removed so the result can be
 * applied again. Adding what is already there changes nothing (idempotent).
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import type { Diagnostic, LineRange, ResolvedSecret } from '../model/types';
import { fileNameOf, parseObjectsParameter, stringifyObjectItem } from '../secretProviderClass/objectsParameter';
import { toKeyVaultObject } from '../secretProviderClass/buildSecretProviderClass';
import { addedLineRanges } from '../yamlIO/diffLines';
import { detectIndentSeq, parseDocumentsSafely, PRINT_OPTIONS } from '../yamlIO/yamlIO';
import { findSecretProviderClasses, notFound } from './findSecretProviderClass';

export interface MergeRequest {
  secrets: ResolvedSecret[];
  /** Kubernetes Secret that exposed secrets go into when the class has none yet. */
  syncedSecretName: string;
}

export interface MergeResult {
  /** The merged text, or undefined when the input could not be merged. */
  text: string | undefined;
  /** The pasted text with only the server fields removed: what the diff view compares against. */
  original: string | undefined;
  addedLines: LineRange[];
  name: string | undefined;
  namespace: string | undefined;
  diagnostics: Diagnostic[];
}

const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink'];
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Removes what the API server writes; returns the paths it removed. */
export function removeServerFields(spc: YAMLMap): string[] {
  const removed: string[] = [];
  if (spc.delete('status')) removed.push('status');
  const metadata = spc.get('metadata', true);
  if (isMap(metadata)) {
    for (const key of SERVER_METADATA) if (metadata.delete(key)) removed.push(`metadata.${key}`);
    const annotations = metadata.get('annotations', true);
    if (isMap(annotations)) {
      if (annotations.delete(LAST_APPLIED)) removed.push(`metadata.annotations.${LAST_APPLIED}`);
      if (annotations.items.length === 0) metadata.delete('annotations');
    }
  }
  return removed;
}

/** Parameters are a map of strings: turns `true`, `1` or `null` into quoted strings; returns the keys it changed. */
export function quoteParameters(parameters: YAMLMap): string[] {
  const changed: string[] = [];
  for (const pair of parameters.items) {
    if (!isScalar(pair.value) || typeof pair.value.value === 'string') continue;
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const scalar = pair.value;
    scalar.value = scalar.value === null ? '' : String(scalar.source ?? scalar.value);
    scalar.type = Scalar.QUOTE_SINGLE;
    changed.push(key);
  }
  return changed;
}

function stringAt(map: unknown, key: string): string | undefined {
  if (!isMap(map)) return undefined;
  const value = map.get(key);
  return typeof value === 'string' ? value : undefined;
}

function ensureMap(parent: YAMLMap, key: string, before?: string): YAMLMap {
  const existing = parent.get(key, true);
  if (isMap(existing)) return existing;
  const created = new YAMLMap();
  insertPair(parent, key, created, before);
  return created;
}

/** Sets `key` in `parent`, placed before the key `before` when that exists. */
function insertPair(parent: YAMLMap, key: string, value: Node, before?: string): void {
  parent.set(key, value);
  if (!before) return;
  const nameOf = (k: unknown) => (isScalar(k) ? k.value : k);
  const index = parent.items.findIndex((p) => nameOf(p.key) === before);
  const added = parent.items.findIndex((p) => nameOf(p.key) === key);
  if (index >= 0 && added > index) parent.items.splice(index, 0, ...parent.items.splice(added, 1));
}

export function mergeSecretProviderClass(text: string, request: MergeRequest): MergeResult {
  const result: MergeResult = { text: undefined, original: undefined, addedLines: [], name: undefined, namespace: undefined, diagnostics: [] };
  const report = (code: Diagnostic['code'], path: string, severity: Diagnostic['severity'], message: string) => {
    result.diagnostics.push({ code, path, severity, message });
  };
  const parsed = parseDocumentsSafely(text);
  if (parsed.diagnostics.length > 0) {
    result.diagnostics.push(...parsed.diagnostics);
    return result;
  }
  const documents = parsed.documents.filter((d) => d.contents !== null);
  const found = findSecretProviderClasses(documents);
  if (found.length === 0) {
    result.diagnostics.push(notFound(documents));
    return result;
  }
  if (found.length > 1) {
    report('MULTIPLE_SECRET_PROVIDER_CLASSES', 'kind', 'error', `The text holds ${found.length} SecretProviderClasses (${found.map((f) => stringAt(f.node.get('metadata', true), 'name') ?? '?').join(', ')}); paste the one you want to add to`);
    return result;
  }
  const { node: spc, inList } = found[0]!;
  // A class inside a List is taken out as a document of its own, keeping its comments.
  const docs: Document.Parsed[] = inList ? [parseDocument(String(spc), { uniqueKeys: true }) as Document.Parsed] : documents;
  const target = inList ? (docs[0]!.contents as YAMLMap) : spc;
  const metadata = target.get('metadata', true);
  result.name = stringAt(metadata, 'name');
  result.namespace = stringAt(metadata, 'namespace');

  const removed = removeServerFields(target);
  if (removed.length > 0) {
    report('SERVER_FIELDS_REMOVED', 'metadata', 'info', `Removed fields the API server manages, so the file can be applied again: ${removed.join(', ')}`);
  }
  const printOptions = { ...PRINT_OPTIONS, indentSeq: detectIndentSeq(text) };
  const print = () => docs.map((d) => d.toString(printOptions)).join('');
  result.original = print();

  const spec = ensureMap(target, 'spec');
  const parameters = ensureMap(spec, 'parameters');
  const quoted = quoteParameters(parameters);
  if (quoted.length > 0) {
    report('UNQUOTED_PARAMETER', 'spec.parameters', 'info', `Quoted ${quoted.join(', ')}: parameters are strings, and the API server rejects booleans and numbers there`);
  }
  const objectsNode = parameters.get('objects', true);
  if (objectsNode !== undefined && !(isScalar(objectsNode) && (typeof objectsNode.value === 'string' || objectsNode.value === null))) {
    report('OBJECTS_NOT_A_STRING', 'spec.parameters.objects', 'error', "'objects' must be a string block (objects: |), not a YAML map or list; the provider cannot read it");
    return result;
  }
  const objectsText = isScalar(objectsNode) && typeof objectsNode.value === 'string' ? objectsNode.value : '';
  const existing = parseObjectsParameter(objectsText);
  if (existing.diagnostics.some((d) => d.severity === 'error')) {
    result.diagnostics.push(...existing.diagnostics);
    return result;
  }

  // objects: add each secret whose file is not there yet.
  const files = new Map(existing.objects.map((o) => [fileNameOf(o), o]));
  const newItems: string[] = [];
  for (const secret of request.secrets) {
    const present = files.get(secret.fileName);
    if (present && present.objectName === secret.keyVaultName) {
      report('ALREADY_PRESENT', 'spec.parameters.objects', 'info', `${secret.keyVaultName} is already in 'objects'; left as it is`);
      continue;
    }
    if (present) {
      report('DUPLICATE_FILE_NAME', 'spec.parameters.objects', 'error', `The file '${secret.fileName}' already comes from ${present.objectName}; give ${secret.keyVaultName} an alias`);
      continue;
    }
    const object = toKeyVaultObject(secret);
    files.set(secret.fileName, object);
    newItems.push(stringifyObjectItem(object));
  }
  if (result.diagnostics.some((d) => d.severity === 'error')) return result;
  if (newItems.length > 0) {
    const inner: Document = objectsText.trim() && existing.document ? existing.document : parseDocument('array: []\n');
    if (!isMap(inner.contents)) inner.contents = new YAMLMap();
    const innerMap = inner.contents as YAMLMap;
    const array: unknown = innerMap.get('array', true);
    const seq = isSeq(array) ? array : new YAMLSeq();
    if (!isSeq(array)) innerMap.set('array', seq);
    seq.flow = false;
    for (const item of newItems) {
      const scalar = new Scalar(item);
      scalar.type = Scalar.BLOCK_LITERAL;
      seq.items.push(scalar);
    }
    const newObjects = inner.toString(PRINT_OPTIONS);
    if (isScalar(objectsNode)) {
      objectsNode.value = newObjects;
      if (objectsNode.type !== Scalar.BLOCK_LITERAL && objectsNode.type !== Scalar.BLOCK_FOLDED) objectsNode.type = Scalar.BLOCK_LITERAL;
      if (objectsNode.type === Scalar.BLOCK_FOLDED) objectsNode.type = Scalar.BLOCK_LITERAL;
    } else {
      const scalar = new Scalar(newObjects);
      scalar.type = Scalar.BLOCK_LITERAL;
      parameters.set('objects', scalar);
    }
  }

  // secretObjects: add a data entry for each exposed secret.
  const exposed = request.secrets.filter((s) => s.exposeAsEnv);
  if (exposed.length > 0) {
    const secretObjects: unknown = spec.get('secretObjects', true);
    const list = isSeq(secretObjects) ? secretObjects : new YAMLSeq();
    if (!isSeq(secretObjects)) insertPair(spec, 'secretObjects', list, 'parameters');
    const synced = list.items.filter(isMap);
    // Use the Secret the class syncs already (the one of that name, or the first Opaque one).
    let entry =
      synced.find((m) => m.get('secretName') === request.syncedSecretName) ??
      synced.find((m) => (m.get('type') ?? 'Opaque') === 'Opaque');
    if (!entry) {
      entry = new YAMLMap();
      entry.set('secretName', request.syncedSecretName);
      entry.set('type', 'Opaque');
      entry.set('data', new YAMLSeq());
      list.items.push(entry);
    }
    const data: unknown = entry.get('data', true);
    const dataSeq = isSeq(data) ? data : new YAMLSeq();
    if (!isSeq(data)) entry.set('data', dataSeq);
    const secretName = String(entry.get('secretName'));
    for (const secret of exposed) {
      const same = dataSeq.items.filter(isMap).find((m) => m.get('key') === secret.secretKey);
      if (same && same.get('objectName') === secret.fileName) {
        report('ALREADY_PRESENT', 'spec.secretObjects', 'info', `${secret.secretKey} is already synced into the Secret ${secretName}; left as it is`);
        continue;
      }
      if (same) {
        report('DUPLICATE_SECRET_KEY', 'spec.secretObjects', 'error', `The key '${secret.secretKey}' of Secret ${secretName} already comes from ${String(same.get('objectName'))}; choose another key`);
        continue;
      }
      const item = new YAMLMap();
      item.set('objectName', secret.fileName);
      item.set('key', secret.secretKey);
      dataSeq.items.push(item);
    }
    if (result.diagnostics.some((d) => d.severity === 'error')) return result;
  }

  result.text = print();
  result.addedLines = addedLineRanges(result.original, result.text);
  return result;
}
