/**
 * `npm run bench`: every benchmark in turn, each in its own process, whatever the one before said. One that misses a
 * target (exit code 1) does not keep the others from printing their figures; the exit code is then 1.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHES = ['run.ts', 'admin-copy.ts', 'bulk.ts', 'browser.ts', 'fleet-view.ts', 'fleet-io.ts', 'startup.ts'];
const failed: string[] = [];
for (const bench of BENCHES) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(bench, import.meta.url)), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(`${bench} (exit ${run.status ?? run.signal})`);
}
if (failed.length > 0) console.log(`\nnot every target met: ${failed.join(', ')}`);
process.exitCode = failed.length > 0 ? 1 : 0;
