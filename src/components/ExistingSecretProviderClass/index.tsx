/**
 * "Add to an existing SecretProviderClass": the reader pastes what
 * `kubectl get secretproviderclass … -o yaml` printed and gets it back with the
 * generator's secrets added. Everything behind the button (the merge core, the
 * `yaml` package and Monaco) loads only when the section is opened.
 */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import styles from './styles.module.css';

const MergePanel = lazy(() => import('./MergePanel'));

export const TITLE = 'Add to an existing SecretProviderClass';

export default function ExistingSecretProviderClass(): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <section aria-label={TITLE} className={styles.section}>
      <button
        type="button"
        className={`button button--secondary ${styles.toggle}`}
        aria-expanded={open}
        aria-controls="kvmerge-panel"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className={styles.chevron}>
          {open ? '▾' : '▸'}
        </span>{' '}
        {TITLE}
      </button>
      <noscript>
        <p>
          Pasting an existing SecretProviderClass needs JavaScript. Without it, follow{' '}
          <a href="#add-kv-secrets-into-the-secretproviderclass">Add "KV" secrets into the SecretProviderClass</a>.
        </p>
      </noscript>
      <div id="kvmerge-panel" hidden={!open}>
        {open && (
          <BrowserOnly fallback={<p>Loading…</p>}>
            {() => (
              <Suspense fallback={<p>Loading…</p>}>
                <MergePanel />
              </Suspense>
            )}
          </BrowserOnly>
        )}
      </div>
    </section>
  );
}
