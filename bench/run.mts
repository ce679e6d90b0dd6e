/** `npm run bench`: the core benchmark, then the page benchmark (needs a build and Chromium). */
import { runCoreBench, type BenchRow } from './core.ts';

function printRows(title: string, rows: BenchRow[]): void {
  console.log(`\n${title}`);
  console.log('operation'.padEnd(48), 'median ms'.padStart(10), 'p95 ms'.padStart(10), 'runs'.padStart(6), '× baseline'.padStart(11));
  for (const r of rows) {
    const ratio = r.baselineMs ? (r.medianMs / r.baselineMs).toFixed(1) : '';
    console.log(r.name.padEnd(48), r.medianMs.toFixed(3).padStart(10), r.p95Ms.toFixed(3).padStart(10), String(r.runs).padStart(6), ratio.padStart(11));
  }
}

const core = runCoreBench();
printRows('Core (src/lib), one operation at a time; baselines: see bench/core.ts', core);
const per = (name: string, n: number) => core.find((r) => r.name.startsWith(name) && r.name.includes(`${n} secrets`));
const g50 = per('generate', 50);
const g1000 = per('generate', 1000);
if (g50 && g1000) {
  console.log(`\nScaling: 1000 secrets take ${(g1000.medianMs / g50.medianMs).toFixed(1)}× the time of 50 (linear would be 20×).`);
  console.log(`Budget: 50 secrets → all outputs in ${g50.medianMs.toFixed(2)} ms (one frame is 16 ms).`);
}

if (!process.argv.includes('--core')) {
  const { runPageBench } = await import('./page.ts');
  await runPageBench();
}
