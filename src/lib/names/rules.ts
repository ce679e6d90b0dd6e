/**
 * Naming rules of Azure Key Vault and Kubernetes, as checks that say what is
 * wrong and suggest a fixed name. Each check returns `undefined` when the name
 * is valid, else a message.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const KEYVAULT_OBJECT_NAME = /^[0-9a-zA-Z-]{1,127}$/;
const KEYVAULT_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/;
const SECRET_DATA_KEY = /^[-._a-zA-Z0-9]+$/;
const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const OBJECT_VERSION = /^[0-9a-zA-Z]{1,64}$/;

/** Shows a value in a message: quoted, control characters visible, long values cut. */
export function show(value: string): string {
  const visible = value.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${visible.length > 40 ? `${visible.slice(0, 37)}…` : visible}'`;
}

/** Lower-cases and replaces runs of other characters with '-', trimmed to `max`. */
export function toDnsLabel(value: string, max = 63): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

function suggestion(fixed: string, original: string): string {
  return fixed && fixed !== original ? `; try '${fixed}'` : '';
}

function checkDns(value: string, what: string, max: number, subdomain: boolean): string | undefined {
  if (value.length === 0) return `${what} is empty`;
  if (value.length > max) return `${what} ${show(value)} is ${value.length} characters long; the limit is ${max}`;
  const ok = (subdomain ? DNS1123_SUBDOMAIN : DNS1123_LABEL).test(value);
  if (ok) return undefined;
  const allowed = subdomain ? "lower-case letters, digits, '-' and '.'" : "lower-case letters, digits and '-'";
  return `${what} ${show(value)} may only contain ${allowed}, and must start and end with a letter or digit${suggestion(
    subdomain ? value.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') : toDnsLabel(value),
    value,
  )}`;
}

/** Namespace, container, volume names: RFC 1123 labels. */
export function checkDnsLabel(value: string, what: string): string | undefined {
  return checkDns(value, what, 63, false);
}

/** SecretProviderClass, Secret, Pod, Deployment names: RFC 1123 subdomains. */
export function checkDnsSubdomain(value: string, what: string): string | undefined {
  return checkDns(value, what, 253, true);
}

export function checkKeyVaultObjectName(value: string): string | undefined {
  if (value.length === 0) return 'The Key Vault secret name is empty';
  if (KEYVAULT_OBJECT_NAME.test(value)) return undefined;
  if (value.length > 127) return `Key Vault secret names are at most 127 characters; ${show(value)} has ${value.length}`;
  const fixed = value.replace(/[^0-9a-zA-Z-]+/g, '-').replace(/^-+|-+$/g, '');
  return `Key Vault secret names allow only letters, digits and '-'${suggestion(fixed, value)}`;
}

export function checkKeyVaultName(value: string): string | undefined {
  if (value.length === 0) return 'The Key Vault name is empty';
  if (value.length < 3 || value.length > 24) {
    return `Key Vault names are 3 to 24 characters long; ${show(value)} has ${value.length}`;
  }
  if (!KEYVAULT_NAME.test(value)) {
    const fixed = value.replace(/[^a-zA-Z0-9-]+/g, '-').replace(/^[^a-zA-Z]+/, '').replace(/-+$/, '');
    return `Key Vault names start with a letter, end with a letter or digit and contain only letters, digits and '-'${suggestion(
      fixed,
      value,
    )}`;
  }
  if (value.includes('--')) return `Key Vault names cannot contain '--'; try '${value.replace(/-{2,}/g, '-')}'`;
  return undefined;
}

export function checkSecretDataKey(value: string): string | undefined {
  if (value.length === 0) return 'The Kubernetes secret key is empty';
  if (value.length > 253) return `Kubernetes secret keys are at most 253 characters; ${show(value)} has ${value.length}`;
  if (value === '.' || value === '..') return `A Kubernetes secret key cannot be '${value}'`;
  if (SECRET_DATA_KEY.test(value)) return undefined;
  return `Kubernetes secret keys allow only letters, digits, '-', '_' and '.'${suggestion(
    value.replace(/[^-._a-zA-Z0-9]+/g, '-'),
    value,
  )}`;
}

