import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import { organization } from '@site/src/config/organization';
import styles from './index.module.css';

const STEPS: ReadonlyArray<{ title: string; body: string }> = [
  {
    title: 'Add the secret to the vault',
    body: `Store the value in ${organization.keyVaultName} with az keyvault secret set, never in a manifest.`,
  },
  {
    title: 'Describe it in a SecretProviderClass',
    body: 'List the Key Vault objects your namespace needs, and optionally sync them to a Kubernetes Secret.',
  },
  {
    title: 'Mount it in your pod',
    body: 'A read-only CSI volume puts each secret in a file; secretKeyRef turns it into an environment variable.',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Key Vault secrets for your pods"
      description={`How ${organization.name} hands Azure Key Vault secrets to Kubernetes pods with the Secrets Store CSI Driver.`}
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Key Vault secrets in your pods, without hand-editing YAML
          </Heading>
          <p className={styles.lead}>
            The {organization.name} guide to handing secrets from the <code>{organization.keyVaultName}</code> Azure
            Key Vault to Kubernetes workloads through the Secrets Store CSI Driver. Type your namespace and secret
            names once and copy a SecretProviderClass, a pod or deployment, and the <code>az</code> and{' '}
            <code>kubectl</code> commands that are correct for them. What you type never leaves your browser.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/secrets/add-a-new-secret#generate-it-for-your-app">
              Generate it for your app
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/secrets/add-a-new-secret">
              Read the guide
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <ol className={styles.steps}>
          {STEPS.map((step) => (
            <li key={step.title} className={styles.step}>
              <Heading as="h2" className={styles.stepTitle}>
                {step.title}
              </Heading>
              <p>{step.body}</p>
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
