/** What the benchmarks share: the clock they time by, and the full 4620 file they time on. */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Milliseconds of this process's CPU time (user + system), so other work on a shared machine does not count
 * against the code measured; `--wall` times by the wall clock instead.
 */
export const now: () => number = process.argv.includes('--wall')
  ? () => performance.now()
  : () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };

/** The full 4620 fixture: 108 speed dials, 24 feature labels, every setting with a valid value. */
export const fullFileBytes = (): Uint8Array => new Uint8Array(readFileSync(new URL('../src/format/fixtures/full-4620.txt', import.meta.url)));
