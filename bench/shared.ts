/** What the benchmarks share: the clock they time by, and the files they time on. */
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

/**
 * A 1 MB backup as a file grown by hand over the years looks: the full 4620 file, then some 24,000 lines the editor
 * does not know (a 46xxsettings.txt pasted in, with its comments and SET lines; names of other firmware; notes),
 * each kept and shown as it is. Just under the largest file the editor opens (MAX_FILE_BYTES, 1 MiB).
 */
export function bigFileBytes(size = 1_000_000): Uint8Array {
  const parts: string[] = [new TextDecoder().decode(fullFileBytes())];
  let length = parts[0]?.length ?? 0;
  const kinds = [
    (i: number) => `## Site ${i}: settings for the phones of building ${i % 40}, floor ${i % 12}`,
    (i: number) => `SET MCIPADD 10.${i % 250}.${(i * 7) % 250}.${(i * 13) % 250}`,
    (i: number) => `CustomParam${String(i).padStart(5, '0')}=value ${i} for extension ${4000 + (i % 900)}`,
    (i: number) => `# note ${i}: checked by the administrator`,
    () => '',
  ];
  for (let i = 1; ; i++) {
    const line = `${(kinds[i % kinds.length] as (i: number) => string)(i)}\r\n`;
    if (length + line.length > size) break;
    parts.push(line);
    length += line.length;
  }
  return new TextEncoder().encode(parts.join(''));
}
