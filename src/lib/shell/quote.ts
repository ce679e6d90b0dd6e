/**
 * Quoting one argument for bash and for PowerShell, so that the program
 * receives exactly the intended argv. Bare words are left bare when no
 * character in them means anything to the shell.
 */

const BASH_BARE = /^[A-Za-z0-9_./:=@+,%-]+$/;
const POWERSHELL_BARE = /^[A-Za-z0-9_./:=+-]+$/;

/** bash: single quotes keep everything literal; a single quote is closed, escaped and reopened. */
export function quoteBash(arg: string): string {
  if (arg.length > 0 && BASH_BARE.test(arg) && !arg.startsWith('~')) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * PowerShell: single-quoted strings are verbatim; PowerShell also takes the
 * typographic quotes ‘ ’ ‚ ‛ as single quotes, so each of them is doubled too.
 */
export function quotePowerShell(arg: string): string {
  if (arg.length > 0 && POWERSHELL_BARE.test(arg) && !/^[-+]?\d/.test(arg) && !arg.startsWith('--%')) return arg;
  return `'${arg.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

/**
 * On Windows `az` is `az.cmd`: PowerShell hands the arguments to cmd.exe,
 * which re-reads `& | < > ^ ( ) %` and `!`, and inner double quotes, before
 * Python sees them. No quoting survives that reliably, so such arguments are
 * refused. Returns the problem, or undefined when the argument is safe.
 */
export function checkAzCmdArgument(arg: string): string | undefined {
  const bad = arg.match(/["&|<>^()%!\r\n\u0000-\u001f]/);
  if (!bad) return undefined;
  const shown = bad[0] < ' ' ? `\\u${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}` : bad[0];
  return `'${shown}' in an argument to az cannot pass safely through az.cmd in PowerShell`;
}

export type ShellName = 'bash' | 'powershell';

export function quote(arg: string, shell: ShellName): string {
  return shell === 'bash' ? quoteBash(arg) : quotePowerShell(arg);
}

export function renderArgv(argv: readonly string[], shell: ShellName): string {
  return argv.map((arg) => quote(arg, shell)).join(' ');
}

/**
 * An option and its value as argv. A value that starts with '-' would be read
 * as another option, so it is joined to the flag: `--name=-x`.
 */
export function option(flag: string, value: string): string[] {
  return value.startsWith('-') ? [`${flag}=${value}`] : [flag, value];
}
