/** The merge view: paste, get the merged class, its changes and the lint findings. */
import { lazy, Suspense, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import CodeBlock from '@theme/CodeBlock';
import { hasErrors, lintManifests, mergeSecretProviderClass, type Diagnostic } from '@site/src/lib';
import { resolveForm } from '../SecretGenerator/resolveForm';
import { useFormState } from '../SecretGenerator/store';
import { download } from '../SecretGenerator/download';
import { withAddHighlights } from '../SecretGenerator/withMagicComments';
import type { EditorMarker } from './MonacoYamlEditor';
import styles from './styles.module.css';

const MonacoYamlEditor = lazy(() => import('./MonacoYamlEditor'));
const MonacoDiff = lazy(() => import('./MonacoYamlEditor').then((m) => ({ default: m.MonacoYamlDiff })));

export const EDITOR_LABEL = 'Existing SecretProviderClass YAML';
const EXAMPLE = 'kubectl get secretproviderclass <name> --namespace <namespace> -o yaml';

function PlainEditor({ value, onChange }: { value: string; onChange: (v: string) => void }): ReactNode {
  return (
    <textarea
      className={styles.textarea}
      aria-label={EDITOR_LABEL}
      value={value}
      spellCheck={false}
      rows={14}
      placeholder={`Paste the output of ${EXAMPLE}`}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export default function MergePanel(): ReactNode {
  const form = useFormState();
  const [text, setText] = useState('');
  const [plain, setPlain] = useState(false);
  const deferredText = useDeferredValue(text);

  const { resolved, diagnostics: formDiagnostics } = resolveForm(form);
  const secrets = resolved.secrets.filter((_, i) => !formDiagnostics.some((d) => d.severity === 'error' && d.path.startsWith(`secrets[${i}]`)));
  // The form changes on every keystroke; merge again only when the secrets to add do.
  const secretsKey = JSON.stringify(secrets);
  const request = useMemo(() => ({ secrets, syncedSecretName: resolved.syncedSecretName }), [secretsKey, resolved.syncedSecretName]); // eslint-disable-line react-hooks/exhaustive-deps
  const merge = useMemo(() => (deferredText.trim() ? mergeSecretProviderClass(deferredText, request) : undefined), [deferredText, request]);
  const lint = useMemo(() => (deferredText.trim() ? lintManifests(deferredText).diagnostics : []), [deferredText]);
  const markers: EditorMarker[] = lint.filter((d) => d.line !== undefined).map((d) => ({ line: d.line!, message: `${d.code}: ${d.message}`, severity: d.severity }));
  const errors = merge?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  const notices = merge?.diagnostics.filter((d) => d.severity !== 'error') ?? [];

  return (
    <div className={styles.panel}>
      <p>
        Run <code>{EXAMPLE}</code> and paste what it prints. Your secrets from the generator
        {secrets.length > 0 ? (
          <> ({secrets.map((s) => <code key={s.fileName}>{s.keyVaultName}</code>).reduce<ReactNode[]>((acc, el, i) => (i ? [...acc, ', ', el] : [el]), [])})</>
        ) : null}{' '}
        are added to it.
      </p>
      {secrets.length === 0 && <p className={styles.note}>Type at least one valid Key Vault secret name in the generator above first.</p>}
      <div className={styles.editorHeader}>
        <label className={styles.plainToggle}>
          <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} /> Use a plain text box
        </label>
      </div>
      {plain ? (
        <PlainEditor value={text} onChange={setText} />
      ) : (
        // If Monaco cannot load, the plain text box stays: the merge works the same.
        <ErrorBoundary fallback={() => <PlainEditor value={text} onChange={setText} />}>
          <Suspense fallback={<PlainEditor value={text} onChange={setText} />}>
            <MonacoYamlEditor value={text} onChange={setText} ariaLabel={EDITOR_LABEL} markers={markers} fallback={<PlainEditor value={text} onChange={setText} />} />
          </Suspense>
        </ErrorBoundary>
      )}

      {errors.length > 0 && (
        <div role="alert" className={`alert alert--danger ${styles.result}`}>
          <p className={styles.alertTitle}>This cannot be merged:</p>
          <ul>
            {errors.map((d, i) => (
              <li key={i}>{describe(d)}</li>
            ))}
          </ul>
        </div>
      )}
      {merge?.text !== undefined && !hasErrors(merge.diagnostics) && secrets.length > 0 && (
        <div className={styles.result}>
          <p>
            <code>{merge.name}</code> in namespace <code>{merge.namespace ?? 'default'}</code>, with your secrets added:
          </p>
          <CodeBlock language="yaml" title="spc.yaml">
            {withAddHighlights(merge.text, merge.addedLines)}
          </CodeBlock>
          <button type="button" className="button button--sm button--secondary" onClick={() => download('spc.yaml', merge.text!)}>
            Download spc.yaml
          </button>
          {!plain && merge.original !== undefined && (
            <details className={styles.diff} open>
              <summary>What changed</summary>
              <ErrorBoundary fallback={() => <p>The diff view could not load; the marked lines above are what changed.</p>}>
                <Suspense fallback={<p>Loading the diff view…</p>}>
                  <MonacoDiff original={merge.original} modified={merge.text} />
                </Suspense>
              </ErrorBoundary>
            </details>
          )}
        </div>
      )}
      {notices.length > 0 && (
        <ul className={styles.notices}>
          {notices.map((d, i) => (
            <li key={i}>{d.message}</li>
          ))}
        </ul>
      )}
      {lint.length > 0 && (
        <div className={styles.lint}>
          <p className={styles.alertTitle}>Findings in what you pasted</p>
          <ul>
            {lint.map((d, i) => (
              <li key={i}>
                <strong>{d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Note'}</strong>
                {d.line ? ` (line ${d.line})` : ''}: {d.message} <code>{d.code}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function describe(d: Diagnostic): string {
  return d.line ? `Line ${d.line}: ${d.message}` : d.message;
}
