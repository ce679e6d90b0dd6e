/**
 * The guide's `<placeholders>` and the reader's values for them. The guide's
 * code blocks show these values once the reader has typed them; a value that
 * is invalid is not filled in, so the guide never shows broken YAML.
 */
import type { Diagnostic, ResolvedInput } from '@site/src/lib';

/** Longest first: `<namespace>-spc` is the class name, not the namespace plus '-spc'. */
export const PLACEHOLDERS = ['<namespace>-spc', '<namespace>', '<name>', '<secret-1-key>', '<secret-2-key>', '<secret-key>', '<secret-name>'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

export function placeholderValues(resolved: ResolvedInput, diagnostics: readonly Diagnostic[], typedNamespace: boolean): PlaceholderValues {
  const broken = (path: string) => diagnostics.some((d) => d.severity === 'error' && (d.path === path || d.path.startsWith(`${path}.`)));
  const values: PlaceholderValues = {};
  if (typedNamespace && !broken('namespace')) values['<namespace>'] = resolved.namespace;
  if (typedNamespace && !broken('namespace') && !broken('spcName')) {
    values['<name>'] = resolved.spcName;
    values['<namespace>-spc'] = resolved.spcName;
  }
  const secret = (i: number) => {
    const s = resolved.secrets[i];
    return s && s.keyVaultName && !broken(`secrets[${i}].keyVaultName`) ? s.keyVaultName : undefined;
  };
  const first = secret(0);
  const second = secret(1);
  if (first) {
    values['<secret-1-key>'] = first;
    values['<secret-key>'] = first;
    values['<secret-name>'] = first;
  }
  if (second) values['<secret-2-key>'] = second;
  return values;
}

export interface FilledCode {
  code: string;
  /** For each line of `code` that holds filled values: the [start, end) columns of each. */
  filledByLine: Map<string, Array<[number, number]>>;
}

/** Replaces the placeholders in code, remembering where each value went. */
export function fillPlaceholders(code: string, values: PlaceholderValues): FilledCode {
  const filledByLine = new Map<string, Array<[number, number]>>();
  const keys = PLACEHOLDERS.filter((p) => values[p] !== undefined);
  if (keys.length === 0) return { code, filledByLine };
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'), 'g');
  const lines = code.split('\n').map((line) => {
    const ranges: Array<[number, number]> = [];
    let out = '';
    let last = 0;
    for (const match of line.matchAll(pattern)) {
      const value = values[match[0] as Placeholder]!;
      out += line.slice(last, match.index);
      ranges.push([out.length, out.length + value.length]);
      out += value;
      last = match.index + match[0].length;
    }
    out += line.slice(last);
    if (ranges.length > 0) filledByLine.set(out, ranges);
    return out;
  });
  return { code: lines.join('\n'), filledByLine };
}
