import { deflateSync } from 'fflate';

/**
 * One file's share of a zip's work: its bytes deflated (raw DEFLATE, what a zip entry of method 8 holds) and its
 * CRC-32. Done on the page's thread, or for a large zip partly by its helper worker (src/file-io/zip-worker.ts), so
 * this module stays small: the worker loads nothing else.
 */
export interface Packed {
  readonly data: Uint8Array;
  readonly crc: number;
}

/** Level 1: backups are small text files, and at 5,000 of them it made a zip as small as level 6's (8.6 against 8.7 MB) in about half the time. */
export const pack = (bytes: Uint8Array): Packed => ({ data: deflateSync(bytes, { level: 1 }), crc: crc32(bytes) });

/** CRC-32 (IEEE), to check what was inflated against what a zip says was stored, and to write it: fflate does not export its own. */
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
