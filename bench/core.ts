/**
 * Core benchmark: milliseconds per operation for the generator, the merge and
 * the linter at two or three sizes, each with a baseline measured in the same
 * run so the figures also read as ratios on a noisy shared machine:
 * - generate: `yaml.stringify` of the same outputs as plain data;
 * - merge: `yaml.parse` + `yaml.stringify` of the same existing SPC;
 * - lint: `yaml.parseAllDocuments` of the same text (parsing alone).
 */
import { parse, parseAllDocuments, stringify } from 'yaml';
import { organization } from '../src/config/organization';
import { generateAll, lintManifests, mergeSecretProviderClass, resolveSecret, type AppSecretsInput } from '../src/lib';

export interface BenchRow {
  name: string;
  medianMs: number;
  p95Ms: number;
  runs: number;
  baselineMs?: number;
}

export function measure(name: string, fn: () => unknown, minRuns = 15, budgetMs = 3000, baseline?: () => unknown): BenchRow {
  for (let i = 0; i < 3; i++) fn(); // warm up
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || (performance.now() - started < budgetMs && times.length < 200)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const row: BenchRow = { name, medianMs: times[Math.floor(times.length / 2)]!, p95Ms: times[Math.floor(times.length * 0.95)]!, runs: times.length };
  if (baseline) row.baselineMs = measure(`${name} (baseline)`, baseline, minRuns, budgetMs / 3).medianMs;
  return row;
}

function input(count: number): AppSecretsInput {
  return {
    namespace: 'bench',
    secrets: Array.from({ length: count }, (_, i) => ({ keyVaultName: `secret-${i}`, exposeAsEnv: i % 2 === 0 })),
  };
}

function existingSpc(objects: number): string {
  const result = generateAll(input(objects), organization);
  return result.files.spc!.text;
}

export function runCoreBench(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const count of [1, 50, 1000]) {
    const data = input(count);
    const sample = generateAll(data, organization);
    const plain = Object.values(sample.files).map((f) => parse(f.fileName.endsWith('.yaml') ? f.text : stringify(f.text)));
    rows.push(measure(`generate all outputs, ${count} secrets`, () => generateAll(data, organization), 15, 3000, () => stringify(plain)));
  }
  for (const [existing, added] of [
    [50, 5],
    [500, 50],
  ] as const) {
    const text = existingSpc(existing);
    const secrets = Array.from({ length: added }, (_, i) => resolveSecret({ keyVaultName: `new-${i}`, exposeAsEnv: true }));
    rows.push(
      measure(`merge ${added} secrets into a ${existing}-object SPC`, () => mergeSecretProviderClass(text, { syncedSecretName: 'azure-kv', secrets }), 15, 3000, () =>
        stringify(parse(text)),
      ),
    );
  }
  const files = generateAll({ ...input(3), workload: { kind: 'Deployment' } }, organization).files;
  const unit = `${files.spc!.text}---\n${files.workload!.text}`;
  for (const bytes of [100_000, 1_000_000]) {
    const text = Array.from({ length: Math.ceil(bytes / unit.length) }, () => unit).join('---\n');
    rows.push(measure(`lint ${(text.length / 1e6).toFixed(2)} MB of manifests`, () => lintManifests(text), 5, 4000, () => parseAllDocuments(text)));
  }
  return rows;
}
