/** The input model for one application's secrets, and the diagnostics every core function returns. */

export type ObjectType = 'secret' | 'key' | 'cert';
export const OBJECT_TYPES: readonly ObjectType[] = ['secret', 'key', 'cert'];

export type IdentityMode = 'vmManagedIdentity' | 'workloadIdentity';
export type WorkloadKind = 'Pod' | 'Deployment';
export type Shell = 'bash' | 'powershell';

export interface SecretInput {
  /** Name of the object in Key Vault (`^[0-9a-zA-Z-]{1,127}$`). */
  keyVaultName: string;
  /** Default `secret`. */
  objectType?: ObjectType;
  /** File name under the mount path instead of the Key Vault name. */
  alias?: string;
  /** A specific version; empty means the latest. */
  version?: string;
  /** Sync into the Kubernetes Secret and read it into an environment variable. */
  exposeAsEnv?: boolean;
  /** Key in the synced Kubernetes Secret (default: the Key Vault name). */
  secretKey?: string;
  /** Environment variable name (default: the Key Vault name in SCREAMING_SNAKE_CASE). */
  envVarName?: string;
}

export interface WorkloadInput {
  kind?: WorkloadKind;
  name?: string;
  containerName?: string;
  image?: string;
  /** Where the CSI volume is mounted (default from the organisation config). */
  mountPath?: string;
  /** Container command; omitted when empty. */
  command?: string[];
  /** Container resources; omitted when absent. */
  resources?: {
    requests?: { cpu?: string; memory?: string };
    limits?: { cpu?: string; memory?: string };
  };
  /** Deployment replicas (default 1). */
  replicas?: number;
  /** Service account of the pod: required with workload identity. */
  serviceAccountName?: string;
}

export interface AppSecretsInput {
  namespace: string;
  /** Default `<namespace>-spc`. */
  spcName?: string;
  /** Defaults from the organisation config. */
  keyVaultName?: string;
  tenantId?: string;
  /** Default `vmManagedIdentity`, the team's mode. */
  identityMode?: IdentityMode;
  /** Client ID of the user-assigned managed identity, or of the workload identity. */
  identityClientId?: string;
  /** Name of the synced Kubernetes Secret (default from the organisation config). */
  syncedSecretName?: string;
  secrets: SecretInput[];
  workload?: WorkloadInput;
}

/** Every field filled in: what the generators work from. */
export interface ResolvedSecret {
  keyVaultName: string;
  objectType: ObjectType;
  alias: string | undefined;
  version: string | undefined;
  /** Name of the file under the mount path: the alias if set, else the Key Vault name. */
  fileName: string;
  exposeAsEnv: boolean;
  secretKey: string;
  envVarName: string;
}

export interface ResolvedInput {
  namespace: string;
  spcName: string;
  keyVaultName: string;
  tenantId: string;
  identityMode: IdentityMode;
  identityClientId: string;
  syncedSecretName: string;
  secrets: ResolvedSecret[];
  workload: Required<Pick<WorkloadInput, 'kind' | 'name' | 'containerName' | 'image' | 'mountPath' | 'replicas'>> &
    Pick<WorkloadInput, 'command' | 'resources' | 'serviceAccountName'>;
}

export type DiagnosticCode =
  // input
  | 'MISSING_NAMESPACE'
  | 'INVALID_NAMESPACE'
  | 'INVALID_SPC_NAME'
  | 'INVALID_KEYVAULT_NAME'
  | 'MISSING_TENANT_ID'
  | 'INVALID_TENANT_ID'
  | 'MISSING_CLIENT_ID'
  | 'INVALID_CLIENT_ID'
  | 'PLACEHOLDER_ID'
  | 'NO_SECRETS'
  | 'MISSING_SECRET_NAME'
  | 'INVALID_SECRET_NAME'
  | 'INVALID_OBJECT_TYPE'
  | 'INVALID_ALIAS'
  | 'INVALID_VERSION'
  | 'DUPLICATE_FILE_NAME'
  | 'INVALID_SECRET_KEY'
  | 'DUPLICATE_SECRET_KEY'
  | 'INVALID_ENV_VAR_NAME'
  | 'DUPLICATE_ENV_VAR_NAME'
  | 'ENV_FROM_NON_SECRET'
  | 'INVALID_SYNCED_SECRET_NAME'
  | 'INVALID_WORKLOAD_KIND'
  | 'INVALID_WORKLOAD_NAME'
  | 'INVALID_CONTAINER_NAME'
  | 'INVALID_IMAGE'
  | 'INVALID_MOUNT_PATH'
  | 'INVALID_REPLICAS'
  | 'MISSING_SERVICE_ACCOUNT'
  | 'INVALID_SERVICE_ACCOUNT'
  | 'UNSAFE_SHELL_ARGUMENT'
  // parse and merge
  | 'YAML_TOO_LARGE'
  | 'YAML_SYNTAX'
  | 'YAML_TABS'
  | 'YAML_ALIASES'
  | 'NO_DOCUMENTS'
  | 'NOT_A_SECRET_PROVIDER_CLASS'
  | 'MULTIPLE_SECRET_PROVIDER_CLASSES'
  | 'OBJECTS_NOT_A_STRING'
  | 'OBJECTS_UNPARSEABLE'
  | 'OBJECTS_ITEM_NOT_A_STRING'
  | 'OBJECT_MISSING_NAME'
  | 'ALREADY_PRESENT'
  | 'SERVER_FIELDS_REMOVED'
  // lint
  | 'NAMESPACE_MISMATCH'
  | 'SPC_NOT_FOUND'
  | 'SECRET_NOT_PROVIDED'
  | 'SECRET_KEY_NOT_PROVIDED'
  | 'SECRET_OBJECT_FILE_NOT_MOUNTED'
  | 'ENV_WITHOUT_CSI_VOLUME'
  | 'UNKNOWN_OBJECT_TYPE'
  | 'UNQUOTED_PARAMETER'
  | 'MULTIPLE_IDENTITY_MODES'
  | 'UNKNOWN_PARAMETER'
  | 'TLS_SECRET_KEYS'
  | 'CSI_MOUNT_NOT_READ_ONLY'
  | 'INVALID_OBJECT_FIELD';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: DiagnosticCode;
  /** Where: a field path such as `secrets[0].keyVaultName` or `spec.parameters.objects`. */
  path: string;
  severity: Severity;
  /** What is wrong and how to fix it. */
  message: string;
  /** For pasted text: the 1-based line the finding is about, when known. */
  line?: number;
  /** For lint: which document of a multi-document input (0-based). */
  document?: number;
}

/** A generated file: its text and the 1-based, inclusive line ranges the reader's input added. */
export interface GeneratedFile {
  fileName: string;
  language: 'yaml' | 'bash' | 'powershell';
  text: string;
  addedLines: LineRange[];
}

export interface LineRange {
  start: number;
  end: number;
}
