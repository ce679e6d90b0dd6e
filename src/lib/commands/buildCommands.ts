/**
 * The `az` and `kubectl` scripts for bash and PowerShell. Commands are argv
 * arrays first and text second: every argument goes through the shell's
 * quoting routine, and tests run the bash text to check the argv.
 */
import type { ResolvedInput, ResolvedSecret } from '../model/types';
import { mergeRanges } from '../model/lineRanges';
import { checkAzCmdArgument, option, quote, renderArgv, type ShellName } from '../shell/quote';

export type ScriptLine =
  | { kind: 'comment'; text: string }
  | { kind: 'blank' }
  /**
   * `disabled` commands are printed commented out: destructive or value-printing ones.
   * `perSecret` commands name one of the reader's secrets: they are reported as added lines.
   */
  | { kind: 'command'; argv: string[]; disabled?: boolean; perSecret?: boolean }
  /** Reads a value hidden from the terminal and stores it, never on a command line. */
  | { kind: 'setSecret'; argv: string[]; prompt: string };

export interface Script {
  lines: ScriptLine[];
}

export interface RenderedScript {
  text: string;
  /** 1-based inclusive ranges of the lines that name the reader's secrets. */
  addedLines: { start: number; end: number }[];
}

const comment = (text: string): ScriptLine => ({ kind: 'comment', text });
const blank: ScriptLine = { kind: 'blank' };
const run = (argv: string[], flags: { disabled?: boolean; perSecret?: boolean } = {}): ScriptLine => ({
  kind: 'command',
  argv,
  ...flags,
});
const HIDDEN = { disabled: true, perSecret: true };
const PER_SECRET = { perSecret: true };

function vaultArgs(input: ResolvedInput, secret: ResolvedSecret): string[] {
  return [...option('--vault-name', input.keyVaultName), ...option('--name', secret.keyVaultName)];
}

/** Key Vault management: set (hidden), show, delete, recover and purge for each secret. */
export function buildAzScript(input: ResolvedInput, retentionDays: number): Script {
  const secrets = input.secrets.filter((s) => s.objectType === 'secret');
  const lines: ScriptLine[] = [
    comment(`Key Vault secrets of namespace ${input.namespace} in the vault ${input.keyVaultName}.`),
    comment('Sign in first: az login'),
    blank,
    comment('Add or update each secret. The value is read without echo and handed to az on'),
    comment('standard input: it never appears on a command line or in your shell history.'),
    comment('Setting an existing secret again stores a new version.'),
  ];
  for (const secret of secrets) {
    lines.push({
      kind: 'setSecret',
      prompt: `Value of ${secret.keyVaultName} (hidden): `,
      argv: ['az', 'keyvault', 'secret', 'set', ...vaultArgs(input, secret), '--file', '/dev/stdin', '--output', 'none'],
    });
  }
  lines.push(blank, comment('Check what is stored (prints the attributes, not the value).'));
  for (const secret of secrets) {
    lines.push(run(['az', 'keyvault', 'secret', 'show', ...vaultArgs(input, secret), '--query', 'attributes'], PER_SECRET));
  }
  lines.push(
    blank,
    comment(`Delete a secret. It stays recoverable for ${retentionDays} days (this vault's retention),`),
    comment('and its name cannot be reused until it is recovered or purged. Uncomment to run.'),
  );
  for (const secret of secrets) lines.push(run(['az', 'keyvault', 'secret', 'delete', ...vaultArgs(input, secret)], HIDDEN));
  lines.push(blank, comment('Recover a deleted secret during the retention period.'));
  for (const secret of secrets) lines.push(run(['az', 'keyvault', 'secret', 'recover', ...vaultArgs(input, secret)], HIDDEN));
  lines.push(blank, comment('Purge a deleted secret for good, while it is deleted (cannot be undone).'));
  for (const secret of secrets) lines.push(run(['az', 'keyvault', 'secret', 'purge', ...vaultArgs(input, secret)], HIDDEN));
  return { lines };
}

