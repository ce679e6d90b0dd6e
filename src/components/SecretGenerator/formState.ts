/**
 * What the generator form holds, how it maps to the core's input, and how it
 * is written to and read from the URL query (a shared link reproduces the
 * form). No React and no window here. Only names go in the URL: the form never
 * asks for a secret's value.
 */
import type { AppSecretsInput, WorkloadKind } from '@site/src/lib';

export interface SecretRow {
  /** Stable key for React lists; not in the URL. */
  id: number;
  keyVaultName: string;
  exposeAsEnv: boolean;
  /** undefined: follow the default derived from the Key Vault name. */
  envVarName?: string;
  secretKey?: string;
}

export interface FormState {
  namespace: string;
  /** undefined: follow `<namespace>-spc`. */
  spcName?: string;
  /** undefined: the organisation's vault. */
  keyVaultName?: string;
  kind: WorkloadKind;
  secrets: SecretRow[];
  /** "More options"; undefined: the default. */
  workloadName?: string;
  containerName?: string;
  image?: string;
  mountPath?: string;
  syncedSecretName?: string;
}

/** The optional text fields, with their query keys. */
export const OPTIONAL_FIELDS = {
  workloadName: 'wl',
  containerName: 'ctr',
  image: 'img',
  mountPath: 'mnt',
  syncedSecretName: 'sec',
} as const satisfies Partial<Record<keyof FormState, string>>;
type OptionalField = keyof typeof OPTIONAL_FIELDS;
const OPTIONAL_KEYS = Object.keys(OPTIONAL_FIELDS) as OptionalField[];

/** Query keys, in one place. */
export const QUERY_KEYS = {
  namespace: 'ns',
  spcName: 'spc',
  keyVaultName: 'kv',
  kind: 'kind',
  secret: 's',
  env: 'env',
  envVarName: 'var',
  secretKey: 'key',
} as const;

/** Every key the form owns in the query string (others are left alone). */
const OWNED = /^(ns|spc|kv|kind|wl|ctr|img|mnt|sec|s\d+|env\d+|var\d+|key\d+)$/;

export const MAX_SECRETS = 200;

let nextId = 1;
export function newRow(keyVaultName = '', exposeAsEnv = false): SecretRow {
  return { id: nextId++, keyVaultName, exposeAsEnv };
}

export function emptyForm(): FormState {
  return { namespace: '', kind: 'Pod', secrets: [newRow()] };
}

export function isPristine(form: FormState): boolean {
  return (
    form.namespace === '' &&
    form.spcName === undefined &&
    form.keyVaultName === undefined &&
    form.kind === 'Pod' &&
    OPTIONAL_KEYS.every((field) => form[field] === undefined) &&
    form.secrets.every((s) => s.keyVaultName === '' && !s.exposeAsEnv && s.envVarName === undefined && s.secretKey === undefined)
  );
}

export function toAppSecretsInput(form: FormState): AppSecretsInput {
  return {
    namespace: form.namespace,
    spcName: form.spcName,
    keyVaultName: form.keyVaultName,
    secrets: form.secrets.map((s) => ({
      keyVaultName: s.keyVaultName,
      exposeAsEnv: s.exposeAsEnv,
      envVarName: s.exposeAsEnv ? s.envVarName : undefined,
      secretKey: s.exposeAsEnv ? s.secretKey : undefined,
    })),
    syncedSecretName: form.syncedSecretName,
    workload: {
      kind: form.kind,
      name: form.workloadName,
      containerName: form.containerName,
      image: form.image,
      mountPath: form.mountPath,
    },
  };
}

/** Writes the form into a query string, keeping the keys it does not own. */
export function encodeForm(form: FormState, existingSearch = ''): string {
  const params = new URLSearchParams(existingSearch);
  for (const key of [...params.keys()]) if (OWNED.test(key)) params.delete(key);
  if (!isPristine(form)) {
    if (form.namespace) params.set(QUERY_KEYS.namespace, form.namespace);
    if (form.spcName !== undefined) params.set(QUERY_KEYS.spcName, form.spcName);
    if (form.keyVaultName !== undefined) params.set(QUERY_KEYS.keyVaultName, form.keyVaultName);
    if (form.kind !== 'Pod') params.set(QUERY_KEYS.kind, form.kind);
    for (const field of OPTIONAL_KEYS) {
      const value = form[field];
      if (value !== undefined) params.set(OPTIONAL_FIELDS[field], value);
    }
    form.secrets.forEach((s, i) => {
      params.set(`${QUERY_KEYS.secret}${i}`, s.keyVaultName);
      if (s.exposeAsEnv) params.set(`${QUERY_KEYS.env}${i}`, '1');
      if (s.envVarName !== undefined) params.set(`${QUERY_KEYS.envVarName}${i}`, s.envVarName);
      if (s.secretKey !== undefined) params.set(`${QUERY_KEYS.secretKey}${i}`, s.secretKey);
    });
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads a form from a query string; anything missing or odd falls back to the defaults. */
export function decodeForm(search: string): FormState {
  const params = new URLSearchParams(search);
  const form = emptyForm();
  form.namespace = params.get(QUERY_KEYS.namespace) ?? '';
  form.spcName = params.get(QUERY_KEYS.spcName) ?? undefined;
  form.keyVaultName = params.get(QUERY_KEYS.keyVaultName) ?? undefined;
  form.kind = params.get(QUERY_KEYS.kind) === 'Deployment' ? 'Deployment' : 'Pod';
  for (const field of OPTIONAL_KEYS) {
    const value = params.get(OPTIONAL_FIELDS[field]);
    if (value !== null) form[field] = value;
  }
  const rows: SecretRow[] = [];
  for (let i = 0; i < MAX_SECRETS && params.has(`${QUERY_KEYS.secret}${i}`); i++) {
    const row = newRow(params.get(`${QUERY_KEYS.secret}${i}`) ?? '', params.get(`${QUERY_KEYS.env}${i}`) === '1');
    const envVarName = params.get(`${QUERY_KEYS.envVarName}${i}`);
    const secretKey = params.get(`${QUERY_KEYS.secretKey}${i}`);
    if (envVarName !== null) row.envVarName = envVarName;
    if (secretKey !== null) row.secretKey = secretKey;
    rows.push(row);
  }
  if (rows.length > 0) form.secrets = rows;
  return form;
}
