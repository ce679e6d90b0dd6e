/**
 * Finds the mistakes people make when they wire a SecretProviderClass to a
 * workload, in pasted text that may hold several documents or a `List`.
 * Every finding has a code, the 1-based line, and a way to fix it.
 */
import { isScalar, type Document, type LineCounter } from 'yaml';
import { CSI_DRIVER } from '../model/defaults';
import { OBJECT_TYPES, type Diagnostic, type DiagnosticCode, type Severity } from '../model/types';
import { checkAlias } from '../names/rules';
import { fileNameOf, parseObjectsParameter, type KeyVaultObject } from '../secretProviderClass/objectsParameter';
import { nodeAt, parseDocumentsSafely, toPlainData } from '../yamlIO/yamlIO';

type Path = Array<string | number>;
type Json = Record<string, unknown>;

/** Parameters the Azure provider reads. */
export const KNOWN_PARAMETERS = [
  'keyvaultName',
  'objects',
  'tenantID',
  'tenantId',
  'usePodIdentity',
  'useVMManagedIdentity',
  'userAssignedIdentityID',
  'clientID',
  'cloudName',
  'cloudEnvFileName',
] as const;

const POD_SPEC_PATHS: Record<string, Path> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

interface Resource {
  data: Json;
  /** Path of the resource inside its document (inside a List: ['items', i]). */
  base: Path;
  document: number;
}

interface Spc {
  resource: Resource;
  name: string;
  namespace: string;
  objects: KeyVaultObject[];
  /** Secret name → keys synced into it. */
  synced: Map<string, Set<string>>;
}

function asMap(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}
function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function get(value: unknown, ...path: Path): unknown {
  let node = value;
  for (const step of path) {
    if (typeof step === 'number') node = Array.isArray(node) ? node[step] : undefined;
    else node = asMap(node)?.[step];
  }
  return node;
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Levenshtein distance, for "did you mean" on parameter names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function closestParameter(key: string): string | undefined {
  const lower = key.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const name of KNOWN_PARAMETERS) {
    const d = name.toLowerCase() === lower ? 0 : distance(lower, name.toLowerCase());
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 4)) ? best.name : undefined;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  /** How many SecretProviderClasses and workloads were read. */
  counts: { secretProviderClasses: number; workloads: number };
}

export function lintManifests(text: string): LintResult {
  const parsed = parseDocumentsSafely(text);
  const result: LintResult = { diagnostics: [...parsed.diagnostics], counts: { secretProviderClasses: 0, workloads: 0 } };
  if (parsed.diagnostics.length > 0) return result;
  const { documents, lineCounter } = parsed;

  const resources: Resource[] = [];
  documents.forEach((doc, index) => {
    if (doc.contents === null) return;
    const { data, diagnostic } = toPlainData(doc, index);
    if (diagnostic) {
      result.diagnostics.push(diagnostic);
      return;
    }
    const map = asMap(data);
    if (!map) return;
    if (/List$/.test(str(map.kind) ?? '')) {
      asList(map.items).forEach((item, i) => {
        const m = asMap(item);
        if (m) resources.push({ data: m, base: ['items', i], document: index });
      });
    } else resources.push({ data: map, base: [], document: index });
  });

  const report = (
    resource: Resource,
    path: Path,
    code: DiagnosticCode,
    message: string,
    severity: Severity = 'error',
  ) => {
    result.diagnostics.push({
      code,
      severity,
      message,
      path: path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '['),
      document: resource.document,
      line: lineAt(documents[resource.document]!, lineCounter, [...resource.base, ...path]),
    });
  };

  const spcs = resources.filter((r) => r.data.kind === 'SecretProviderClass').map((r) => lintSpc(r, documents, report));
  result.counts.secretProviderClasses = spcs.length;

  for (const resource of resources) {
    const podSpecPath = POD_SPEC_PATHS[str(resource.data.kind) ?? ''];
    if (!podSpecPath) continue;
    result.counts.workloads++;
    lintWorkload(resource, podSpecPath, spcs, resources, report);
  }
  result.diagnostics.sort((a, b) => (a.document ?? 0) - (b.document ?? 0) || (a.line ?? 0) - (b.line ?? 0));
  return result;
}

