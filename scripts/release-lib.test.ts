import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { changelogSection, deterministicZip, readTree, releaseNotes, sha256Sums } from './release-lib.mjs';

const CHANGELOG = `# Changelog

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/).

## [Unreleased]

### Added

- Something not released yet.

## [0.10.0] - 2027-02-01

### Fixed

- A later fix.

## [0.1.0] - 2026-12-05

### Added

- The editor.

### Security

- A strict CSP.

## [0.0.1] - 2026-11-01

- A preview.

[Unreleased]: https://example.com/compare/v0.10.0...HEAD
[0.1.0]: https://example.com/releases/v0.1.0
`;

describe('changelogSection', () => {
  it("takes exactly the version's section, with its date", () => {
    expect(changelogSection(CHANGELOG, '0.1.0')).toEqual({
      date: '2026-12-05',
      body: '### Added\n\n- The editor.\n\n### Security\n\n- A strict CSP.',
    });
    expect(changelogSection(CHANGELOG, '0.10.0').body).toBe('### Fixed\n\n- A later fix.');
  });

  it('stops at the link definitions after the last section, and reads CRLF files', () => {
    expect(changelogSection(CHANGELOG.replace(/\n/g, '\r\n'), '0.0.1')).toEqual({ date: '2026-11-01', body: '- A preview.' });
  });

  it('fails clearly on a missing version, without matching a longer or look-alike one', () => {
    expect(() => changelogSection(CHANGELOG, '0.2.0')).toThrow(
      "CHANGELOG.md has no '## [0.2.0]' section for version 0.2.0 (package.json). Sections found: [Unreleased], [0.10.0] - 2027-02-01, [0.1.0] - 2026-12-05, [0.0.1] - 2026-11-01.",
    );
    expect(() => changelogSection(CHANGELOG, '0.1')).toThrow("no '## [0.1]' section");
    // '.' is not a wildcard: 0x1x0 is not 0.1.0.
    expect(() => changelogSection(CHANGELOG.replace('## [0.1.0]', '## [0x1x0]'), '0.1.0')).toThrow("no '## [0.1.0]' section");
    expect(() => changelogSection('# Changelog\n', '0.1.0')).toThrow('Sections found: none.');
  });
});

describe('releaseNotes', () => {
  it('names the version, keeps the section under raised headings, and says what each file is', () => {
    const notes = releaseNotes({
      product: 'Editor',
      version: '0.1.0',
      ...changelogSection(CHANGELOG, '0.1.0'),
      page: 'e-0.1.0.html',
      site: 'e-0.1.0-site.zip',
      folder: 'e-0.1.0',
    });
    expect(notes.startsWith('# Editor 0.1.0\n\nReleased 2026-12-05.\n\n## Added\n\n- The editor.\n\n## Security\n')).toBe(true);
    expect(notes).toContain('- `e-0.1.0.html`: ');
    expect(notes).toContain('- `e-0.1.0-site.zip`: ');
    expect(notes).toContain('`e-0.1.0/`');
    expect(notes).toContain('sha256sum -c SHA256SUMS');
  });
});

describe('sha256Sums', () => {
  it("writes sha256sum's format, sorted by name", () => {
    const sums = sha256Sums([
      { name: 'b.zip', data: strToU8('b') },
      { name: 'a.html', data: strToU8('') },
    ]);
    expect(sums).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.html\n' +
        `${createHash('sha256').update('b').digest('hex')}  b.zip\n`,
    );
  });
});

const FILES = [
  { path: 'index.html', data: strToU8('<!doctype html><title>x</title>\n'.repeat(20)) },
  { path: 'assets/index-abc.js', data: strToU8('console.log("hello");\n'.repeat(50)) },
  { path: 'assets/empty.css', data: new Uint8Array(0) },
  { path: 'favicon.svg', data: new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0x3e]) },
];
const MTIME = 1796428800; // 2026-12-05T00:00:00Z

/** The central directory's entries: name, MS-DOS time and date, external attributes. */
function centralEntries(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    entries.push({
      name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      attrs: view.getUint32(at + 38, true),
    });
    at += 46 + nameLength + extraLength;
  }
  return entries;
}