/** Check, apply and verify with kubectl. */
export function buildKubectlScript(input: ResolvedInput, spcFile: string, workloadFile: string): Script {
  const ns = option('--namespace', input.namespace);
  const w = input.workload;
  const target = w.kind === 'Deployment' ? `deployment/${w.name}` : `pod/${w.name}`;
  const mount = w.mountPath.replace(/\/+$/, '');
  const exposed = input.secrets.filter((s) => s.exposeAsEnv);
  const lines: ScriptLine[] = [
    comment('1. Does the namespace have a SecretProviderClass already? If one is listed,'),
    comment('   add your secrets to it instead of applying a second one.'),
    run(['kubectl', 'get', 'secretproviderclass', ...ns]),
    blank,
    comment('2. Apply the SecretProviderClass, then the workload that mounts it.'),
    run(['kubectl', 'apply', ...ns, '--filename', spcFile]),
    run(['kubectl', 'apply', ...ns, '--filename', workloadFile]),
    blank,
    comment('3. Wait until it runs, then list the mounted secret files.'),
    w.kind === 'Deployment'
      ? run(['kubectl', 'rollout', 'status', ...ns, target, '--timeout=180s'])
      : run(['kubectl', 'wait', ...ns, '--for=condition=Ready', target, '--timeout=180s']),
    run(['kubectl', 'exec', ...ns, target, '--', 'ls', mount]),
    comment('   Print a value (it shows on your screen): uncomment to run.'),
    ...input.secrets.map((s) => run(['kubectl', 'exec', ...ns, target, '--', 'cat', `${mount}/${s.fileName}`], HIDDEN)),
  ];
  if (exposed.length > 0) {
    lines.push(
      blank,
      comment('4. The synced Kubernetes Secret exists while a pod mounts the volume.'),
      run(['kubectl', 'get', 'secret', ...ns, input.syncedSecretName]),
      run(['kubectl', 'describe', 'secret', ...ns, input.syncedSecretName]),
      comment('   Print an environment variable (it shows on your screen): uncomment to run.'),
      ...exposed.map((s) => run(['kubectl', 'exec', ...ns, target, '--', 'printenv', s.envVarName], HIDDEN)),
    );
  }
  return { lines };
}

function renderSetSecret(line: Extract<ScriptLine, { kind: 'setSecret' }>, shell: ShellName): string[] {
  if (shell === 'bash') {
    return [
      `IFS= read -rsp ${quote(line.prompt, 'bash')} value && echo`,
      `printf '%s' "$value" | ${renderArgv(line.argv, 'bash')}`,
      'unset value',
    ];
  }
  // PowerShell cannot pipe to az's /dev/stdin on Windows: write a temporary file and delete it.
  const argv = line.argv.map((arg) => (arg === '/dev/stdin' ? '$file.FullName' : quote(arg, 'powershell')));
  return [
    `$value = Read-Host -AsSecureString -Prompt ${quote(line.prompt.replace(/: $/, ''), 'powershell')}`,
    '$file = New-TemporaryFile',
    'try {',
    "  [IO.File]::WriteAllText($file.FullName, [Net.NetworkCredential]::new('', $value).Password)",
    `  ${argv.join(' ')}`,
    '} finally {',
    '  Remove-Item -LiteralPath $file.FullName',
    '}',
  ];
}

/** Prints a script for one shell; the lines naming secrets are reported as added. */
export function renderScript(script: Script, shell: ShellName, header: string[] = []): RenderedScript {
  const out: string[] = [];
  const added: { start: number; end: number }[] = [];
  const push = (lines: string[], isAdded: boolean) => {
    const start = out.length + 1;
    out.push(...lines);
    if (isAdded && lines.length > 0) added.push({ start, end: out.length });
  };
  push(header, false);
  for (const line of script.lines) {
    if (line.kind === 'blank') push([''], false);
    else if (line.kind === 'comment') push([`# ${line.text}`], false);
    else if (line.kind === 'setSecret') push(renderSetSecret(line, shell), true);
    else push([`${line.disabled ? '# ' : ''}${renderArgv(line.argv, shell)}`], line.perSecret === true);
  }
  return { text: `${out.join('\n')}\n`, addedLines: mergeRanges(added) };
}

/** Arguments that cannot pass through az.cmd in PowerShell, with where they are. */
export function unsafeAzCmdArguments(script: Script): Array<{ arg: string; problem: string }> {
  const problems: Array<{ arg: string; problem: string }> = [];
  for (const line of script.lines) {
    if ((line.kind === 'command' || line.kind === 'setSecret') && line.argv[0] === 'az') {
      for (const arg of line.argv) {
        const problem = checkAzCmdArgument(arg);
        if (problem) problems.push({ arg, problem });
      }
    }
  }
  return problems;
}

export const SCRIPT_HEADERS: Record<ShellName, string[]> = {
  bash: ['#!/usr/bin/env bash', 'set -euo pipefail', ''],
  powershell: ["$ErrorActionPreference = 'Stop'", ''],
};