type Report = (resource: Resource, path: Path, code: DiagnosticCode, message: string, severity?: Severity) => void;

function lineAt(doc: Document, lineCounter: LineCounter, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(doc.contents, path.slice(0, n));
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function lintSpc(resource: Resource, documents: Document.Parsed[], report: Report): Spc {
  const { data } = resource;
  const spc: Spc = {
    resource,
    name: str(get(data, 'metadata', 'name')) ?? '',
    namespace: str(get(data, 'metadata', 'namespace')) ?? 'default',
    objects: [],
    synced: new Map(),
  };
  const parameters = asMap(get(data, 'spec', 'parameters')) ?? {};
  const doc = documents[resource.document]!;

  // Every parameter is a string: true, 'true' and "true" differ to the API server.
  for (const [key, value] of Object.entries(parameters)) {
    const node = nodeAt(doc.contents, [...resource.base, 'spec', 'parameters', key]);
    if (typeof value !== 'string' && value !== null) {
      report(resource, ['spec', 'parameters', key], 'UNQUOTED_PARAMETER',
        `Parameter ${key} is a ${Array.isArray(value) ? 'list' : typeof value}, but parameters are strings: write ${key}: '${typeof value === 'object' ? '…' : String(value)}'`);
    } else if (isScalar(node) && node.type === 'PLAIN' && key !== 'objects' && /^(true|false|yes|no|on|off|null|~|[-+]?\d[\d._]*(e[-+]?\d+)?)$/i.test(String(value))) {
      report(resource, ['spec', 'parameters', key], 'UNQUOTED_PARAMETER', `Quote ${key}: '${String(value)}' so it stays a string`, 'warning');
    }
    if (!(KNOWN_PARAMETERS as readonly string[]).includes(key) && !key.startsWith('csi.storage.k8s.io/')) {
      const closest = closestParameter(key);
      report(resource, ['spec', 'parameters', key], 'UNKNOWN_PARAMETER',
        closest ? `Unknown parameter ${key}: did you mean ${closest}?` : `Unknown parameter ${key}: the Azure provider ignores it`, 'warning');
    }
  }

  // Identity modes are exclusive.
  const on = (key: string) => String(parameters[key] ?? '').toLowerCase() === 'true';
  const modes = [
    on('usePodIdentity') && 'usePodIdentity (deprecated)',
    on('useVMManagedIdentity') && 'useVMManagedIdentity',
    typeof parameters.clientID === 'string' && parameters.clientID !== '' && 'workload identity (clientID)',
  ].filter(Boolean);
  if (modes.length > 1) {
    report(resource, ['spec', 'parameters'], 'MULTIPLE_IDENTITY_MODES',
      `Choose one identity: ${modes.join(' and ')} are both set. For the cluster's managed identity keep useVMManagedIdentity: 'true' with userAssignedIdentityID; for workload identity keep clientID and drop the others`);
  }

  // objects, parsed the provider's way.
  const objects = parseObjectsParameter(parameters.objects);
  for (const d of objects.diagnostics) {
    const path: Path = ['spec', 'parameters', 'objects'];
    report(resource, path, d.code, d.message);
  }
  spc.objects = objects.objects;
  const files = new Map<string, string>();
  objects.objects.forEach((object, i) => {
    const at: Path = ['spec', 'parameters', 'objects'];
    const label = object.objectName || `item ${i + 1}`;
    if (object.objectType !== undefined && !(OBJECT_TYPES as readonly string[]).includes(object.objectType)) {
      const lower = object.objectType.toLowerCase();
      report(resource, at, 'UNKNOWN_OBJECT_TYPE',
        `${label}: objectType '${object.objectType}' is not secret, key or cert${(OBJECT_TYPES as readonly string[]).includes(lower) ? ` (it is case-sensitive: write '${lower}')` : ''}`);
    }
    const type = object.objectType ?? 'secret';
    if (object.objectFormat && !['pem', 'pfx'].includes(object.objectFormat)) {
      report(resource, at, 'INVALID_OBJECT_FIELD', `${label}: objectFormat is pem or pfx, not '${object.objectFormat}'`);
    } else if (object.objectFormat === 'pfx' && type !== 'secret') {
      report(resource, at, 'INVALID_OBJECT_FIELD', `${label}: objectFormat pfx works only with objectType secret`);
    }
    if (object.objectEncoding && !['utf-8', 'base64', 'hex'].includes(object.objectEncoding)) {
      report(resource, at, 'INVALID_OBJECT_FIELD', `${label}: objectEncoding is utf-8, base64 or hex, not '${object.objectEncoding}'`);
    } else if (object.objectEncoding && type !== 'secret') {
      report(resource, at, 'INVALID_OBJECT_FIELD', `${label}: objectEncoding applies only to objectType secret`);
    }
    if (object.filePermission && !/^0?[0-7]{3}$/.test(object.filePermission)) {
      report(resource, at, 'INVALID_OBJECT_FIELD', `${label}: filePermission is an octal mode like '0644', not '${object.filePermission}'`);
    }
    const aliasProblem = object.objectAlias ? checkAlias(object.objectAlias) : undefined;
    if (aliasProblem) report(resource, at, 'INVALID_OBJECT_FIELD', `${label}: ${aliasProblem}`);
    const file = fileNameOf(object);
    const other = files.get(file);
    if (other !== undefined) {
      report(resource, at, 'DUPLICATE_FILE_NAME',
        `${other} and ${label} both write the file '${file}', so one overwrites the other: give one an objectAlias`);
    } else files.set(file, label);
  });

  // secretObjects: each file must be mounted, TLS secrets take only tls.key and tls.crt.
  asList(get(data, 'spec', 'secretObjects')).forEach((entry, i) => {
    const secretName = str(get(entry, 'secretName')) ?? '';
    const type = str(get(entry, 'type')) ?? 'Opaque';
    const keys = spc.synced.get(secretName) ?? new Set<string>();
    spc.synced.set(secretName, keys);
    asList(get(entry, 'data')).forEach((item, j) => {
      const objectName = str(get(item, 'objectName')) ?? '';
      const key = str(get(item, 'key')) ?? '';
      keys.add(key);
      const at: Path = ['spec', 'secretObjects', i, 'data', j];
      if (objects.diagnostics.length === 0 && !files.has(objectName)) {
        report(resource, [...at, 'objectName'], 'SECRET_OBJECT_FILE_NOT_MOUNTED',
          `secretObjects names the file '${objectName}', but no object in 'objects' writes it: use the objectName, or the objectAlias when it has one`);
      }
      if (type === 'kubernetes.io/tls' && key !== 'tls.key' && key !== 'tls.crt') {
        report(resource, [...at, 'key'], 'TLS_SECRET_KEYS', `A kubernetes.io/tls Secret takes only the keys tls.key and tls.crt, not '${key}'`);
      }
    });
  });
  return spc;
}

function lintWorkload(resource: Resource, podSpecPath: Path, spcs: Spc[], resources: Resource[], report: Report): void {
  const namespace = str(get(resource.data, 'metadata', 'namespace')) ?? 'default';
  const podSpec = get(resource.data, ...podSpecPath);
  const volumes = asList(get(podSpec, 'volumes'));
  const csiVolumes = new Map<string, { index: number; spcName: string }>();
  volumes.forEach((volume, index) => {
    if (str(get(volume, 'csi', 'driver')) !== CSI_DRIVER) return;
    const name = str(get(volume, 'name')) ?? '';
    const spcName = str(get(volume, 'csi', 'volumeAttributes', 'secretProviderClass')) ?? '';
    csiVolumes.set(name, { index, spcName });
    const at: Path = [...podSpecPath, 'volumes', index];
    if (get(volume, 'csi', 'readOnly') !== true) {
      report(resource, [...at, 'csi'], 'CSI_MOUNT_NOT_READ_ONLY', 'The secrets-store CSI volume must set csi.readOnly: true');
    }
    const spc = spcs.find((s) => s.name === spcName);
    if (!spc) {
      if (spcs.length > 0 || spcName === '') {
        report(resource, [...at, 'csi', 'volumeAttributes', 'secretProviderClass'], 'SPC_NOT_FOUND',
          spcName
            ? `No SecretProviderClass named ${spcName} in the text${spcs.length ? ` (found ${spcs.map((s) => s.name).join(', ')})` : ''}: fix the name or paste the class too`
            : 'The CSI volume names no SecretProviderClass: set volumeAttributes.secretProviderClass', 'warning');
      }
    } else if (spc.namespace !== namespace) {
      report(resource, [...at, 'csi', 'volumeAttributes', 'secretProviderClass'], 'NAMESPACE_MISMATCH',
        `${str(resource.data.kind)} runs in namespace ${namespace}, but SecretProviderClass ${spc.name} is in ${spc.namespace}: a pod can only use a class of its own namespace`);
    }
  });

  const mountedSpcs = new Set<string>();
  const containers = [...asList(get(podSpec, 'initContainers')).map((c, i) => ['initContainers', i, c] as const), ...asList(get(podSpec, 'containers')).map((c, i) => ['containers', i, c] as const)];
  for (const [field, index, container] of containers) {
    asList(get(container, 'volumeMounts')).forEach((mount, j) => {
      const volume = csiVolumes.get(str(get(mount, 'name')) ?? '');
      if (!volume) return;
      mountedSpcs.add(volume.spcName);
      if (get(mount, 'readOnly') !== true) {
        report(resource, [...podSpecPath, field, index, 'volumeMounts', j], 'CSI_MOUNT_NOT_READ_ONLY',
          'Mount the secrets-store volume with readOnly: true');
      }
    });
  }

  const secretsInText = new Set(resources.filter((r) => r.data.kind === 'Secret').map((r) => str(get(r.data, 'metadata', 'name'))));
  for (const [field, index, container] of containers) {
    asList(get(container, 'env')).forEach((env, j) => {
      const ref = get(env, 'valueFrom', 'secretKeyRef');
      if (!asMap(ref)) return;
      const name = str(get(ref, 'name')) ?? '';
      const key = str(get(ref, 'key')) ?? '';
      const at: Path = [...podSpecPath, field, index, 'env', j, 'valueFrom', 'secretKeyRef'];
      const providers = spcs.filter((s) => s.namespace === namespace && s.synced.has(name));
      if (providers.length === 0) {
        if (!secretsInText.has(name) && spcs.length > 0) {
          report(resource, [...at, 'name'], 'SECRET_NOT_PROVIDED',
            `No secretObjects entry creates the Secret ${name}: add it to the SecretProviderClass, or fix the name`, 'warning');
        }
        return;
      }
      if (!providers.some((s) => s.synced.get(name)!.has(key))) {
        report(resource, [...at, 'key'], 'SECRET_KEY_NOT_PROVIDED',
          `The Secret ${name} gets no key '${key}' from secretObjects (it has ${[...providers[0]!.synced.get(name)!].join(', ') || 'none'})`);
      }
      if (!providers.some((s) => mountedSpcs.has(s.name))) {
        report(resource, at, 'ENV_WITHOUT_CSI_VOLUME',
          `The Secret ${name} is synced by SecretProviderClass ${providers[0]!.name} only while a pod mounts it: add its CSI volume and a volumeMount to this ${str(resource.data.kind)}`);
      }
    });
  }
}
