/**
 * Codec throughput: `npm run bench` (tsx bench/run.ts). Not part of `npm test`.
 *
 * Measures load → save (loadBytes: decode, split, classify every line; saveBytes: serialise and encode) on
 *   1. the full 4620 fixture (108 speed dials, 24 feature labels, every setting), and
 *   2. a 10 MB synthetic file,
 * against a baseline measured in the same run: `new TextDecoder().decode(bytes).split(/\r?\n/)`, then join and
 * encode. Prints time per op, MB/s, the codec's throughput as a ratio of the baseline's, and PASS/FAIL against
 * the targets: the full file under 1 ms per op; at least 0.3 of the baseline's throughput. Exits 1 on a FAIL.
 *
 * Times are the process's CPU time (user + system) by default, so other work on a shared machine (a test run, a
 * browser) does not count against the codec; `--wall` times by the wall clock instead.
 *
 *   npm run bench                 # both
 *   npm run bench -- --wall       # wall-clock time
 *   npm run bench -- --quick      # shorter runs (a smoke test of the harness)
 */
import { availableParallelism, loadavg } from 'node:os';
import { loadBytes, saveBytes } from '../src/format/codec.ts';
import { fullFileBytes, now } from './shared.ts';

const QUICK = process.argv.includes('--quick');
const WALL = process.argv.includes('--wall');
const MB = 1024 * 1024;

const fullFile = fullFileBytes();

/** A backup-like file of exactly `size` bytes: speed dials past any phone's capacity, feature labels, settings, unknown and comment lines, some non-ASCII. */
function syntheticFile(size: number): Uint8Array {
  const labels = ['Reception', 'Помощь', 'Müller', 'ヘルプデスク', 'Front desk 24', '漢字テスト', 'שלום'];
  const parts: string[] = ['\r\n'];
  // UTF-8 never takes fewer bytes than UTF-16 code units, so stop once the text is long enough and cut the bytes.
  for (let i = 1, length = 2; length < size; i++) {
    const block = [
      `ABKNAME${String(i).padStart(3, '0')}=${labels[i % labels.length] ?? ''} ${i}`,
      `ABKNUMBER${String(i).padStart(3, '0')}=${i % 3 === 0 ? `*88#${i}` : `9,0800${i}`}`,
      `PHNLABEL${i % 24 || 24}=Button ${i}`,
      i % 5 === 0 ? `Contrast=${(i % 15) + 1}` : `Call Timer=${i % 2}`,
      i % 7 === 0 ? `Mystery Setting ${i}=value with = signs and spaces ` : `FTP Directory Path=/backup/phones/${i}`,
      i % 11 === 0 ? '# a comment line' : '',
      '',
    ].join('\r\n');
    parts.push(block);
    length += block.length;
  }
  // Cut at exactly `size` bytes; the last line may be cut short and then has no line end, which the codec keeps.
  const bytes = new TextEncoder().encode(parts.join(''));
  let end = size;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--; // never in the middle of a character
  return bytes.slice(0, end);
}

function codec(bytes: Uint8Array): number {
  const loaded = loadBytes(bytes, Infinity);
  if (!loaded.ok) throw new Error(`codec refused the input: ${JSON.stringify(loaded.error)}`);
  return saveBytes(loaded.value.doc).length;
}

const encoder = new TextEncoder();
function baseline(bytes: Uint8Array): number {
  const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
  return encoder.encode(lines.join('\r\n')).length;
}

interface Timing {
  /** Median milliseconds per op over the batches. */
  readonly msPerOp: number;
  readonly ops: number;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs];
  sorted.sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Times the codec and the baseline in alternating batches of about `batchMs` each, after a warm-up of both, so a
 * machine busy with something else slows both alike; gives each one's median time per op.
 */
function timePair(a: () => number, b: () => number, batchMs: number, batches: number): [Timing, Timing] {
  let sink = 0;
  const opsPerBatch = (fn: () => number): number => {
    let n = 0;
    const until = now() + batchMs;
    while (now() < until) {
      sink += fn();
      n++;
    }
    return Math.max(1, n);
  };
  const na = opsPerBatch(a);
  const nb = opsPerBatch(b);
  const sa: number[] = [];
  const sb: number[] = [];
  const batch = (fn: () => number, n: number, into: number[]) => {
    const start = now();
    for (let i = 0; i < n; i++) sink += fn();
    into.push((now() - start) / n);
  };
  for (let i = 0; i < batches; i++) {
    batch(a, na, sa);
    batch(b, nb, sb);
  }
  if (sink === 0) throw new Error('nothing was produced');
  return [
    { msPerOp: median(sa), ops: na * batches },
    { msPerOp: median(sb), ops: nb * batches },
  ];
}

interface Case {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly batchMs: number;
  readonly batches: number;
  /** PASS/FAIL text for the case, from the codec's and baseline's timings. */
  readonly target: (codecTime: Timing, baselineTime: Timing) => { readonly pass: boolean; readonly text: string };
}

const ratioOf = (codecTime: Timing, baselineTime: Timing): number => baselineTime.msPerOp / codecTime.msPerOp;

const CASES: Case[] = [
  {
    name: 'full 4620 file',
    bytes: fullFile,
    batchMs: QUICK ? 50 : 300,
    batches: QUICK ? 3 : 9,
    target: (c) => ({ pass: c.msPerOp < 1, text: 'under 1 ms/op' }),
  },
  {
    name: '10 MB synthetic',
    bytes: syntheticFile(10 * MB),
    batchMs: QUICK ? 200 : 1500,
    batches: QUICK ? 3 : 5,
    target: (c, b) => ({ pass: ratioOf(c, b) >= 0.3, text: '≥ 0.3 × baseline' }),
  },
];

const size = (n: number): string => (n >= MB ? `${(n / MB).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);
const ms = (t: number): string => (t < 1 ? `${(t * 1000).toFixed(1)} µs` : `${t.toFixed(2)} ms`);
const mbps = (bytes: number, t: number): string => `${(bytes / MB / (t / 1000)).toFixed(1)} MB/s`;
const pad = (s: string, n: number): string => s.padEnd(n);

const cores = availableParallelism();
const load = loadavg()[0] ?? 0;
console.log(`codec benchmark — Node ${process.version}, ${WALL ? 'wall-clock' : 'process CPU'} time${QUICK ? ', quick' : ''}`);
console.log(`load average ${load.toFixed(1)} on ${cores} cores${load > cores ? ' — the machine is busy: wall-clock numbers would be unreliable' : ''}`);
console.log(
  [pad('case', 18), pad('size', 9), pad('codec/op', 11), pad('codec', 12), pad('baseline/op', 12), pad('baseline', 12), pad('ratio', 7), 'target'].join(' '),
);
let failed = false;
for (const c of CASES) {
  const [codecTime, baselineTime] = timePair(() => codec(c.bytes), () => baseline(c.bytes), c.batchMs, c.batches);
  const verdict = c.target(codecTime, baselineTime);
  failed ||= !verdict.pass;
  console.log(
    [
      pad(c.name, 18),
      pad(size(c.bytes.length), 9),
      pad(ms(codecTime.msPerOp), 11),
      pad(mbps(c.bytes.length, codecTime.msPerOp), 12),
      pad(ms(baselineTime.msPerOp), 12),
      pad(mbps(c.bytes.length, baselineTime.msPerOp), 12),
      pad(ratioOf(codecTime, baselineTime).toFixed(2), 7),
      `${verdict.text}: ${verdict.pass ? 'PASS' : 'FAIL'}`,
    ].join(' '),
  );
}
if (failed) process.exitCode = 1;
