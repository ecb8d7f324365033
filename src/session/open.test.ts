import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { readZip } from '../file-io/zip.ts';
import { encodeUtf8 } from '../format/text-codec.ts';
import { openPicked } from './open.ts';
import { opensFromZip } from './open-zip.ts';

const BACKUP = encodeUtf8('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n');
const SETTINGS = encodeUtf8('## 46xxsettings\r\nSET OPSTAT 111\r\n');
const zip = (entries: Record<string, Uint8Array>) => zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') });

describe('opensFromZip', () => {
  it('opens the names a phone fetches and 46xxsettings.txt; nothing else', () => {
    for (const name of ['4711_4620data.txt', '4711_4610data_sip.txt', '4620data.txt', '4610DATA_SIP.TXT', '4711_4620data (1).txt', '46xxsettings.txt', '46XXSETTINGS.TXT']) expect(opensFromZip(name), name).toBe(true);
    for (const name of ['readme.md', 'logo.png', 'notes.txt', '4711_4620data.txt.bak', '4711_9620data.txt', '46xxsettings.scr', 'x_4620data.txt']) expect(opensFromZip(name), name).toBe(false);
  });
});

describe('openPicked', () => {
  it('from a zip: opens the backups, hands 46xxsettings.txt to the restore check, lists the rest as skipped (never read)', async () => {
    const bytes = zip({ 'readme.md': encodeUtf8('# Phones\n'), '46xxsettings.txt': SETTINGS, '4711_4620data.txt': BACKUP, 'site/4712_4610data_sip.txt': BACKUP, 'logo.png': new Uint8Array(2 * 1024 * 1024) });
    const r = await openPicked([{ name: 'site.zip', bytes, handle: null }]);
    expect(r.files.map((f) => f.sourceName)).toEqual(['4711_4620data.txt', '4712_4610data_sip.txt']);
    expect(r.settings.map((s) => [s.zip, s.name, new TextDecoder().decode(s.bytes)])).toEqual([['site.zip', '46xxsettings.txt', '## 46xxsettings\r\nSET OPSTAT 111\r\n']]);
    // The 2 MB picture is skipped for its name, not refused for its size: it was never inflated.
    expect(r.refusals).toEqual([
      { kind: 'zip-entry', zip: 'site.zip', skip: { kind: 'not-wanted', name: 'readme.md' } },
      { kind: 'zip-entry', zip: 'site.zip', skip: { kind: 'not-wanted', name: 'logo.png' } },
    ]);
    expect(r.renamed).toEqual([{ zip: 'site.zip', path: 'site/4712_4610data_sip.txt', name: '4712_4610data_sip.txt' }]);
  });

  it('opens a text file picked by itself whatever its name (the user chose it), a 46xxsettings.txt too', async () => {
    const r = await openPicked([
      { name: 'notes.txt', bytes: BACKUP, handle: null },
      { name: '46xxsettings.txt', bytes: SETTINGS, handle: null },
    ]);
    expect(r.files.map((f) => f.sourceName)).toEqual(['notes.txt', '46xxsettings.txt']);
    expect(r.refusals).toEqual([]);
    expect(r.settings).toEqual([]);
  });
});

describe('a zip with more than one 46xxsettings.txt', () => {
  const root = encodeUtf8('SET OPSTAT 111\r\n');
  const old = encodeUtf8('SET OPSTAT 000\r\n');

  it('gives the restore check the root one whatever the zip order (as a folder does), and keeps where each was', async () => {
    for (const entries of [
      { '46xxsettings.txt': root, 'old/46xxsettings.txt': old, '4711_4620data.txt': BACKUP },
      { 'old/46xxsettings.txt': old, '4711_4620data.txt': BACKUP, '46xxsettings.txt': root },
    ]) {
      const r = await openPicked([{ name: 'ftp.zip', bytes: zip(entries), handle: null }]);
      expect(r.settings.map((s) => [s.zip, new TextDecoder().decode(s.bytes)])).toEqual([
        ['ftp.zip', 'SET OPSTAT 111\r\n'],
        ['ftp.zip/old', 'SET OPSTAT 000\r\n'],
      ]);
    }
  });

  it('with none at the root, the shallowest, then the first by path', async () => {
    const r = await openPicked([{ name: 'ftp.zip', bytes: zip({ 'b/c/46xxsettings.txt': root, 'b/46xxsettings.txt': old, 'a/46xxsettings.txt': root }), handle: null }]);
    expect(r.settings.map((s) => s.zip)).toEqual(['ftp.zip/a', 'ftp.zip/b', 'ftp.zip/b/c']);
  });
});

describe('a zip entry is said to be opened by its own name only when it was', () => {
  it('not when it was skipped (too large, damaged), nor for a settings file, nor a backup that did not decode', async () => {
    const bytes = zip({
      'site/4711_4620data.txt': new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41),
      'site/46xxsettings.txt': encodeUtf8('SET OPSTAT 111\r\n'),
      'site/4712_4620data.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
      'site/4713_4620data.txt': BACKUP,
    });
    const r = await openPicked([{ name: 'x.zip', bytes, handle: null }]);
    expect(r.files.map((f) => f.sourceName)).toEqual(['4713_4620data.txt']);
    expect(r.renamed).toEqual([{ zip: 'x.zip', path: 'site/4713_4620data.txt', name: '4713_4620data.txt' }]);
  });

  it('readZip lists only the entries it read', async () => {
    const read = await readZip(zip({ 'site/4711_4620data.txt': new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41), 'a/4712_4620data.txt': BACKUP }));
    expect(read.ok && read.value.renamed).toEqual([{ path: 'a/4712_4620data.txt', name: '4712_4620data.txt' }]);
  });
});
