/**
 * What the ported guide must contain: the seed guide's structure, written down
 * once. The built-site tests hold the HTML to it, and `seedParity.test.ts`
 * checks this list against the seed itself where `../shared/seed` exists.
 */
export interface ExpectedHeading {
  level: 2 | 3;
  text: string;
  anchor: string;
}

export interface ExpectedCodeBlock {
  language: string;
  title?: string;
  showLineNumbers: boolean;
  /** Lines marked by add-highlight-* magic comments. */
  addLines: number;
  /** Lines marked by error-highlight-* magic comments. */
  errorLines: number;
}

export const GUIDE_PATH = 'docs/secrets/add-a-new-secret';

export const expectedHeadings: readonly ExpectedHeading[] = [
  { level: 2, text: 'Introduction', anchor: 'introduction' },
  { level: 2, text: 'Basics', anchor: 'basics' },
  { level: 3, text: 'Add the secret into the "KV"', anchor: 'add-the-secret-into-the-kv' },
  { level: 3, text: 'Create the SecretProviderClass', anchor: 'create-the-secretproviderclass' },
  {
    level: 3,
    text: 'Add "KV" secrets into the SecretProviderClass',
    anchor: 'add-kv-secrets-into-the-secretproviderclass',
  },
  { level: 3, text: 'Mount the secret volume inside the pod', anchor: 'mount-the-secret-volume-inside-the-pod' },
  {
    level: 2,
    text: 'Loading the secret inside an Environment Variable',
    anchor: 'loading-the-secret-inside-an-environment-variable',
  },
  { level: 3, text: 'Register the secret as a k8s secret', anchor: 'register-the-secret-as-a-k8s-secret' },
  { level: 3, text: 'Use the secret as environment variable', anchor: 'use-the-secret-as-environment-variable' },
  { level: 2, text: '"KV" management', anchor: 'kv-management' },
  { level: 3, text: 'Add or update a secret', anchor: 'add-or-update-a-secret' },
  { level: 3, text: 'Delete a secret', anchor: 'delete-a-secret' },
  { level: 2, text: 'Examples', anchor: 'examples' },
  { level: 3, text: 'Minimal', anchor: 'minimal' },
  { level: 3, text: 'Environment Variable', anchor: 'environment-variable' },
];

/** Headings the site adds to the seed's: the generator. */
export const addedHeadings: readonly ExpectedHeading[] = [
  { level: 2, text: 'Generate it for your app', anchor: 'generate-it-for-your-app' },
];

/** Admonitions in document order. */
export const expectedAdmonitions: readonly string[] = [
  'tip',
  'important',
  'tip',
  'tip',
  'important',
  'tip',
  'note',
  'note',
];

const sh = (): ExpectedCodeBlock => ({ language: 'sh', showLineNumbers: false, addLines: 0, errorLines: 0 });
const yaml = (title: string, addLines = 0, showLineNumbers = false): ExpectedCodeBlock => ({
  language: 'yaml',
  title,
  showLineNumbers,
  addLines,
  errorLines: 0,
});

/** The seed's code blocks in document order. The error output is `text` (the seed tags it `sh`). */
export const expectedCodeBlocks: readonly ExpectedCodeBlock[] = [
  sh(), // kubectl get secretproviderclass
  yaml('spc.yaml'),
  sh(), // az account show
  sh(), // az aks show
  yaml('spc.yaml', 8), // objects
  yaml('my-spc-example-pod.yaml', 4 + 7), // volumeMounts + volumes
  sh(), // kubectl exec cat
  sh(), // kubectl exec ls
  yaml('spc.yaml', 12), // secretObjects
  yaml('my-spc-example-pod.yaml', 6), // env
  sh(), // secret set --value
  sh(), // secret set --file
  sh(), // delete
  sh(), // recover
  sh(), // purge
  { language: 'text', showLineNumbers: false, addLines: 0, errorLines: 6 },
  yaml('test-secret/spc.yaml', 0, true),
  yaml('test-secret/example-pod.yaml', 0, true),
  yaml('test-secret-env/spc.yaml', 0, true),
  yaml('test-secret-env/example-pod.yaml', 0, true),
];
