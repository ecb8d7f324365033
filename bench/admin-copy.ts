/**
 * Copy to extensions: `npm run bench` runs this first (tsx bench/admin-copy.ts). Not part of `npm test`.
 *
 * Copies a full 4620 file (108 speed dials, 24 feature labels, every setting) to 1,000 extensions and zips the
 * result, as the administrator tools do: copyToExtensions then zipFiles (fflate). Prints the median wall-clock time
 * of several runs and PASS/FAIL against the target: the zip in under 2 s. Exits 1 on a FAIL.
 *
 * Times are the process's CPU time (user + system) by default, as in bench/run.ts, so other work on a shared
 * machine does not count against the copy; `--wall` times by the wall clock instead.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { SETTINGS } from '../src/catalog/catalog.ts';
import { unzipFiles, zipFiles } from '../src/file-io/zip.ts';
import { parseText } from '../src/format/document.ts';
import { ALL_PARTS, copyToExtensions, type Naming } from '../src/model/admin/copy.ts';
import { parseExtensions } from '../src/model/admin/ranges.ts';

const WALL = process.argv.includes('--wall');
/** Milliseconds by the chosen clock. */
const now: () => number = WALL
  ? () => performance.now()
  : () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };

const EXAMPLE: Record<string, string> = { ipv4: '192.168.10.5', text: '/backup/phones' };

/** Every speed dial and feature label of a 4620, and every setting with a valid value. */
function full4620(): string {
  const lines = [''];
  const labels = ['Reception', 'Помощь', 'Müller', 'ヘルプデスク', 'Front desk 24'];
  for (let i = 1; i <= 108; i++) {
    const n = String(i).padStart(3, '0');
    lines.push(`ABKNAME${n}=${labels[i % labels.length] ?? ''} ${i}`.slice(0, 13), `ABKNUMBER${n}=9,0800${String(i).padStart(6, '0')}`);
  }
  for (let i = 1; i <= 24; i++) lines.push(`PHNLABEL${String(i).padStart(2, '0')}=Button ${i}`);
  for (const def of SETTINGS) {
    const t = def.type;
    const value = t.kind === 'choice' ? (t.choices[0]?.value ?? '') : t.kind === 'range' ? String(t.min) : (EXAMPLE[t.kind] ?? '');
    lines.push(`${def.name}=${value}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const doc = parseText(full4620());
const extensions = parseExtensions('4001-5000').extensions;

function run(naming: Naming): { ms: number; bytes: number; files: number } {
  const start = now();
  const { files } = copyToExtensions(doc, '4620SW', extensions, ALL_PARTS, naming);
  const zip = zipFiles(files);
  return { ms: now() - start, bytes: zip.length, files: files.length };
}

function median(xs: readonly number[]): number {
  const sorted = [...xs];
  sorted.sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

// Check once that the zip holds what it should: 1,000 files, each the full copy.
const check = unzipFiles({ name: 'x.zip', bytes: zipFiles(copyToExtensions(doc, '4620SW', extensions, ALL_PARTS, 'h323').files), handle: null });
if (check.length !== 1000 || check[0]?.name !== '4001_4620data.txt' || check[999]?.name !== '5000_4620data.txt') throw new Error('the zip does not hold the 1,000 files');

const load = loadavg()[0] ?? 0;
console.log(`copy to extensions benchmark — Node ${process.version}, ${WALL ? 'wall-clock' : 'process CPU'} time; load average ${load.toFixed(1)} on ${availableParallelism()} cores`);
let failed = false;
for (const naming of ['h323', 'both'] as const) {
  run(naming); // warm-up
  const runs = Array.from({ length: 5 }, () => run(naming));
  const ms = median(runs.map((r) => r.ms));
  const { files, bytes } = runs[0] ?? { files: 0, bytes: 0 };
  const target = naming === 'h323';
  const pass = ms < 2000;
  if (target) failed ||= !pass;
  console.log(
    `full 4620 file → 1,000 extensions (${naming === 'both' ? 'H.323 and SIP names' : 'H.323 names'}): ${files} files, ${(bytes / 1024).toFixed(0)} KB zip, ${ms.toFixed(0)} ms median of 5` +
      (target ? ` — target under 2,000 ms: ${pass ? 'PASS' : 'FAIL'}` : ''),
  );
}
if (failed) process.exitCode = 1;