export function checkEnvVarName(value: string): string | undefined {
  if (value.length === 0) return 'The environment variable name is empty';
  if (ENV_VAR_NAME.test(value)) return undefined;
  return `Environment variable names start with a letter or '_' and contain only letters, digits and '_'${suggestion(
    toEnvVarName(value),
    value,
  )}`;
}

/** `db-password` → `DB_PASSWORD`; a leading digit gets a '_' in front. */
export function toEnvVarName(value: string): string {
  const upper = value.toUpperCase().replace(/[^A-Z0-9_]+/g, '_').replace(/^_+(?=.)|_+$/g, '');
  return /^[0-9]/.test(upper) ? `_${upper}` : upper;
}

export function checkGuid(value: string, what: string): string | undefined {
  if (GUID.test(value)) return undefined;
  return `${what} must be a GUID like 0a1b2c3d-0000-1111-2222-333344445555; ${show(value)} is not`;
}

export function isPlaceholderGuid(value: string): boolean {
  return /^x{8}-x{4}-x{4}-x{4}-x{12}$/i.test(value);
}

/** A relative file name: no '/' at the start, no '..' segment, no control characters. */
export function checkAlias(value: string): string | undefined {
  if (value.length === 0) return undefined;
  if (value.length > 253) return `The file name is at most 253 characters; ${show(value)} has ${value.length}`;
  if (value.startsWith('/')) return `The file name ${show(value)} must be relative to the mount path; drop the leading '/'`;
  if (value.split('/').some((segment) => segment === '..' || segment === '.' || segment === '')) {
    return `The file name ${show(value)} cannot contain '.', '..' or empty path segments`;
  }
  if (/[\u0000-\u001f\u007f\\:]/.test(value)) return `The file name ${show(value)} contains a control character, '\\' or ':'`;
  return undefined;
}

export function checkObjectVersion(value: string): string | undefined {
  if (value.length === 0 || OBJECT_VERSION.test(value)) return undefined;
  return `A Key Vault object version is the 32-character id from 'az keyvault secret list-versions'; ${show(value)} is not one`;
}

/** An absolute path without '..', as Kubernetes accepts for `mountPath`. */
export function checkMountPath(value: string): string | undefined {
  if (!value.startsWith('/')) return `The mount path must be absolute, like '/mnt/secrets-store'; ${show(value)} is not`;
  if (value.split('/').includes('..')) return `The mount path ${show(value)} cannot contain '..'`;
  if (value.includes(':')) return `The mount path ${show(value)} cannot contain ':'`;
  if (/[\u0000-\u001f\u007f]/.test(value)) return `The mount path ${show(value)} contains a control character`;
  return undefined;
}

/** A container image reference: no spaces, no upper case in the repository part. */
export function checkImage(value: string): string | undefined {
  if (value.length === 0) return 'The container image is empty';
  if (/\s/.test(value)) return `The container image ${show(value)} cannot contain spaces`;
  const [repository = ''] = value.split(/[@]/);
  const withoutTag = repository.replace(/:[\w][\w.-]{0,127}$/, '');
  // The first component is a registry host only if it looks like one (has '.' or ':', or is localhost).
  const [first = '', ...rest] = withoutTag.split('/');
  const path = rest.length > 0 && (/[.:]/.test(first) || first === 'localhost') ? rest.join('/') : withoutTag;
  if (!/^[a-z0-9]+([._-]+[a-z0-9]+)*(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*$/.test(path)) {
    return `The container image ${show(value)} is not a valid reference such as 'registry.example.com/team/app:1.2.3'`;
  }
  return undefined;
}
