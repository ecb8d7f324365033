/**
 * Changes to many files (issue 17, points 4 and 7): `npm run bench` runs this after the copy benchmark (tsx
 * bench/bulk.ts). Not part of `npm test`.
 *
 * 5,000 open files, each the full 4620 fixture (108 speed dials, 24 feature labels, every setting) opened on its own
 * (its own document, as from a folder or a zip), and one setting changed in all of them, as the "Change many files"
 * dialog does it, in its pure part:
 *   1. preview: planBulk (each file's outcome, its document after, its summary). Target: under 1 s.
 *   2. apply: the workspace's `edit-many` of that plan (one step in each file's history). Target: under 1 s.
 * Also printed, for the record (no target): a speed dial number replaced everywhere, over the same files.
 *
 * This measures the pure code only (src/session/bulk.ts and src/session/workspace.ts), not the page drawing the
 * preview or re-rendering after the change. Times are the process's CPU time (see bench/shared.ts); `--wall` for the
 * wall clock. Prints the median of 5 runs after a warm-up and PASS/FAIL; exits 1 on a FAIL.
 */
import { availableParallelism, loadavg } from 'node:os';
import { applyPlan, planBulk, type BulkChange } from '../src/session/bulk.ts';
import { openBytes, type OpenFile } from '../src/session/open-file.ts';
import { emptyWorkspace, workspaceReducer, type Workspace } from '../src/session/workspace.ts';
import { fullFileBytes, now } from './shared.ts';

const FILES = 5000;
const WALL = process.argv.includes('--wall');
const bytes = fullFileBytes();

function openAll(): Workspace {
  const files: OpenFile[] = [];
  for (let i = 0; i < FILES; i++) {
    const opened = openBytes(bytes, `${10000 + i}_4620data.txt`, null);
    if (!opened.ok) throw new Error('the full 4620 fixture did not open');
    files.push(opened.value);
  }
  return workspaceReducer(emptyWorkspace, { type: 'add', files });
}

function median(xs: readonly number[]): number {
  const sorted = xs.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(ws: Workspace, change: BulkChange): { preview: number; apply: number; changed: number } {
  const previews: number[] = [];
  const applies: number[] = [];
  let changed = 0;
  for (let run = 0; run < 6; run++) {
    const t0 = now();
    const plan = planBulk(ws.files, change);
    const t1 = now();
    const after = workspaceReducer(ws, applyPlan(plan));
    const t2 = now();
    const uids = new Set(plan.changed.map((c) => c.uid));
    if (after.files.some((f, i) => uids.has(f.uid) && f.history.past.length !== (ws.files[i]?.history.past.length ?? 0) + 1)) throw new Error('a changed file has no step of its own');
    changed = plan.changed.length;
    // The first run warms up.
    if (run > 0) {
      previews.push(t1 - t0);
      applies.push(t2 - t1);
    }
  }
  return { preview: median(previews), apply: median(applies), changed };
}

const ws = openAll();
const load = loadavg()[0] ?? 0;
console.log(`bulk change benchmark — Node ${process.version}, ${WALL ? 'wall-clock' : 'process CPU'} time; load average ${load.toFixed(1)} on ${availableParallelism()} cores`);
console.log(`${FILES.toLocaleString('en')} open files, each the full 4620 file (pure code: src/session/bulk.ts, the workspace's edit-many; not the page)`);

const setting = measure(ws, { kind: 'set-setting', id: 'contrast', value: '3' });
if (setting.changed !== FILES) throw new Error(`the setting changed ${setting.changed} files, not ${FILES}`);
const previewPass = setting.preview < 1000;
const applyPass = setting.apply < 1000;
console.log(`a setting (Contrast) over ${FILES.toLocaleString('en')} files — preview: ${setting.preview.toFixed(0)} ms median of 5 — target under 1,000 ms: ${previewPass ? 'PASS' : 'FAIL'}`);
console.log(`a setting (Contrast) over ${FILES.toLocaleString('en')} files — applied: ${setting.apply.toFixed(0)} ms median of 5 — target under 1,000 ms: ${applyPass ? 'PASS' : 'FAIL'}`);

const dial = measure(ws, { kind: 'replace-number', from: '2001', to: '2101' });
console.log(`a speed dial number replaced everywhere (${dial.changed.toLocaleString('en')} files) — preview ${dial.preview.toFixed(0)} ms, applied ${dial.apply.toFixed(0)} ms (for the record)`);

if (!previewPass || !applyPass) process.exitCode = 1;
