#!/usr/bin/env node
// Bundle sizes per chunk after `npm run build` (run as `postbuild`). The initial JavaScript is what
// index.html loads before a file is opened (its module script and modulepreloads); everything else is lazy.
// Over its ceiling the build fails (exit code 1), so the budget holds instead of being a line nobody reads.
//   node scripts/bundle-report.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
/** The initial JavaScript's ceiling, in KB gzip (level 9): see the performance issue and README. */
const BUDGET_KB = 115;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
const files = readdirSync(join(dist, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => {
    const path = `assets/${f}`;
    const bytes = readFileSync(join(dist, path));
    return { path, raw: statSync(join(dist, path)).size, gzip: gzipSync(bytes, { level: 9 }).length, initial: initial.has(path) };
  })
  .toSorted((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
console.log('\nBundle report (gzip level 9)');
console.log(`${'chunk'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)}  loaded`);
for (const f of files) console.log(`${f.path.padEnd(44)} ${kb(f.raw)} ${kb(f.gzip)}  ${f.initial ? 'initially' : 'lazily'}`);
const js = files.filter((f) => f.initial && f.path.endsWith('.js')).reduce((s, f) => s + f.gzip, 0);
const within = js <= BUDGET_KB * 1024;
console.log(`initial JavaScript: ${(js / 1024).toFixed(1)} KB gzip (ceiling ${BUDGET_KB} KB: ${within ? 'within' : 'OVER'})\n`);
if (!within) {
  console.error(`The initial JavaScript is ${((js - BUDGET_KB * 1024) / 1024).toFixed(1)} KB over its ${BUDGET_KB} KB ceiling: load the new code lazily, or make room (npm run bundle:origins shows what the initial chunk holds).`);
  process.exit(1);
}
