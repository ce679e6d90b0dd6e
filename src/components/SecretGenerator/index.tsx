/**
 * The secret generator: a namespace and secret names in, copy-ready
 * SecretProviderClass, workload and az/kubectl commands out. A thin form over
 * the core in src/lib; the form state lives in the URL (see store.ts).
 */
import { memo, useCallback, useEffect, useState, type ReactNode } from 'react';
import { organization } from '@site/src/config/organization';
import { DEFAULT_CONTAINER_NAME, DEFAULT_IMAGE, defaultSpcName, defaultWorkloadName, toEnvVarName, type Diagnostic, type WorkloadKind } from '@site/src/lib';
import { Field } from './Field';
import { emptyForm, isPristine, MAX_SECRETS, newRow, type FormState, type SecretRow } from './formState';
import { resolveForm } from './resolveForm';
import { Outputs } from './Outputs';
import { formStore, useFormState } from './store';
import { useGeneratedFiles } from './useGeneratedFiles';
import styles from './styles.module.css';

const ID = 'kvgen';

/** The id of the input that a diagnostic path points at. */
export function fieldId(path: string): string {
  const secret = /^secrets\[(\d+)\]\.(\w+)/.exec(path);
  if (secret) return `${ID}-secret-${secret[1]}-${secret[2] === 'alias' || secret[2] === 'objectType' || secret[2] === 'version' ? 'keyVaultName' : secret[2]}`;
  if (path === 'secrets') return `${ID}-add-secret`;
  return `${ID}-${path.replace(/\W+/g, '-')}`;
}

function updateSecret(index: number, change: Partial<SecretRow>): void {
  formStore.set((form) => ({ ...form, secrets: form.secrets.map((s, i) => (i === index ? { ...s, ...change } : s)) }));
}

