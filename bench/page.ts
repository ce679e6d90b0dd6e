/** Page benchmark: filled in by the widgets issue. */
export async function runPageBench(): Promise<void> {
  console.log('\nPage benchmark: not yet measured (no widgets yet).');
}
