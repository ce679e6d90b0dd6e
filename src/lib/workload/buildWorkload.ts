/** Writes the Pod or Deployment that mounts the CSI volume and reads the synced Secret into env vars. */
import { isMap, isScalar, isSeq, Scalar, type Document } from 'yaml';
import { CSI_DRIVER, VOLUME_NAME } from '../model/defaults';
import type { ResolvedInput } from '../model/types';
import { lineRangesOfPairs, toDocument, nodeAt, PRINT_OPTIONS } from '../yamlIO/yamlIO';

type Json = Record<string, unknown>;

export interface WorkloadOutput {
  manifest: Json;
  yaml: string;
  fileName: 'pod.yaml' | 'deployment.yaml';
  addedLines: { start: number; end: number }[];
}

function buildContainer(input: ResolvedInput): Json {
  const w = input.workload;
  const exposed = input.secrets.filter((s) => s.exposeAsEnv);
  return {
    name: w.containerName,
    image: w.image,
    ...(w.command ? { command: w.command } : {}),
    // The CSI volume is always mounted: the driver syncs the Secret only while a pod mounts it.
    volumeMounts: [{ name: VOLUME_NAME, mountPath: w.mountPath, readOnly: true }],
    ...(exposed.length > 0
      ? {
          env: exposed.map((s) => ({
            name: s.envVarName,
            valueFrom: { secretKeyRef: { name: input.syncedSecretName, key: s.secretKey } },
          })),
        }
      : {}),
    ...(w.resources ? { resources: w.resources } : {}),
  };
}

export function buildPodSpec(input: ResolvedInput): Json {
  return {
    ...(input.workload.serviceAccountName ? { serviceAccountName: input.workload.serviceAccountName } : {}),
    containers: [buildContainer(input)],
    volumes: [
      {
        name: VOLUME_NAME,
        csi: { driver: CSI_DRIVER, readOnly: true, volumeAttributes: { secretProviderClass: input.spcName } },
      },
    ],
  };
}

export function buildWorkloadManifest(input: ResolvedInput): Json {
  const w = input.workload;
  const metadata = { name: w.name, namespace: input.namespace };
  if (w.kind === 'Deployment') {
    const labels = { app: w.name };
    return {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata,
      spec: {
        replicas: w.replicas,
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: buildPodSpec(input) },
      },
    };
  }
  // The guide writes `kind` before `apiVersion` for pods; keep its order.
  return { kind: 'Pod', apiVersion: 'v1', metadata, spec: buildPodSpec(input) };
}

/** Quote what the guide quotes (paths, the command, the class name) and leave a blank line before `volumes`. */
function style(doc: Document, podSpecPath: string[]): void {
  const quote = (node: unknown) => {
    if (isScalar(node) && typeof node.value === 'string') node.type = Scalar.QUOTE_SINGLE;
  };
  const container = nodeAt(doc.contents, [...podSpecPath, 'containers', 0]);
  if (isMap(container)) {
    const command = container.get('command', true);
    if (isSeq(command)) command.items.forEach(quote);
    quote(nodeAt(container, ['volumeMounts', 0, 'mountPath']));
  }
  quote(nodeAt(doc.contents, [...podSpecPath, 'volumes', 0, 'csi', 'volumeAttributes', 'secretProviderClass']));
  const podSpec = nodeAt(doc.contents, podSpecPath);
  if (isMap(podSpec)) {
    const volumes = podSpec.items.find((p) => isScalar(p.key) && p.key.value === 'volumes');
    if (volumes && isScalar(volumes.key)) volumes.key.spaceBefore = true;
  }
}

export function buildWorkload(input: ResolvedInput): WorkloadOutput {
  const manifest = buildWorkloadManifest(input);
  const podSpecPath = input.workload.kind === 'Deployment' ? ['spec', 'template', 'spec'] : ['spec'];
  const doc = toDocument(manifest);
  style(doc, podSpecPath);
  const yaml = doc.toString(PRINT_OPTIONS);
  const container = [...podSpecPath, 'containers', 0];
  const addedLines = lineRangesOfPairs(yaml, [
    [...container, 'volumeMounts'],
    [...container, 'env'],
    [...podSpecPath, 'volumes'],
  ]);
  return { manifest, yaml, fileName: input.workload.kind === 'Deployment' ? 'deployment.yaml' : 'pod.yaml', addedLines };
}
