// The pieces of `npm run release` that can be tested on their own (scripts/release-lib.test.ts): a version's
// section of CHANGELOG.md, the release notes made from it, a zip whose bytes depend only on its files, the
// SHA256SUMS text, and a folder read as sorted entries.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';

/**
 * @typedef {{ path: string, data: Uint8Array }} Entry a file: its path with '/' separators, and its bytes
 */

const escapeRegExp = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The `## [<version>]` section of a Keep a Changelog file: its date (when the heading has one) and its text,
 * up to the next `## ` heading or the link definitions at the end. Throws, naming the version and the
 * sections there are, when the file has none for this version.
 * @param {string} changelog
 * @param {string} version
 * @returns {{ date: string | undefined, body: string }}
 */
export function changelogSection(changelog, version) {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const heading = new RegExp(`^## \\[${escapeRegExp(version)}\\](?:\\s+-\\s+(\\S+))?\\s*$`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) {
    const have = lines.filter((line) => line.startsWith('## [')).map((line) => line.slice(3).trim());
    throw new Error(
      `CHANGELOG.md has no '## [${version}]' section for version ${version} (package.json). ` +
        `Sections found: ${have.length ? have.join(', ') : 'none'}. ` +
        `Move the Unreleased entries under '## [${version}] - YYYY-MM-DD' first.`,
    );
  }
  const date = heading.exec(lines[start] ?? '')?.[1];
  const rest = lines.slice(start + 1);
  const next = rest.findIndex((line) => line.startsWith('## ') || /^\[[^\]]+\]:\s/.test(line));
  const body = (next < 0 ? rest : rest.slice(0, next)).join('\n').trim();
  return { date, body };
}

/**
 * RELEASE-NOTES.md: a heading naming the version, the changelog section (its `###` headings raised to `##`), and
 * what each file is and how to check the sums.
 * @param {{ product: string, version: string, date: string | undefined, body: string, page: string, site: string, folder: string }} notes
 */
