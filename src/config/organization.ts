/**
 * Every fact about the organisation that runs the cluster and the vault.
 *
 * The guide, the landing page and every generator read these values from here,
 * so another team adapts the whole site by editing this one file.
 * Nothing here is a secret: the tenant ID and the identity's client ID are
 * identifiers, and the defaults below are the seed guide's placeholders.
 */
export interface Organization {
  /** Shown in the site title and the prose. */
  readonly name: string;
  /** Azure Key Vault that holds every secret (3–24 chars, letters, digits and '-'). */
  readonly keyVaultName: string;
  /** Microsoft Entra tenant that owns the vault (`az account show --query tenantId`). */
  readonly tenantId: string;
  /** Client ID of the AKS add-on's user-assigned managed identity that may read the vault. */
  readonly identityClientId: string;
  /** Days a deleted secret stays recoverable in this vault (Azure allows 7–90, default 90). */
  readonly softDeleteRetentionDays: number;
  /** Where the cluster's resource group and name are written down. */
  readonly terraformRepositoryUrl: string;
  /** Default path where the CSI volume is mounted inside containers. */
  readonly csiMountPath: string;
  /** Default name of the Kubernetes Secret that `secretObjects` syncs. */
  readonly syncedSecretName: string;
}

/** A GUID-shaped placeholder: what the seed guide shows until a head of IT fills it in. */
export const PLACEHOLDER_GUID = 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx';

export const organization = {
  name: 'PoliNetwork',
  keyVaultName: 'kv-polinetwork',
  tenantId: PLACEHOLDER_GUID,
  identityClientId: PLACEHOLDER_GUID,
  softDeleteRetentionDays: 7,
  terraformRepositoryUrl: 'https://github.com/PoliNetworkOrg/terraform/',
  csiMountPath: '/mnt/secrets-store',
  syncedSecretName: 'azure-kv',
} as const satisfies Organization;
