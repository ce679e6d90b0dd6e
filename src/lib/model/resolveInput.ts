/**
 * Fills in defaults and validates an input. Never throws on user input:
 * every problem is a diagnostic with a code, a path and a message that says how to fix it.
 */
import {
  checkAlias,
  checkDnsLabel,
  checkDnsSubdomain,
  checkEnvVarName,
  checkGuid,
  checkImage,
  checkKeyVaultName,
  checkKeyVaultObjectName,
  checkMountPath,
  checkObjectVersion,
  checkSecretDataKey,
  isPlaceholderGuid,
  toEnvVarName,
} from '../names/rules';
import { DEFAULT_COMMAND, DEFAULT_CONTAINER_NAME, DEFAULT_IMAGE, DEFAULT_RESOURCES, type Defaults } from './defaults';
import {
  OBJECT_TYPES,
  type AppSecretsInput,
  type Diagnostic,
  type DiagnosticCode,
  type ResolvedInput,
  type ResolvedSecret,
  type SecretInput,
} from './types';

export interface ResolveResult {
  resolved: ResolvedInput;
  diagnostics: Diagnostic[];
}

/** Reads a field that should be a string, whatever the caller passed. */
function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function defaultSpcName(namespace: string): string {
  return `${namespace}-spc`;
}

export function defaultWorkloadName(namespace: string): string {
  return namespace || 'app';
}

export function resolveSecret(secret: SecretInput): ResolvedSecret {
  const keyVaultName = text(secret.keyVaultName);
  const alias = text(secret.alias) || undefined;
  const version = text(secret.version) || undefined;
  return {
    keyVaultName,
    objectType: (text(secret.objectType) || 'secret') as ResolvedSecret['objectType'],
    alias,
    version,
    fileName: alias ?? keyVaultName,
    exposeAsEnv: secret.exposeAsEnv === true,
    secretKey: text(secret.secretKey) || alias || keyVaultName,
    envVarName: text(secret.envVarName) || toEnvVarName(alias ?? keyVaultName),
  };
}

