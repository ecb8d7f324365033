import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pack } from './zip-pack.ts';

/** The zip's helper worker, as the tests make it: none by default (as in Node), else a fake one a test sets up. */
const helper = vi.hoisted(() => ({ start: (): Worker | null => null }));
vi.mock('./zip-helper.ts', () => ({ startZipHelper: () => helper.start() }));
const { PARALLEL_FROM, readZip, writeZip, zipFiles, zipFilesInParallel } = await import('./zip.ts');

const text = (s: string) => new TextEncoder().encode(s);

/** Full backups of 4 KB or so, each its own: together past PARALLEL_FROM, in four shares of the same size (an answer for the wrong one fits). */
const FLEET = Array.from({ length: 384 }, (_file, i) => ({
  name: `site-${i % 7}/${5000 + i}_4620data.txt`,
  bytes: text(`\r\n${Array.from({ length: 90 }, (_dial, n) => `ABKNAME${String(n + 1).padStart(3, '0')}=Desk ${i}-${n}\r\nABKNUMBER${String(n + 1).padStart(3, '0')}=${5000 + i}${n}\r\n`).join('')}`),
}));

/**
 * A helper as the worker behaves (src/file-io/zip-worker.ts): each share it is sent arrives as a structured clone
 * with its buffers transferred (so the page's copies are gone from the page, as in a browser), and is answered in
 * order. Or one that fails in `fail`'s way: an error at once or after one share, an answer one file short, the
 * second share answered before the first, an answer for another share, or no answer ever.
 */
