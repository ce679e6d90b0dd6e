/**
 * Runs bash text with stub `az` and `kubectl` on PATH that record their argv
 * (NUL-separated) and their standard input, so tests can check exactly what a
 * generated command would run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Invocation {
  argv: string[];
  stdin: string;
}

export function runWithStubs(script: string, stdin = ''): Invocation[] {
  const dir = mkdtempSync(join(tmpdir(), 'kv-stub-'));
  const bin = join(dir, 'bin');
  const log = join(dir, 'log');
  execFileSync('mkdir', ['-p', bin, log]);
  for (const tool of ['az', 'kubectl']) {
    const stub = join(bin, tool);
    // Each call writes argv and stdin to numbered files.
    writeFileSync(
      stub,
      `#!/usr/bin/env bash
n=$(ls "${log}" | wc -l)
printf '%s\\0' "$(basename "$0")" "$@" > "${log}/$(printf '%05d' "$n").argv"
if [[ " $* " == *" /dev/stdin "* ]]; then cat > "${log}/$(printf '%05d' "$n").stdin"; fi
`,
    );
    chmodSync(stub, 0o755);
  }
  execFileSync('bash', ['-c', script], {
    input: stdin,
    env: { PATH: `${bin}:/usr/bin:/bin`, HOME: dir },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  return readdirSync(log)
    .filter((f) => f.endsWith('.argv'))
    .sort()
    .map((f) => {
      const argv = readFileSync(join(log, f), 'utf8').split('\0').slice(0, -1);
      const stdinFile = join(log, f.replace('.argv', '.stdin'));
      let input = '';
      try {
        input = readFileSync(stdinFile, 'utf8');
      } catch {
        /* no stdin recorded */
      }
      return { argv, stdin: input };
    });
}

/** What bash makes of each quoted word: run `printf '%s\0'` over them. */
export function bashWords(quotedWords: string[]): string[] {
  const out = execFileSync('bash', ['-c', `printf '%s\\0' ${quotedWords.join(' ')}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}
