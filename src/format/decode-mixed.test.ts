import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBytes, decodeWindows1252 } from './decode.ts';
import { newDecoder } from './text-codec.ts';

/**
 * The stray-byte decoding as it was before it was made linear, kept as the reference: the new code must give
 * exactly the same text, encoding and count for every input, only faster.
 */
function referenceSequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const second = b === 0xe0 ? cont(1, 0xa0) : b === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = b === 0xf0 ? cont(1, 0x90) : b === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
function referenceMixed(bytes: Uint8Array): { text: string; legacyBytes: number } | null {
  const parts: string[] = [];
  let from = 0;
  let legacyBytes = 0;
  let multiByte = 0;
  const utf8 = newDecoder('utf-8', false);
  for (let i = 0; i < bytes.length; ) {
    const n = referenceSequenceAt(bytes, i);
    if (n > 1) multiByte++;
    if (n > 0) {
      i += n;
      continue;
    }
    if (i > from) parts.push(utf8.decode(bytes.subarray(from, i)));
    parts.push(decodeWindows1252(bytes.subarray(i, i + 1)));
    legacyBytes++;
    i++;
    from = i;
  }
  if (multiByte <= legacyBytes) return null;
  if (from < bytes.length) parts.push(utf8.decode(bytes.subarray(from)));
  return { text: parts.join(''), legacyBytes };
}
/** What decodeBytes made of a BOM-less, NUL-free file that is not UTF-16, before the change. */
function reference(body: Uint8Array): { text: string; encoding: string; legacyBytes?: number } {
  try {
    return { text: newDecoder('utf-8', true).decode(body), encoding: 'utf-8' };
  } catch {
    const mixed = referenceMixed(body);
    if (mixed) return { text: mixed.text, encoding: 'utf-8+windows-1252', legacyBytes: mixed.legacyBytes };
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** Decoded now and by the reference; "A" first so no input is taken for a signature, a BOM or UTF-16. */
function both(tail: Uint8Array): { now: unknown; before: unknown } {
  const body = new Uint8Array(tail.length + 1);
  body[0] = 0x41;
  body.set(tail, 1);
  const got = decodeBytes(body);
  if (!got.ok) return { now: got.error, before: reference(body) };
  const { text, encoding, legacyBytes } = got.value;
  return { now: { text, encoding, legacyBytes }, before: reference(body) };
}

const b = (...xs: number[]) => Uint8Array.from(xs);
/** Two valid UTF-8 sequences ahead, so one stray byte leaves the file UTF-8 with stray bytes, not Windows-1252. */
const MIXED = b(0xd0, 0x96, 0xd0, 0x96, 0xf0, 0x9f, 0x98, 0x80);
const withMixed = (...xs: number[]) => Uint8Array.from([...MIXED, ...xs]);

/** Byte values that are not C0 controls (which would make a file binary), with line ends and tabs. */
const TEXT_BYTE = fc.oneof(fc.integer({ min: 0x20, max: 0xff }), fc.constantFrom(0x09, 0x0a, 0x0d));
/** Pieces that stress the UTF-8 rules: good and cut-short sequences, overlongs, surrogates, past U+10FFFF. */
const PIECE = fc.constantFrom(
  b(0xc3, 0xa9), b(0xd0, 0x96), b(0xe2, 0x82, 0xac), b(0xf0, 0x9f, 0x98, 0x80), b(0xf4, 0x8f, 0xbf, 0xbf),
  b(0xc3), b(0xe2, 0x82), b(0xf0, 0x9f, 0x98), b(0xf0, 0x9f),
  b(0xc0, 0xaf), b(0xc1, 0xbf), b(0xe0, 0x80, 0xaf), b(0xe0, 0x9f, 0xbf), b(0xf0, 0x8f, 0xbf, 0xbf),
  b(0xed, 0xa0, 0x80), b(0xed, 0xbf, 0xbf), b(0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80),
  b(0xf4, 0x90, 0x80, 0x80), b(0xf5, 0x80, 0x80, 0x80), b(0xf8, 0x88, 0x80, 0x80, 0x80), b(0xff), b(0xfe),
  b(0x80), b(0x81), b(0x8d), b(0x8f), b(0x90), b(0x9d), b(0x9f), b(0xbf), b(0xe9),
);
const INPUT = fc
  .array(fc.oneof(PIECE, fc.uint8Array({ minLength: 1, maxLength: 6 }).map((a) => a.map((x) => (x < 0x20 ? x + 0x20 : x)))), { maxLength: 40 })
  .map((ps) => Uint8Array.from(ps.flatMap((p) => [...p])));

describe('stray bytes in UTF-8 decode as they did before decoding them was made linear', () => {
  it('each byte 0x80–0xFF alone, after UTF-8 and in a Windows-1252 file (C1 controls, 0x81/0x8D/0x8F/0x90/0x9D)', () => {
    const inputs: Uint8Array[] = [];
    for (let x = 0x80; x <= 0xff; x++) {
      inputs.push(withMixed(x), withMixed(x, 0x41, x), b(x, x, x));
    }
    for (const x of inputs) {
      const { now, before } = both(x);
      expect(now).toEqual(before);
    }
  });

  it('truncated, overlong, surrogate and 4-byte sequences, at the end and in the middle', () => {
    const inputs: Uint8Array[] = [];
    for (const p of [b(0xe2, 0x82), b(0xf0, 0x9f, 0x98), b(0xc0, 0xaf), b(0xe0, 0x80, 0xaf), b(0xed, 0xa0, 0x80), b(0xf4, 0x90, 0x80, 0x80), b(0xf0, 0x9f, 0x98, 0x80)]) {
      inputs.push(withMixed(...p), withMixed(...p, 0x41), Uint8Array.from([...p, ...MIXED, ...p]));
    }
    for (const x of inputs) {
      const { now, before } = both(x);
      expect(now).toEqual(before);
    }
  });

  it('random byte strings', () => {
    fc.assert(
      fc.property(fc.array(TEXT_BYTE, { maxLength: 200 }).map((a) => Uint8Array.from(a)), (x) => {
        const { now, before } = both(x);
        expect(now).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('random mixes of the edge pieces', () => {
    fc.assert(
      fc.property(INPUT, (x) => {
        const { now, before } = both(x);
        expect(now).toEqual(before);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('stray-byte decoding does no work per byte beyond reading it', () => {
  afterEach(() => vi.unstubAllGlobals());

  /**
   * Counted rather than timed: each stray byte used to go through decodeWindows1252, which allocates a 16 KB
   * Uint16Array; a megabyte of stray bytes took seconds. Now a file allocates at most one such buffer, whatever
   * its number of stray bytes.
   */
  it('allocates no decoding buffer per stray byte', () => {
    let buffers = 0;
    const Real = Uint16Array;
    vi.stubGlobal(
      'Uint16Array',
      class extends Real {
        constructor(...args: unknown[]) {
          super(...(args as [number]));
          // A new buffer, not a view of one (subarray builds its view through this constructor too).
          if (typeof args[0] === 'number') buffers++;
        }
      },
    );
    // UTF-8 with 1,000 stray bytes (decoded byte by byte into the UTF-8), then a Windows-1252 file of 3,000.
    const mixed = Uint8Array.from([...Array.from({ length: 2000 }, () => [0xd0, 0x96]).flat(), ...Array.from({ length: 1000 }, () => 0xe9)]);
    expect(decodeBytes(mixed)).toMatchObject({ ok: true, value: { encoding: 'utf-8+windows-1252', legacyBytes: 1000 } });
    expect(buffers).toBeLessThanOrEqual(1);
    buffers = 0;
    expect(decodeBytes(new Uint8Array(3000).fill(0xe9))).toMatchObject({ ok: true, value: { encoding: 'windows-1252' } });
    expect(buffers).toBeLessThanOrEqual(1);
  });
});