type Failure = 'at-once' | 'after-one' | 'wrong-answer' | 'out-of-order' | 'other-share' | 'silent';
function fakeHelper(fail?: Failure) {
  const listeners: Record<string, ((e: { data: unknown }) => void)[]> = {};
  const fire = (type: string, data: unknown = null) => (listeners[type] ?? []).forEach((l) => l({ data }));
  const held: { from: number; packed: ReturnType<typeof pack>[] }[] = [];
  const worker = {
    shares: 0,
    terminated: false,
    addEventListener(type: string, listener: (e: { data: unknown }) => void) {
      (listeners[type] ??= []).push(listener);
    },
    postMessage(message: { from: number; files: Uint8Array[] }, transfer: ArrayBuffer[]) {
      const { from, files } = structuredClone(message, { transfer });
      setTimeout(() => {
        if (worker.terminated || fail === 'silent') return;
        if (fail === 'at-once' || (fail === 'after-one' && worker.shares >= 1)) {
          fire('error');
          return;
        }
        worker.shares++;
        const packed = files.map(pack);
        if (fail === 'out-of-order') {
          held.push({ from, packed });
          if (held.length === 2) for (const h of [held[1], held[0]]) fire('message', h);
          if (held.length === 2) held.length = 0;
          return;
        }
        fire('message', { from: fail === 'other-share' ? from + 1 : from, packed: fail === 'wrong-answer' ? packed.slice(1) : packed });
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  helper.start = () => worker as unknown as Worker;
  return worker;
}

/** How zipFilesInParallel says it shared the work (its `zip:packed` mark), for the last zip made. */
const lastSharing = () => (performance.getEntriesByName('zip:packed').at(-1) as PerformanceMark | undefined)?.detail as { shares: number; helper: number } | undefined;

afterEach(() => {
  helper.start = () => null;
});

describe('zipFiles', () => {
  it('writes a zip another library reads byte for byte, in order, names in folders kept', () => {
    const files = [...FLEET.slice(0, 3), { name: 'empty_4620data.txt', bytes: new Uint8Array(0) }];
    const read = unzipSync(zipFiles(files));
    expect(Object.keys(read)).toEqual(files.map((f) => f.name));
    for (const f of files) expect(read[f.name]).toEqual(f.bytes);
  });

  it('reads back through the page own reader, each entry checked against its CRC-32', async () => {
    const r = await readZip(zipFiles(FLEET.slice(0, 5)));
    if (!r.ok) throw new Error('unreadable');
    expect(r.value.files.map((f) => f.bytes)).toEqual(FLEET.slice(0, 5).map((f) => f.bytes));
    expect(r.value.skipped).toEqual([]);
  });

  it('marks a name that is not ASCII as UTF-8 (bit 11), and only such a name; every entry dated 2000-01-01', () => {
    const zip = zipFiles([{ name: 'Zürich/4711_4620data.txt', bytes: text('a') }, { name: '4712_4620data.txt', bytes: text('b') }]);
    const view = new DataView(zip.buffer);
    const central: number[] = [];
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) central.push(i);
    expect(central.map((at) => view.getUint16(at + 8, true) & 0x800)).toEqual([0x800, 0]);
    expect(central.map((at) => view.getUint16(at + 14, true))).toEqual([(20 << 9) | (1 << 5) | 1, (20 << 9) | (1 << 5) | 1]);
    expect(Object.keys(unzipSync(zip))).toEqual(['Zürich/4711_4620data.txt', '4712_4620data.txt']);
  });

  it('gives the same bytes for the same files', () => {
    expect(zipFiles(FLEET.slice(0, 4))).toEqual(zipFiles(FLEET.slice(0, 4)));
  });

  it('refuses more files than a zip without ZIP64 holds, rather than write a broken one', () => {
    const files = Array.from({ length: 0x10000 }, (_, i) => ({ name: `${i}`, bytes: new Uint8Array(0) }));
    expect(() => writeZip(files, files.map(() => ({ data: new Uint8Array(0), crc: 0 })))).toThrow(/Too many/);
  });
});

describe('zipFilesInParallel', () => {
  it('packs a zip under PARALLEL_FROM on the page alone: the same bytes as zipFiles, no helper started', async () => {
    const start = vi.fn<() => Worker | null>(() => null);
    helper.start = start;
    const files = FLEET.slice(0, 3);
    expect(files.reduce((s, f) => s + f.bytes.length, 0)).toBeLessThan(PARALLEL_FROM);
    expect(await zipFilesInParallel(files)).toEqual(zipFiles(files));
    expect(start).not.toHaveBeenCalled();
  });

  it('shares a large zip with its helper: the same bytes as zipFiles, and the helper is let go after', async () => {
    expect(FLEET.reduce((s, f) => s + f.bytes.length, 0)).toBeGreaterThan(PARALLEL_FROM);
    const worker = fakeHelper();
    const zip = await zipFilesInParallel(FLEET);
    expect(zip).toEqual(zipFiles(FLEET));
    expect(worker.shares).toBeGreaterThan(0);
    expect(lastSharing()).toEqual({ shares: 4, helper: worker.shares });
    expect(worker.terminated).toBe(true);
  });

  it.each([['at-once'], ['after-one'], ['wrong-answer'], ['out-of-order'], ['other-share']] as const)('packs on the page what a helper that fails (%s) was given: the same bytes, no file with another one\'s', async (fail) => {
    const worker = fakeHelper(fail);
    expect(await zipFilesInParallel(FLEET)).toEqual(zipFiles(FLEET));
    expect(worker.terminated).toBe(true);
  });

  it('gives up on a helper that says nothing for ten seconds once the page is done with its own shares, and packs its shares itself', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      const worker = fakeHelper('silent');
      const result: { zip?: Uint8Array } = {};
      void zipFilesInParallel(FLEET).then((z) => (result.zip = z));
      let waited = 0;
      for (; result.zip === undefined && waited < 60_000; waited += 1000) {
        await new Promise((resolve) => setImmediate(resolve));
        vi.advanceTimersByTime(1000);
      }
      const { zip } = result;
      expect(zip).toEqual(zipFiles(FLEET));
      expect(waited).toBeGreaterThan(10_000);
      expect(lastSharing()).toEqual({ shares: 4, helper: 0 });
      expect(worker.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('with no helper to be had (no workers, a page from disk), packs it all on the page', async () => {
    helper.start = () => null;
    expect(await zipFilesInParallel(FLEET)).toEqual(zipFiles(FLEET));
  });

  it('does not change the bytes it was given (the helper gets copies)', async () => {
    fakeHelper();
    const before = FLEET.map((f) => f.bytes.slice());
    await zipFilesInParallel(FLEET);
    expect(FLEET.map((f) => f.bytes)).toEqual(before);
  });

  it('refuses one name twice, in any letter case, as zipFiles does', async () => {
    await expect(zipFilesInParallel([{ name: 'a.txt', bytes: text('1') }, { name: 'A.TXT', bytes: text('2') }])).rejects.toThrow(/Two files named/);
  });
});
