import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config, dnsLabel, keyVaultObjectName } from '../../../tests/helpers/arbitraries';
import { runWithStubs } from '../../../tests/helpers/stubShell';
import { generateAll } from '../generate/generateAll';
import { resolveInput } from '../model/resolveInput';
import type { AppSecretsInput } from '../model/types';
import { renderArgv } from '../shell/quote';
import { buildAzScript, buildKubectlScript, renderScript, type Script } from './buildCommands';

const commands = (script: Script) => script.lines.filter((l) => l.kind === 'command');

function scripts(input: AppSecretsInput) {
  const { resolved } = resolveInput(input, config);
  return { resolved, az: buildAzScript(resolved, 7), kubectl: buildKubectlScript(resolved, 'spc.yaml', 'pod.yaml') };
}

describe('the az script', () => {
  it('sets each secret from a hidden prompt: the value reaches az on stdin, never in argv', () => {
    const { az } = scripts({ namespace: 'my-app', secrets: [{ keyVaultName: 'db-password' }, { keyVaultName: '-dash' }] });
    const bash = renderScript(az, 'bash').text;
    expect(bash).toContain('read -rsp');
    const calls = runWithStubs(bash, "s3cr3t value with 'quotes' $HOME\nsecond\n").filter((c) => c.argv[3] === 'set');
    expect(calls.map((c) => c.argv)).toEqual([
      ['az', 'keyvault', 'secret', 'set', '--vault-name', config.keyVaultName, '--name', 'db-password', '--file', '/dev/stdin', '--output', 'none'],
      ['az', 'keyvault', 'secret', 'set', '--vault-name', config.keyVaultName, '--name=-dash', '--file', '/dev/stdin', '--output', 'none'],
    ]);
    // Exactly the typed line, without the newline Enter adds.
    expect(calls.map((c) => c.stdin)).toEqual(["s3cr3t value with 'quotes' $HOME", 'second']);
    expect(bash).not.toContain('s3cr3t');
  });

  it('runs show as it is and keeps delete, recover and purge commented out', () => {
    const { az } = scripts({ namespace: 'a', secrets: [{ keyVaultName: 'x' }] });
    const text = renderScript(az, 'bash').text;
    const live = runWithStubs(text, 'v\n').map((c) => c.argv[3]);
    expect(live).toEqual(['set', 'show']);
    for (const verb of ['delete', 'recover', 'purge']) expect(text).toMatch(new RegExp(`^# az keyvault secret ${verb} `, 'm'));
  });

  it('in PowerShell reads the value with -AsSecureString and removes the temporary file', () => {
    const { az } = scripts({ namespace: 'a', secrets: [{ keyVaultName: 'x' }] });
    const ps = renderScript(az, 'powershell').text;
    expect(ps).toContain('Read-Host -AsSecureString');
    expect(ps).toContain('--file $file.FullName');
    expect(ps).toMatch(/finally \{\n\s+Remove-Item -LiteralPath \$file\.FullName/);
  });
});

describe('the kubectl script', () => {
  it.each(['Pod', 'Deployment'] as const)('checks, applies and verifies a %s', (kind) => {
    const { kubectl } = scripts({ namespace: 'my-app', secrets: [{ keyVaultName: 'db-password', exposeAsEnv: true }], workload: { kind } });
    const calls = runWithStubs(renderScript(kubectl, 'bash').text).map((c) => c.argv.slice(1, 3).join(' '));
    expect(calls).toEqual([
      'get secretproviderclass',
      'apply --namespace',
      'apply --namespace',
      kind === 'Pod' ? 'wait --namespace' : 'rollout status',
      'exec --namespace',
      'get secret',
      'describe secret',
    ]);
  });
});

describe('every rendered bash command', () => {
  it('runs with exactly the intended argv, for random valid names', () => {
    fc.assert(
      fc.property(dnsLabel, fc.uniqueArray(keyVaultObjectName, { minLength: 1, maxLength: 3, selector: (n) => n.toUpperCase().replace(/-/g, '_') }), (namespace, names) => {
        const { az, kubectl } = scripts({ namespace, secrets: names.map((keyVaultName) => ({ keyVaultName, exposeAsEnv: true })) });
        const all = [...commands(az), ...commands(kubectl)].map((l) => (l.kind === 'command' ? l.argv : []));
        // One bash run with every command, the commented ones uncommented.
        const calls = runWithStubs(all.map((argv) => renderArgv(argv, 'bash')).join('\n'));
        expect(calls.map((c) => c.argv)).toEqual(all);
      }),
      { numRuns: 25 },
    );
  });
});

describe('generateAll()', () => {
  it('withholds only the files whose inputs are broken', () => {
    const { files, diagnostics } = generateAll({ namespace: 'My App', secrets: [{ keyVaultName: 'db-password' }] }, config);
    expect(diagnostics.map((d) => d.code)).toContain('INVALID_NAMESPACE');
    expect(files.spc).toBeUndefined();
    expect(files.workload).toBeUndefined();
    expect(files.kubectlBash).toBeUndefined();
    expect(files.azBash?.text).toContain('--name db-password');
  });

  it('gives every file when the input is valid, named as the widgets show them', () => {
    const { files } = generateAll({ namespace: 'a', secrets: [{ keyVaultName: 'x' }], workload: { kind: 'Deployment' } }, config);
    expect(Object.values(files).map((f) => f.fileName)).toEqual([
      'spc.yaml',
      'deployment.yaml',
      'az-commands.sh',
      'az-commands.ps1',
      'kubectl-commands.sh',
      'kubectl-commands.ps1',
    ]);
  });

  it('never throws and never emits output with errors in it, for any string in any field', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (ns, name, alias) => {
        const result = generateAll({ namespace: ns, secrets: [{ keyVaultName: name, alias, exposeAsEnv: true }] }, config);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length === 0) expect(Object.keys(result.files)).toHaveLength(6);
        if (result.files.spc) expect(errors.filter((d) => !d.path.startsWith('workload'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