export function releaseNotes({ product, version, date, body, page, site, folder }) {
  const section = body.replace(/^###(?= )/gm, '##');
  return `# ${product} ${version}

${date ? `Released ${date}.\n\n` : ''}${section}

## The files

- \`${page}\`: the whole editor in one HTML page.
  Open it from disk or a network share; no web server needed.
- \`${site}\`: the static site for a web server.
  Unzip it and copy the folder \`${folder}/\` to any path on the server; after one visit the editor also works
  offline.
- \`RELEASE-NOTES.md\`: these notes.
- \`SHA256SUMS\`: the SHA-256 of the three files above.
  In the folder holding them, check with \`sha256sum -c SHA256SUMS\` (Linux), \`shasum -a 256 -c SHA256SUMS\`
  (macOS), or on Windows compare \`Get-FileHash -Algorithm SHA256 <file>\` with the file's line in SHA256SUMS.
`;
}

/** @param {Uint8Array} data */
export const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/**
 * SHA256SUMS in `sha256sum`'s format (`<hex>  <name>`), one line per file, sorted by name.
 * @param {{ name: string, data: Uint8Array }[]} files
 */
export function sha256Sums(files) {
  return files
    .map((f) => ({ name: f.name, hex: sha256(f.data) }))
    .toSorted((a, b) => compareBytes(a.name, b.name))
    .map((f) => `${f.hex}  ${f.name}\n`)
    .join('');
}

/** Order by UTF-16 code units, the same on every machine and locale (unlike localeCompare). */
const compareBytes = (/** @type {string} */ a, /** @type {string} */ b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every file under `dir`, as entries with paths relative to it, sorted by path.
 * @param {string} dir
 * @returns {Entry[]}
 */
export function readTree(dir) {
  /** @type {(sub: string) => Entry[]} */
  const walk = (sub) =>
    readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => {
      const path = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) return walk(path);
      return e.isFile() ? [{ path, data: new Uint8Array(readFileSync(join(dir, path))) }] : [];
    });
  return walk('').toSorted((a, b) => compareBytes(a.path, b.path));
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** @param {Uint8Array} data */
function crc32(data) {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Unix permission bits in a central directory entry's external attributes (made by: Unix). */
const FILE_ATTRS = (0o100644 << 16) >>> 0;
const DIR_ATTRS = ((0o040755 << 16) | 0x10) >>> 0;
/** Version 2.0 (deflate, folders); made on Unix (3), so the attributes above are read as permissions. */
const VERSION_NEEDED = 20;
const MADE_BY = (3 << 8) | VERSION_NEEDED;
/** Bit 11: names are UTF-8. */
const UTF8_FLAG = 0x0800;

/**
 * A zip of `entries` under the folder `root`, whose bytes depend only on the entries' paths and bytes, `root` and
 * `mtime`: entries sorted by path, a folder entry for each folder, the same time on every entry (MS-DOS time
 * from the UTC date, so the machine's time zone plays no part, plus the exact UTC time in an extended
 * timestamp), fixed permissions (0644 files, 0755 folders), and fflate's pure-JavaScript deflate at level 9
 * (node:zlib's output may differ between Node.js builds). fflate's own zipSync takes the MS-DOS time from the
 * local time zone, hence this writer.
 * @param {Entry[]} entries
 * @param {{ root: string, mtime: number }} options root: the top folder's name; mtime: seconds since 1970 (UTC)
 * @returns {Uint8Array}
 */
export function deterministicZip(entries, { root, mtime }) {
  if (!/^[^/\\]+$/.test(root) || root === '.' || root === '..') throw new Error(`Not a folder name: '${root}'`);
  const when = new Date(mtime * 1000);
  const year = when.getUTCFullYear();
  if (!Number.isInteger(mtime) || year < 1980 || year > 2107) throw new Error(`A zip cannot hold the time ${mtime}`);
  const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const dosDate = ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();

  const names = new Set();
  const folders = new Set([`${root}/`]);
  for (const { path } of entries) {
    const parts = path.split('/');
    if (!path || path.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..')) {
      throw new Error(`Not a relative file path: '${path}'`);
    }
    if (names.has(path)) throw new Error(`Two files named '${path}'`);
    names.add(path);
    for (let i = 1; i < parts.length; i++) folders.add(`${root}/${parts.slice(0, i).join('/')}/`);
  }
  const all = [
    ...[...folders].map((name) => ({ name, data: new Uint8Array(0), folder: true })),
    ...entries.map((e) => ({ name: `${root}/${e.path}`, data: e.data, folder: false })),
  ].toSorted((a, b) => compareBytes(a.name, b.name));

  const encoder = new TextEncoder();
  /** @type {Uint8Array[]} */
  const locals = [];
  /** @type {Uint8Array[]} */
  const centrals = [];
  let offset = 0;
  for (const entry of all) {
    const name = encoder.encode(entry.name);
    const deflated = entry.data.length ? deflateSync(entry.data, { level: 9 }) : entry.data;
    const stored = deflated.length >= entry.data.length;
    const body = stored ? entry.data : deflated;
    const crc = crc32(entry.data);
    // Extended timestamp (0x5455): flags 1 = modification time, then that time as Unix seconds.
    const extra = new Uint8Array(9);
    const ex = new DataView(extra.buffer);
    ex.setUint16(0, 0x5455, true);
    ex.setUint16(2, 5, true);
    ex.setUint8(4, 1);
    ex.setUint32(5, mtime, true);

    const local = new Uint8Array(30 + name.length + extra.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, VERSION_NEEDED, true);
    l.setUint16(6, UTF8_FLAG, true);
    l.setUint16(8, stored ? 0 : 8, true);
    l.setUint16(10, dosTime, true);
    l.setUint16(12, dosDate, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, body.length, true);
    l.setUint32(22, entry.data.length, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, extra.length, true);
    local.set(name, 30);
    local.set(extra, 30 + name.length);

    const central = new Uint8Array(46 + name.length + extra.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, MADE_BY, true);
    c.setUint16(6, VERSION_NEEDED, true);
    c.setUint16(8, UTF8_FLAG, true);
    c.setUint16(10, stored ? 0 : 8, true);
    c.setUint16(12, dosTime, true);
    c.setUint16(14, dosDate, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, body.length, true);
    c.setUint32(24, entry.data.length, true);
    c.setUint16(28, name.length, true);
    c.setUint16(30, extra.length, true);
    // 32: comment length, 34: disk, 36: internal attributes: all 0.
    c.setUint32(38, entry.folder ? DIR_ATTRS : FILE_ATTRS, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    central.set(extra, 46 + name.length);

    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  if (all.length > 0xffff || offset + centralSize > 0xffffffff) throw new Error('Too large for a zip without Zip64');
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, all.length, true);
  e.setUint16(10, all.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);

  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