export default function SecretGenerator(): ReactNode {
  const form = useFormState();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);

  // A page reached by client-side navigation: read its query again; a shared link shows all problems at once.
  useEffect(() => {
    formStore.reload();
    setShowAll(!isPristine(formStore.get()));
  }, []);

  const pristine = isPristine(form);
  const check = resolveForm(form);
  const result = useGeneratedFiles(form, !pristine);

  // A shared link with a #section: the files rendered after load pushed that section down; go back to it.
  const hasResult = result !== undefined;
  useEffect(() => {
    if (!hasResult || !window.location.hash) return;
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    const generator = document.getElementById(fieldId('namespace'));
    if (target && generator && target.compareDocumentPosition(generator) & Node.DOCUMENT_POSITION_PRECEDING) target.scrollIntoView();
  }, [hasResult]);

  // Which fields the form shows, with what the reader typed in them.
  const typed = new Map<string, string>([
    ['namespace', form.namespace],
    ['spcName', form.spcName ?? ''],
    ['keyVaultName', form.keyVaultName ?? ''],
    ['workload.name', form.workloadName ?? ''],
    ['workload.containerName', form.containerName ?? ''],
    ['workload.image', form.image ?? ''],
    ['workload.mountPath', form.mountPath ?? ''],
    ['syncedSecretName', form.syncedSecretName ?? ''],
  ]);
  form.secrets.forEach((s, i) => {
    typed.set(`secrets[${i}].keyVaultName`, s.keyVaultName);
    typed.set(`secrets[${i}].envVarName`, s.envVarName ?? '');
    typed.set(`secrets[${i}].secretKey`, s.secretKey ?? '');
  });
  // A problem shows once the reader has typed in the field or left it, at once on a shared link;
  // problems of things the form does not show (organisation facts) show as soon as anything is typed.
  const shown = (d: Diagnostic) =>
    d.severity === 'error' && (showAll || touched.has(d.path) || (typed.has(d.path) ? typed.get(d.path) !== '' : !pristine));
  const visible = check.diagnostics.filter(shown);
  const errorFor = (path: string): string | undefined => visible.find((d) => d.path === path)?.message;
  const markTouched = useCallback((path: string) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path))), []);
  const touch = (path: string) => () => markTouched(path);
  const warnings = check.diagnostics.filter((d) => d.severity === 'warning');
  const workloadFileName = form.kind === 'Deployment' ? 'deployment.yaml' : 'pod.yaml';
  const spcDefault = form.namespace.trim() ? defaultSpcName(form.namespace.trim()) : '';

  const set = (change: Partial<FormState>) => formStore.set((f) => ({ ...f, ...change }));
  /** A text box under "More options": empty or equal to the default means "the default". */
  const option = (field: 'workloadName' | 'containerName' | 'image' | 'mountPath' | 'syncedSecretName', path: string, label: string, fallback: string, hint: string) => (
    <Field
      id={fieldId(path)}
      label={label}
      value={form[field] ?? fallback}
      hint={hint}
      error={errorFor(path)}
      onChange={(e) => set({ [field]: e.target.value === '' || e.target.value === fallback ? undefined : e.target.value })}
      onBlur={touch(path)}
    />
  );
  const moreHasError = visible.some((d) => d.path.startsWith('workload.') || d.path === 'syncedSecretName');

  return (
    <section aria-label="Secret generator" className={styles.generator}>
      <noscript>
        <p className={styles.noscript}>
          The generator needs JavaScript. Everything it writes is also explained step by step in the guide below.
        </p>
      </noscript>
      <form className={styles.form} onSubmit={(e) => e.preventDefault()} noValidate>
        <div className={styles.row}>
          <Field
            id={fieldId('namespace')}
            label="Namespace"
            value={form.namespace}
            placeholder="my-app"
            hint="The Kubernetes namespace your workload runs in."
            error={errorFor('namespace')}
            onChange={(e) => set({ namespace: e.target.value })}
            onBlur={touch('namespace')}
          />
          <Field
            id={fieldId('spcName')}
            label="SecretProviderClass name"
            value={form.spcName ?? spcDefault}
            placeholder="my-app-spc"
            hint={form.spcName === undefined ? 'Follows the namespace: <namespace>-spc.' : 'Empty it to follow the namespace again.'}
            error={errorFor('spcName')}
            onChange={(e) => set({ spcName: e.target.value === '' ? undefined : e.target.value })}
            onBlur={touch('spcName')}
          />
          <Field
            id={fieldId('keyVaultName')}
            label="Key Vault name"
            value={form.keyVaultName ?? organization.keyVaultName}
            hint={`The team's vault is ${organization.keyVaultName}.`}
            error={errorFor('keyVaultName')}
            onChange={(e) => set({ keyVaultName: e.target.value === organization.keyVaultName ? undefined : e.target.value })}
            onBlur={touch('keyVaultName')}
          />
          <div className={styles.field}>
            <label htmlFor={fieldId('kind')} className={styles.label}>
              Workload kind
            </label>
            <select id={fieldId('kind')} className={styles.input} value={form.kind} onChange={(e) => set({ kind: e.target.value as WorkloadKind })}>
              <option value="Pod">Pod</option>
              <option value="Deployment">Deployment</option>
            </select>
          </div>
        </div>

        <details className={styles.more} open={moreOpen || moreHasError} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
          <summary>More options: workload, image, mount path, Secret name</summary>
          <div className={styles.row}>
            {option('workloadName', 'workload.name', form.kind === 'Deployment' ? 'Deployment name' : 'Pod name', defaultWorkloadName(form.namespace.trim()), 'Defaults to the namespace.')}
            {option('containerName', 'workload.containerName', 'Container name', DEFAULT_CONTAINER_NAME, 'The container that reads the secrets.')}
            {option('image', 'workload.image', 'Container image', DEFAULT_IMAGE, 'The guide\'s busybox example sleeps so you can look inside.')}
            {option('mountPath', 'workload.mountPath', 'Mount path', organization.csiMountPath, 'Where the secret files appear in the container.')}
            {option('syncedSecretName', 'syncedSecretName', 'Kubernetes Secret name', organization.syncedSecretName, 'The Secret that environment variables are read from.')}
          </div>
        </details>

        <ol className={styles.secrets}>
          {form.secrets.map((secret, i) => (
            <SecretFields
              key={secret.id}
              index={i}
              secret={secret}
              nameError={errorFor(`secrets[${i}].keyVaultName`)}
              envError={errorFor(`secrets[${i}].envVarName`)}
              keyError={errorFor(`secrets[${i}].secretKey`)}
              onTouch={markTouched}
            />
          ))}
        </ol>
        {errorFor('secrets') && <p className={styles.error} id={`${fieldId('secrets')}-error`}>{errorFor('secrets')}</p>}
        <div className={styles.actions}>
          <button
            id={fieldId('secrets')}
            type="button"
            className="button button--secondary"
            disabled={form.secrets.length >= MAX_SECRETS}
            onClick={() => {
              formStore.set((f) => ({ ...f, secrets: [...f.secrets, newRow()] }));
              requestAnimationFrame(() => document.getElementById(`${ID}-secret-${form.secrets.length}-keyVaultName`)?.focus());
            }}
          >
            Add secret
          </button>
          <button
            type="button"
            className="button button--outline button--secondary"
            onClick={() => {
              formStore.set(emptyForm());
              setTouched(new Set());
              setShowAll(false);
              document.getElementById(fieldId('namespace'))?.focus();
            }}
          >
            Reset
          </button>
        </div>
      </form>

      {visible.length > 0 && (
        <div className={`alert alert--danger ${styles.summary}`} role="region" aria-labelledby={`${ID}-summary`}>
          <p id={`${ID}-summary`} className={styles.summaryTitle}>
            {visible.length === 1 ? 'Fix 1 problem' : `Fix ${visible.length} problems`} to get every file:
          </p>
          <ul>
            {visible.map((d) => (
              <li key={`${d.code}-${d.path}`}>
                {typed.has(d.path) || d.path === 'secrets' ? <a href={`#${fieldId(d.path)}`}>{d.message}</a> : d.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && !pristine && (
        <div className={`alert alert--warning ${styles.summary}`} role="note">
          {warnings.map((d) => (
            <p key={`${d.code}-${d.path}`}>{d.message}. It lives in src/config/organization.ts.</p>
          ))}
        </div>
      )}

      <div aria-live="polite" className={styles.status}>
        {pristine ? 'Type a namespace and a secret name to get your files.' : result ? '' : 'Generating your files…'}
      </div>
      {result && <Outputs result={result} workloadFileName={workloadFileName} />}
    </section>
  );
}

interface SecretFieldsProps {
  index: number;
  secret: SecretRow;
  nameError: string | undefined;
  envError: string | undefined;
  keyError: string | undefined;
  onTouch: (path: string) => void;
}

/** One secret's row; memoised, so typing in one row does not render the other rows again. */
const SecretFields = memo(function SecretFields({ index, secret, nameError, envError, keyError, onTouch }: SecretFieldsProps): ReactNode {
  const at = `secrets[${index}]`;
  const touch = (path: string) => () => onTouch(path);
  const errorFor = (path: string) => (path.endsWith('keyVaultName') ? nameError : path.endsWith('envVarName') ? envError : keyError);
  const legendId = `${ID}-secret-${index}-legend`;
  const derivedEnv = secret.keyVaultName.trim() ? toEnvVarName(secret.keyVaultName.trim()) : '';
  const derivedKey = secret.keyVaultName.trim();
  return (
    <li>
      <fieldset className={styles.secret} aria-labelledby={legendId}>
        <legend id={legendId} className={styles.legend}>
          Secret {index + 1}
        </legend>
        <div className={styles.row}>
          <Field
            id={fieldId(`${at}.keyVaultName`)}
            label="Key Vault secret name"
            value={secret.keyVaultName}
            placeholder="db-password"
            error={errorFor(`${at}.keyVaultName`)}
            onChange={(e) => updateSecret(index, { keyVaultName: e.target.value })}
            onBlur={touch(`${at}.keyVaultName`)}
          />
          <div className={`${styles.field} ${styles.checkbox}`}>
            <input
              id={`${ID}-secret-${index}-env`}
              type="checkbox"
              checked={secret.exposeAsEnv}
              onChange={(e) => updateSecret(index, { exposeAsEnv: e.target.checked })}
            />
            <label htmlFor={`${ID}-secret-${index}-env`}>Expose as environment variable</label>
          </div>
        </div>
        {secret.exposeAsEnv && (
          <div className={styles.row}>
            <Field
              id={fieldId(`${at}.envVarName`)}
              label="Environment variable name"
              value={secret.envVarName ?? derivedEnv}
              placeholder="DB_PASSWORD"
              error={errorFor(`${at}.envVarName`)}
              onChange={(e) => updateSecret(index, { envVarName: e.target.value === '' ? undefined : e.target.value })}
              onBlur={touch(`${at}.envVarName`)}
            />
            <Field
              id={fieldId(`${at}.secretKey`)}
              label="Kubernetes secret key"
              value={secret.secretKey ?? derivedKey}
              placeholder="db-password"
              error={errorFor(`${at}.secretKey`)}
              onChange={(e) => updateSecret(index, { secretKey: e.target.value === '' ? undefined : e.target.value })}
              onBlur={touch(`${at}.secretKey`)}
            />
          </div>
        )}
        <button
          type="button"
          className={`button button--sm button--link ${styles.remove}`}
          aria-describedby={legendId}
          onClick={() => {
            formStore.set((f) => ({ ...f, secrets: f.secrets.filter((_, i) => i !== index) }));
            requestAnimationFrame(() => document.getElementById(fieldId('secrets'))?.focus());
          }}
        >
          Remove secret
        </button>
      </fieldset>
    </li>
  );
});
