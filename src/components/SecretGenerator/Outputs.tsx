import { memo, type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import type { FileId, GeneratedFile, GenerateResult } from '@site/src/lib';
import { createZip } from '@site/src/lib/zip/createZip';
import { download } from './download';
import { withAddHighlights } from './withMagicComments';
import styles from './styles.module.css';

/** Re-renders (and re-highlights) only when the file's text or marked lines change. */
const OutputFile = memo(function OutputFile({ file }: { file: GeneratedFile }): ReactNode {
  return (
    <div className={styles.output}>
      <CodeBlock language={file.language} title={file.fileName}>
        {withAddHighlights(file.text, file.addedLines)}
      </CodeBlock>
      <button type="button" className="button button--sm button--secondary" onClick={() => download(file.fileName, file.text)}>
        Download {file.fileName}
      </button>
    </div>
  );
}, (a, b) => a.file.text === b.file.text && JSON.stringify(a.file.addedLines) === JSON.stringify(b.file.addedLines));

function Withheld({ name, reason }: { name: string; reason: string }): ReactNode {
  return (
    <p className={styles.withheld}>
      <code>{name}</code> {reason}
    </p>
  );
}

const WITHHELD = 'appears here once the fields above are valid.';

export function Outputs({ result, workloadFileName }: { result: GenerateResult; workloadFileName: string }): ReactNode {
  const { files } = result;
  const show = (id: FileId, name: string) => (files[id] ? <OutputFile file={files[id]} /> : <Withheld name={name} reason={WITHHELD} />);
  const all = Object.values(files);
  return (
    <div className={styles.outputs}>
      <div className={styles.downloadAll}>
        <button
          type="button"
          className="button button--primary"
          disabled={all.length === 0}
          onClick={() => download('kv-secrets.zip', createZip(all.map((f) => ({ name: f.fileName, text: f.text }))), 'application/zip')}
        >
          Download all files (.zip)
        </button>
        {all.length < 6 && all.length > 0 && <span className={styles.hint}> Only the valid files are included.</span>}
      </div>
      {show('spc', 'spc.yaml')}
      {show('workload', workloadFileName)}
      <Tabs groupId="shell" lazy>
        <TabItem value="bash" label="Bash" default>
          {show('azBash', 'az-commands.sh')}
          {show('kubectlBash', 'kubectl-commands.sh')}
        </TabItem>
        <TabItem value="powershell" label="PowerShell">
          {show('azPowerShell', 'az-commands.ps1')}
          {show('kubectlPowerShell', 'kubectl-commands.ps1')}
        </TabItem>
      </Tabs>
    </div>
  );
}
