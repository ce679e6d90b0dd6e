/** Organisation-wide defaults the input model falls back on (see src/config/organization.ts). */
export interface Defaults {
  keyVaultName: string;
  tenantId: string;
  identityClientId: string;
  csiMountPath: string;
  syncedSecretName: string;
}

/** The seed guide's example workload. */
export const DEFAULT_IMAGE = 'registry.k8s.io/e2e-test-images/busybox:1.29-4';
export const DEFAULT_CONTAINER_NAME = 'busybox';
export const VOLUME_NAME = 'secrets-store';
export const CSI_DRIVER = 'secrets-store.csi.k8s.io';
export const SPC_API_VERSION = 'secrets-store.csi.x-k8s.io/v1';

/** The guide's example container: busybox sleeping, so the pod stays up to be inspected. */
export const DEFAULT_COMMAND = ['/bin/sleep', '10000'];
/** The guide's example requests and limits. */
export const DEFAULT_RESOURCES = {
  requests: { cpu: '100m', memory: '128Mi' },
  limits: { cpu: '250m', memory: '256Mi' },
};