export function resolveInput(input: AppSecretsInput, defaults: Defaults): ResolveResult {
  const diagnostics: Diagnostic[] = [];
  const report = (code: DiagnosticCode, path: string, message: string | undefined, severity: Diagnostic['severity'] = 'error') => {
    if (message !== undefined) diagnostics.push({ code, path, severity, message });
  };
  const source = (input ?? {}) as Partial<AppSecretsInput>;
  const namespace = text(source.namespace);
  const workloadIn = source.workload ?? {};
  const secretsIn: SecretInput[] = Array.isArray(source.secrets) ? source.secrets : [];

  const resolved: ResolvedInput = {
    namespace,
    spcName: text(source.spcName) || defaultSpcName(namespace),
    keyVaultName: text(source.keyVaultName) || defaults.keyVaultName,
    tenantId: text(source.tenantId) || defaults.tenantId,
    identityMode: source.identityMode ?? 'vmManagedIdentity',
    identityClientId: text(source.identityClientId) || defaults.identityClientId,
    syncedSecretName: text(source.syncedSecretName) || defaults.syncedSecretName,
    secrets: secretsIn.map((s) => resolveSecret(s ?? ({} as SecretInput))),
    workload: {
      kind: workloadIn.kind ?? 'Pod',
      name: text(workloadIn.name) || defaultWorkloadName(namespace),
      containerName: text(workloadIn.containerName) || DEFAULT_CONTAINER_NAME,
      image: text(workloadIn.image) || DEFAULT_IMAGE,
      mountPath: text(workloadIn.mountPath) || defaults.csiMountPath,
      replicas: workloadIn.replicas ?? 1,
      // Without a command of its own the example busybox would exit at once: it sleeps, as in the guide.
      command:
        Array.isArray(workloadIn.command) && workloadIn.command.length > 0
          ? workloadIn.command.map(String)
          : (text(workloadIn.image) || DEFAULT_IMAGE) === DEFAULT_IMAGE
            ? [...DEFAULT_COMMAND]
            : undefined,
      resources: workloadIn.resources ?? structuredClone(DEFAULT_RESOURCES),
      serviceAccountName: text(workloadIn.serviceAccountName) || undefined,
    },
  };

  // Namespace and names
  if (!namespace) report('MISSING_NAMESPACE', 'namespace', 'Enter the namespace your workload runs in, like my-app');
  else report('INVALID_NAMESPACE', 'namespace', checkDnsLabel(namespace, 'The namespace'));
  // A derived name is only worth a message once the namespace it comes from is valid.
  if (text(source.spcName) || (namespace && !checkDnsLabel(namespace, 'The namespace'))) {
    report('INVALID_SPC_NAME', 'spcName', checkDnsSubdomain(resolved.spcName, 'The SecretProviderClass name'));
  }
  report('INVALID_KEYVAULT_NAME', 'keyVaultName', checkKeyVaultName(resolved.keyVaultName));
  report('INVALID_SYNCED_SECRET_NAME', 'syncedSecretName', checkDnsSubdomain(resolved.syncedSecretName, 'The Kubernetes Secret name'));

  // Identity
  if (!resolved.tenantId) report('MISSING_TENANT_ID', 'tenantId', 'Enter the tenant ID: az account show --query tenantId --output tsv');
  else if (isPlaceholderGuid(resolved.tenantId)) {
    report('PLACEHOLDER_ID', 'tenantId', 'The tenant ID is still the placeholder; ask a head of IT or run az account show --query tenantId --output tsv', 'warning');
  } else report('INVALID_TENANT_ID', 'tenantId', checkGuid(resolved.tenantId, 'The tenant ID'));
  if (resolved.identityMode !== 'vmManagedIdentity' && resolved.identityMode !== 'workloadIdentity') {
    report('MISSING_CLIENT_ID', 'identityMode', `Unknown identity mode ${String(resolved.identityMode)}: use vmManagedIdentity or workloadIdentity`);
  }
  if (!resolved.identityClientId) report('MISSING_CLIENT_ID', 'identityClientId', 'Enter the client ID of the managed identity that may read the vault');
  else if (isPlaceholderGuid(resolved.identityClientId)) {
    report('PLACEHOLDER_ID', 'identityClientId', 'The identity client ID is still the placeholder; ask a head of IT for the add-on identity\'s client ID', 'warning');
  } else report('INVALID_CLIENT_ID', 'identityClientId', checkGuid(resolved.identityClientId, 'The identity client ID'));

  // Secrets
  if (secretsIn.length === 0) report('NO_SECRETS', 'secrets', 'Add at least one Key Vault secret');
  const seen = { file: new Map<string, number>(), key: new Map<string, number>(), env: new Map<string, number>() };
  resolved.secrets.forEach((secret, i) => {
    const at = `secrets[${i}]`;
    const raw = secretsIn[i] ?? ({} as SecretInput);
    if (!secret.keyVaultName) report('MISSING_SECRET_NAME', `${at}.keyVaultName`, 'Enter the name of the secret in Key Vault, like db-password');
    else report('INVALID_SECRET_NAME', `${at}.keyVaultName`, checkKeyVaultObjectName(secret.keyVaultName));
    if (!OBJECT_TYPES.includes(secret.objectType)) {
      report('INVALID_OBJECT_TYPE', `${at}.objectType`, `Object type ${String(secret.objectType)} is not one of secret, key, cert (lower case)`);
    }
    report('INVALID_ALIAS', `${at}.alias`, secret.alias === undefined ? undefined : checkAlias(secret.alias));
    report('INVALID_VERSION', `${at}.version`, secret.version === undefined ? undefined : checkObjectVersion(secret.version));
    /** Remembers `value` for row i; when an earlier row has it, reports `code` with the message for both rows. */
    const unique = (seenValues: Map<string, number>, value: string, code: DiagnosticCode, path: string, message: (other: number) => string) => {
      const other = seenValues.get(value);
      if (other === undefined) seenValues.set(value, i);
      else report(code, path, message(other + 1));
    };
    if (secret.fileName) {
      unique(seen.file, secret.fileName, 'DUPLICATE_FILE_NAME', `${at}.${secret.alias ? 'alias' : 'keyVaultName'}`, (other) =>
        `Secrets ${other} and ${i + 1} would both write the file '${secret.fileName}' and overwrite each other; remove one or give one an alias`);
    }
    if (!secret.exposeAsEnv) return;
    if (secret.objectType !== 'secret') {
      report('ENV_FROM_NON_SECRET', `${at}.exposeAsEnv`, `A Key Vault ${secret.objectType} is synced as its public part only; expose objects of type secret as environment variables`, 'warning');
    }
    if (text(raw.secretKey) || secret.fileName) {
      const keyProblem = checkSecretDataKey(secret.secretKey);
      report('INVALID_SECRET_KEY', `${at}.secretKey`, keyProblem);
      if (!keyProblem) {
        unique(seen.key, secret.secretKey, 'DUPLICATE_SECRET_KEY', `${at}.secretKey`, (other) =>
          `Secrets ${other} and ${i + 1} both use the Kubernetes secret key '${secret.secretKey}'; give each its own key`);
      }
    }
    if (text(raw.envVarName) || secret.fileName) {
      const envProblem = checkEnvVarName(secret.envVarName);
      report('INVALID_ENV_VAR_NAME', `${at}.envVarName`, envProblem);
      if (!envProblem) {
        unique(seen.env, secret.envVarName, 'DUPLICATE_ENV_VAR_NAME', `${at}.envVarName`, (other) =>
          `Secrets ${other} and ${i + 1} both set the environment variable ${secret.envVarName}; give each its own name`);
      }
    }
  });

  // Workload
  const w = resolved.workload;
  if (w.kind !== 'Pod' && w.kind !== 'Deployment') report('INVALID_WORKLOAD_KIND', 'workload.kind', `Workload kind ${String(w.kind)} is not Pod or Deployment`);
  // The default name comes from the namespace: its problem is already reported there.
  if (text(workloadIn.name) || !checkDnsLabel(namespace, 'The namespace')) {
    report('INVALID_WORKLOAD_NAME', 'workload.name', checkDnsSubdomain(w.name, `The ${w.kind === 'Deployment' ? 'deployment' : 'pod'} name`));
  }
  report('INVALID_CONTAINER_NAME', 'workload.containerName', checkDnsLabel(w.containerName, 'The container name'));
  report('INVALID_IMAGE', 'workload.image', checkImage(w.image));
  report('INVALID_MOUNT_PATH', 'workload.mountPath', checkMountPath(w.mountPath));
  if (!Number.isInteger(w.replicas) || w.replicas < 0 || w.replicas > 1000) {
    report('INVALID_REPLICAS', 'workload.replicas', 'Replicas must be a whole number from 0 to 1000');
  }
  if (resolved.identityMode === 'workloadIdentity') {
    if (!w.serviceAccountName) {
      report('MISSING_SERVICE_ACCOUNT', 'workload.serviceAccountName', 'Workload identity needs the service account that is federated with the identity');
    } else report('INVALID_SERVICE_ACCOUNT', 'workload.serviceAccountName', checkDnsSubdomain(w.serviceAccountName, 'The service account name'));
  }
  return { resolved, diagnostics };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
