import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { setFirmwareRelease } from './firmware-release.ts';
import { filterRows, fleetRow, fleetRows, noFilter, sortRows } from './fleet.ts';
import { editorReducer, openBytes, type OpenFile } from './open-file.ts';
import { workspaceReducer, emptyWorkspace } from './workspace.ts';

function open(name: string, text: string, folder?: string): OpenFile {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error('did not open');
  return folder === undefined ? r.value : { ...r.value, folder };
}

const files = workspaceReducer(emptyWorkspace, {
  type: 'add',
  files: [
    open('4711_4620data.txt', '\r\nABKNAME001=Help desk\r\nABKNUMBER001=4400\r\nABKNAME002=Lobby\r\nABKNUMBER002=4401\r\n', 'site-a/floor-2'),
    open('900_4610data_sip.txt', '\r\nContrast=99\r\nCall Timer=1\r\n'),
    open('4712_4620data.txt', '\r\nABKNAME001=Only a label\r\nSOMETHING=odd\r\n', 'site-b'),
  ],
}).files;

describe('the fleet rows', () => {
  it('say each file’s extension, model, protocol, speed dials, problems by severity, unsaved and folder', () => {
    const [a, b, c] = fleetRows(files);
    expect(a).toMatchObject({ name: '4711_4620data.txt', extension: '4711', model: '4620SW', protocol: 'h323', speedDials: 2, errors: 0, warnings: 0, unsaved: false, folder: 'site-a/floor-2' });
    expect(b).toMatchObject({ extension: '900', model: '4610SW', protocol: 'sip', speedDials: 0, folder: '' });
    // Contrast=99 is out of range: the same problem the editor's Problems list shows.
    expect(b?.errors).toBeGreaterThan(0);
    // A label with no number is a warning; an unknown name a note.
    expect(c).toMatchObject({ speedDials: 1, warnings: 1, notes: 1 });
  });

  it('are worked out once per state of a file: an unchanged file keeps its row, an edited one gets a new one', () => {
    const [a] = files as [OpenFile];
    expect(fleetRow(a)).toBe(fleetRow(a));
    const edited = editorReducer(a, { type: 'line-text', lineId: a.doc.lines[1]?.id ?? 0, text: 'ABKNAME001=Front desk' });
    expect(fleetRow(edited)).not.toBe(fleetRow(a));
    expect(fleetRow(edited).unsaved).toBe(true);
  });

  it('count the problems the editor lists for the firmware release the user picked', () => {
    // A Cyrillic label: a 4610SW before R2.7 cannot show it (a warning in the editor's Problems), from R2.7 it can.
    const [f] = workspaceReducer(emptyWorkspace, { type: 'add', files: [open('4000_4610data.txt', '\r\nABKNAME001=Помощь\r\nABKNUMBER001=200\r\n')] }).files as [OpenFile];
    try {
      expect(fleetRow(f).warnings).toBe(0);
      setFirmwareRelease('preR27');
      expect(fleetRow(f).warnings).toBe(1);
      expect(filterRows(fleetRows([f]), { ...noFilter, problem: 'warnings' })).toHaveLength(1);
      expect(fleetRow(f, 'r27').warnings).toBe(0);
    } finally {
      setFirmwareRelease('r27');
    }
    expect(fleetRow(f).warnings).toBe(0);
  });
});

const names = (rows: readonly { name: string }[]) => rows.map((r) => r.name);
const exts = (rows: readonly { extension: string }[]) => rows.map((r) => r.extension);

describe('the filter', () => {
  const all = fleetRows(files);

  it('keeps every row, the same array, when nothing is asked', () => {
    expect(filterRows(all, noFilter)).toBe(all);
  });

  it('finds every word in the name, extension, model, protocol or folder, in any letter case', () => {
    expect(names(filterRows(all, { ...noFilter, text: 'SITE' }))).toEqual(['4711_4620data.txt', '4712_4620data.txt']);
    expect(names(filterRows(all, { ...noFilter, text: 'site floor' }))).toEqual(['4711_4620data.txt']);
    expect(names(filterRows(all, { ...noFilter, text: 'sip' }))).toEqual(['900_4610data_sip.txt']);
  });

  it('finds a word however its accents are encoded, and ß by SS', () => {
    const rows = fleetRows(
      workspaceReducer(emptyWorkspace, {
        type: 'add',
        files: [open('4000_4620data.txt', '\r\n', 'Ku\u0308che'), open('4001_4620data.txt', '\r\n', 'Hauptstraße'), open('4002_4620data.txt', '\r\n', 'Kuche')],
      }).files,
    );
    // A folder macOS named decomposed (u and a combining diaeresis), the word typed composed (ü).
    expect(names(filterRows(rows, { ...noFilter, text: 'K\u00fcche' }))).toEqual(['4000_4620data.txt']);
    expect(names(filterRows(rows, { ...noFilter, text: 'HAUPTSTRASSE' }))).toEqual(['4001_4620data.txt']);
    // The row shows the folder as it is named.
    expect(rows[0]?.folder).toBe('Ku\u0308che');
  });

  it('keeps a model, a protocol and a kind of problem', () => {
    expect(names(filterRows(all, { ...noFilter, model: '4610SW' }))).toEqual(['900_4610data_sip.txt']);
    expect(names(filterRows(all, { ...noFilter, protocol: 'h323' }))).toEqual(['4711_4620data.txt', '4712_4620data.txt']);
    expect(names(filterRows(all, { ...noFilter, problem: 'errors' }))).toEqual(['900_4610data_sip.txt']);
    expect(names(filterRows(all, { ...noFilter, problem: 'notes' }))).toEqual(['4712_4620data.txt']);
    expect(names(filterRows(all, { ...noFilter, problem: 'none' }))).toEqual(['4711_4620data.txt']);
    expect(names(filterRows(all, { ...noFilter, problem: 'unsaved' }))).toEqual([]);
  });
});

describe('the sort', () => {
  const all = fleetRows(files);

  it('compares numbers as numbers, either way, and keeps the opening order without a sort', () => {
    expect(exts(sortRows(all, null))).toEqual(['4711', '900', '4712']);
    expect(exts(sortRows(all, { key: 'extension', dir: 'asc' }))).toEqual(['900', '4711', '4712']);
    expect(exts(sortRows(all, { key: 'extension', dir: 'desc' }))).toEqual(['4712', '4711', '900']);
    expect(exts(sortRows(all, { key: 'speedDials', dir: 'desc' }))).toEqual(['4711', '4712', '900']);
  });

  it('keeps the opening order among equal rows', () => {
    expect(exts(sortRows(all, { key: 'protocol', dir: 'asc' }))).toEqual(['4711', '4712', '900']);
    expect(exts(sortRows(all, { key: 'unsaved', dir: 'desc' }))).toEqual(['4711', '900', '4712']);
  });
});
