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
