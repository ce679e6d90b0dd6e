/**
 * Everything the generator widget shows, from one input: the diagnostics and
 * each file. A file whose inputs have an error is withheld (undefined), so a
 * reader never copies broken output; the other files are still given.
 */
import { buildAzScript, buildKubectlScript, renderScript, SCRIPT_HEADERS, unsafeAzCmdArguments } from '../commands/buildCommands';
import type { Defaults } from '../model/defaults';
import { resolveInput } from '../model/resolveInput';
import type { AppSecretsInput, Diagnostic, GeneratedFile, ResolvedInput } from '../model/types';
import { buildSecretProviderClass } from '../secretProviderClass/buildSecretProviderClass';
import { buildWorkload } from '../workload/buildWorkload';

export interface GeneratorConfig extends Defaults {
  softDeleteRetentionDays: number;
}

export type FileId = 'spc' | 'workload' | 'azBash' | 'azPowerShell' | 'kubectlBash' | 'kubectlPowerShell';

export interface GenerateResult {
  resolved: ResolvedInput;
  diagnostics: Diagnostic[];
  files: Partial<Record<FileId, GeneratedFile>>;
}

/** The vault and the secrets' names: all the az scripts use. */
const AZ_INPUTS = /^(keyVaultName|secrets(\[\d+\]\.(keyVaultName|objectType))?$)/;
/** Namespace, class, secrets and workload: what the workload and the kubectl scripts use. */
const CLUSTER_INPUTS = /^(namespace|spcName|syncedSecretName|secrets|workload)/;

/** Which input paths each file is made from: an error under any of them withholds the file. */
const DEPENDS_ON: Record<FileId, RegExp> = {
  spc: /^(namespace|spcName|keyVaultName|tenantId|identityMode|identityClientId|syncedSecretName|secrets)/,
  workload: CLUSTER_INPUTS,
  azBash: AZ_INPUTS,
  azPowerShell: AZ_INPUTS,
  kubectlBash: CLUSTER_INPUTS,
  kubectlPowerShell: CLUSTER_INPUTS,
};

export const SPC_FILE_NAME = 'spc.yaml';

export function generateAll(input: AppSecretsInput, config: GeneratorConfig): GenerateResult {
  const { resolved, diagnostics } = resolveInput(input, config);
  const azScript = buildAzScript(resolved, config.softDeleteRetentionDays);
  for (const { arg, problem } of unsafeAzCmdArguments(azScript)) {
    diagnostics.push({ code: 'UNSAFE_SHELL_ARGUMENT', path: 'azPowerShell', severity: 'error', message: `${problem}: ${arg}` });
  }
  const blocked = (id: FileId) =>
    diagnostics.some((d) => d.severity === 'error' && (DEPENDS_ON[id].test(d.path) || d.path === id));
  const files: GenerateResult['files'] = {};
  if (!blocked('spc')) {
    const spc = buildSecretProviderClass(resolved);
    files.spc = { fileName: SPC_FILE_NAME, language: 'yaml', text: spc.yaml, addedLines: spc.addedLines };
  }
  const workloadFileName = resolved.workload.kind === 'Deployment' ? 'deployment.yaml' : 'pod.yaml';
  if (!blocked('workload')) {
    const workload = buildWorkload(resolved);
    files.workload = { fileName: workload.fileName, language: 'yaml', text: workload.yaml, addedLines: workload.addedLines };
  }
  const kubectlScript = buildKubectlScript(resolved, SPC_FILE_NAME, workloadFileName);
  const scripts = [
    ['azBash', azScript, 'bash', 'az-commands.sh'],
    ['azPowerShell', azScript, 'powershell', 'az-commands.ps1'],
    ['kubectlBash', kubectlScript, 'bash', 'kubectl-commands.sh'],
    ['kubectlPowerShell', kubectlScript, 'powershell', 'kubectl-commands.ps1'],
  ] as const;
  for (const [id, script, shell, fileName] of scripts) {
    if (blocked(id)) continue;
    const rendered = renderScript(script, shell, SCRIPT_HEADERS[shell]);
    files[id] = { fileName, language: shell, text: rendered.text, addedLines: rendered.addedLines };
  }
  return { resolved, diagnostics, files };
}
