#!/usr/bin/env node
// `npm audit` of the production dependencies (what ships in the page). Fails on any known vulnerability. When the
// registry's advisory service cannot be reached or refuses the request (some mirrors answer 405), it says so
// plainly and does not fail: no answer is not a clean bill of health, and the message says that too.
//   node scripts/audit.mjs
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (counts) {
  // { info, low, moderate, high, critical, total }
  const found = Number(counts.total ?? 0);
  if (found > 0) {
    console.error(`npm audit: ${found} known vulnerabilities in production dependencies:`, counts);
    process.exit(1);
  }
  console.log('npm audit: no known vulnerabilities in production dependencies.');
  process.exit(0);
}
const why = report?.message ?? report?.error?.summary ?? (run.stderr.trim().split('\n').pop() || `exit code ${run.status}`);
console.warn(`npm audit: the advisory service gave no answer (${why}). Production dependencies were NOT checked; run \`npm audit --omit=dev\` where the registry's audit endpoint is reachable.`);
