/**
 * The `objects` parameter: a YAML string holding `array:`, a list of YAML
 * strings, each one KeyVaultObject. The Azure provider unmarshals the outer
 * string into `{array: []string}` and then each item into an object, so every
 * item must stay a string: we print each object to text and the list of texts
 * to text, both with the `yaml` library.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, stringify } from 'yaml';
import type { Diagnostic } from '../model/types';
import { MAX_ALIAS_COUNT, PRINT_OPTIONS } from '../yamlIO/yamlIO';

/** The fields the provider reads from one item, in the order we print them. */
export interface KeyVaultObject {
  objectName: string;
  objectType?: string;
  objectAlias?: string;
  objectVersion?: string;
  objectVersionHistory?: string;
  objectFormat?: string;
  objectEncoding?: string;
  filePermission?: string;
}

export const KEY_VAULT_OBJECT_FIELDS: ReadonlyArray<keyof KeyVaultObject> = [
  'objectName',
  'objectType',
  'objectAlias',
  'objectVersion',
  'objectVersionHistory',
  'objectFormat',
  'objectEncoding',
  'filePermission',
];

function dropEmpty(object: KeyVaultObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of KEY_VAULT_OBJECT_FIELDS) {
    const value = object[field];
    if (value !== undefined && value !== '') out[field] = value;
  }
  return out;
}

/** One item: `objectName: x\nobjectType: secret\n`, plain scalars where YAML allows them. */
export function stringifyObjectItem(object: KeyVaultObject): string {
  return stringify(dropEmpty(object), PRINT_OPTIONS);
}

/** The whole parameter value: `array:\n  - |\n    objectName: …`. */
export function stringifyObjectsParameter(items: readonly string[]): string {
  const doc = new Document({ array: [...items] });
  const array = doc.get('array', true);
  if (isSeq(array)) {
    for (const item of array.items) if (isScalar(item)) item.type = Scalar.BLOCK_LITERAL;
  }
  return doc.toString(PRINT_OPTIONS);
}

export function buildObjectsParameter(objects: readonly KeyVaultObject[]): string {
  return stringifyObjectsParameter(objects.map(stringifyObjectItem));
}

/**
 * Items as the generator and kubectl write them: lines of `field: value` where
 * the value is a plain word that YAML reads as that same string (not a number,
 * boolean or null). Those are read without a YAML parser; anything else is
 * parsed in full. Both give the same result for such items.
 */
const SIMPLE_ITEM = /^(?:[A-Za-z]+: [A-Za-z0-9._\/-]+\n)+$/;
const NOT_A_STRING = /^(?:[-+]?(?:\.?\d[\d._]*(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)|true|false|null|yes|no|on|off|y|n)$/i;

function readSimpleItem(item: string): Record<string, string> | undefined {
  if (!SIMPLE_ITEM.test(item)) return undefined;
  const record: Record<string, string> = {};
  for (const line of item.split('\n')) {
    if (!line) continue;
    const colon = line.indexOf(': ');
    const key = line.slice(0, colon);
    const value = line.slice(colon + 2);
    if (NOT_A_STRING.test(value) || key in record) return undefined;
    record[key] = value;
  }
  return record;
}

export interface ParsedObjects {
  /** The outer document, for callers that edit it. */
  document?: Document;
  /** The items as the provider reads them; undefined where an item failed. */
  objects: KeyVaultObject[];
  /** The raw item strings, in order. */
  items: string[];
  diagnostics: Diagnostic[];
}

const PATH = 'spec.parameters.objects';

/**
 * Parses `objects` the way the provider does: outer string → `{array: []string}`
 * → each string → a KeyVaultObject. Anything the provider would reject is a diagnostic.
 */
export function parseObjectsParameter(value: unknown): ParsedObjects {
  const result: ParsedObjects = { objects: [], items: [], diagnostics: [] };
  const fail = (code: Diagnostic['code'], message: string) => {
    result.diagnostics.push({ code, path: PATH, severity: 'error', message });
    return result;
  };
  if (value === undefined || value === null || value === '') return result;
  if (typeof value !== 'string') {
    return fail('OBJECTS_NOT_A_STRING', "'objects' must be a string (write it as a block: objects: |), not a YAML map or list");
  }
  const outer = parseDocument(value, { uniqueKeys: true });
  result.document = outer;
  if (outer.errors.length > 0) {
    return fail('OBJECTS_UNPARSEABLE', `The 'objects' text is not valid YAML: ${outer.errors[0]!.message.split('\n')[0]}`);
  }
  try {
    outer.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return fail('OBJECTS_UNPARSEABLE', "The 'objects' text expands too many YAML aliases; list each object as '- |' with its fields");
  }
  const root = outer.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return result;
  if (!isMap(root)) return fail('OBJECTS_UNPARSEABLE', "The 'objects' text must be a map with one key, 'array'");
  const array = root.get('array', true);
  if (array === undefined || (isScalar(array) && array.value === null)) return result;
  if (!isSeq(array)) return fail('OBJECTS_UNPARSEABLE', "'array' inside 'objects' must be a list");
  array.items.forEach((node, index) => {
    if (!isScalar(node) || typeof node.value !== 'string') {
      result.diagnostics.push({
        code: 'OBJECTS_ITEM_NOT_A_STRING',
        path: `${PATH}.array[${index}]`,
        severity: 'error',
        message: `Item ${index + 1} of 'objects' is a YAML ${isMap(node) ? 'map' : 'value'}, but the provider reads each item as a string: write it as '- |' followed by its fields`,
      });
      return;
    }
    result.items.push(node.value);
    let data: unknown = readSimpleItem(node.value);
    if (data === undefined) {
      const inner = parseDocument(node.value, { uniqueKeys: true });
      try {
        data = inner.errors.length === 0 ? inner.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) : undefined;
      } catch {
        data = undefined;
      }
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      result.diagnostics.push({
        code: 'OBJECTS_UNPARSEABLE',
        path: `${PATH}.array[${index}]`,
        severity: 'error',
        message: `Item ${index + 1} of 'objects' is not a map of fields like 'objectName: db-password'`,
      });
      return;
    }
    const record = data as Record<string, unknown>;
    const object: KeyVaultObject = { objectName: '' };
    for (const [field, fieldValue] of Object.entries(record)) {
      (object as unknown as Record<string, string>)[field] = fieldValue === null ? '' : String(fieldValue);
    }
    if (!object.objectName) {
      result.diagnostics.push({
        code: 'OBJECT_MISSING_NAME',
        path: `${PATH}.array[${index}].objectName`,
        severity: 'error',
        message: `Item ${index + 1} of 'objects' has no objectName`,
      });
    }
    result.objects.push(object);
  });
  return result;
}

/** The file an object is written to under the mount path. */
export function fileNameOf(object: KeyVaultObject): string {
  return object.objectAlias || object.objectName;
}