describe('deterministicZip', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('gives the same bytes for the same files and time, whatever their order', () => {
    const a = deterministicZip(FILES, { root: 'app-0.1.0', mtime: MTIME });
    const b = deterministicZip(FILES.map((f) => ({ path: f.path, data: f.data.slice() })).toReversed(), { root: 'app-0.1.0', mtime: MTIME });
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it('gives different bytes for a different time, root or content', () => {
    const a = deterministicZip(FILES, { root: 'app-0.1.0', mtime: MTIME });
    expect(Buffer.from(deterministicZip(FILES, { root: 'app-0.1.0', mtime: MTIME + 2 })).equals(Buffer.from(a))).toBe(false);
    expect(Buffer.from(deterministicZip(FILES, { root: 'app-0.1.1', mtime: MTIME })).equals(Buffer.from(a))).toBe(false);
    const changed = FILES.map((f, i) => (i === 0 ? { path: f.path, data: strToU8('other') } : f));
    expect(Buffer.from(deterministicZip(changed, { root: 'app-0.1.0', mtime: MTIME })).equals(Buffer.from(a))).toBe(false);
  });

  it("does not depend on the machine's time zone", () => {
    process.env.TZ = 'UTC';
    const utc = deterministicZip(FILES, { root: 'app', mtime: MTIME });
    process.env.TZ = 'Pacific/Auckland';
    const auckland = deterministicZip(FILES, { root: 'app', mtime: MTIME });
    expect(Buffer.from(auckland).equals(Buffer.from(utc))).toBe(true);
  });

  it("opens with fflate's unzipSync and holds every file, unchanged, under the top folder", () => {
    const unzipped = unzipSync(deterministicZip(FILES, { root: 'app-0.1.0', mtime: MTIME }));
    const files = Object.entries(unzipped).filter(([name]) => !name.endsWith('/'));
    expect(Object.fromEntries(files.map(([name, data]) => [name, strFromU8(data)]))).toEqual(
      Object.fromEntries(FILES.map((f) => [`app-0.1.0/${f.path}`, strFromU8(f.data)])),
    );
    expect(Object.keys(unzipped).filter((name) => name.endsWith('/'))).toEqual(['app-0.1.0/', 'app-0.1.0/assets/']);
  });

  it('sorts entries by path and gives each the same UTC time and fixed permissions', () => {
    const entries = centralEntries(deterministicZip(FILES, { root: 'app', mtime: MTIME + 3 * 3600 + 4 * 60 + 6 }));
    expect(entries.map((e) => e.name)).toEqual([
      'app/',
      'app/assets/',
      'app/assets/empty.css',
      'app/assets/index-abc.js',
      'app/favicon.svg',
      'app/index.html',
    ]);
    // 2026-12-05 03:04:06 UTC in MS-DOS form.
    expect(new Set(entries.map((e) => `${e.date} ${e.time}`))).toEqual(new Set([`${(46 << 9) | (12 << 5) | 5} ${(3 << 11) | (4 << 5) | 3}`]));
    expect(entries.map((e) => (e.attrs >>> 16).toString(8))).toEqual(['40755', '40755', '100644', '100644', '100644', '100644']);
  });

  it('refuses paths that would leave the top folder, duplicates and times a zip cannot hold', () => {
    for (const path of ['../x', 'a/../../x', '/etc/passwd', 'a\\b', 'a//b', '']) {
      expect(() => deterministicZip([{ path, data: new Uint8Array(1) }], { root: 'app', mtime: MTIME })).toThrow('Not a relative file path');
    }
    expect(() => deterministicZip([FILES[0]!, FILES[0]!], { root: 'app', mtime: MTIME })).toThrow("Two files named 'index.html'");
    expect(() => deterministicZip(FILES, { root: '..', mtime: MTIME })).toThrow('Not a folder name');
    expect(() => deterministicZip(FILES, { root: 'app', mtime: 0 })).toThrow('cannot hold the time 0');
  });
});

describe('readTree', () => {
  it('reads every file under a folder with /-separated paths, sorted by path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-lib-'));
    try {
      mkdirSync(join(dir, 'assets', 'deep'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), 'i');
      writeFileSync(join(dir, 'assets', 'b.js'), 'b');
      writeFileSync(join(dir, 'assets', 'deep', 'a.js'), 'a');
      writeFileSync(join(dir, 'Z.txt'), 'z');
      expect(readTree(dir).map((e) => [e.path, strFromU8(e.data)])).toEqual([
        ['Z.txt', 'z'],
        ['assets/b.js', 'b'],
        ['assets/deep/a.js', 'a'],
        ['index.html', 'i'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
