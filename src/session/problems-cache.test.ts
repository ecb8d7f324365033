import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { findProblems } from '../model/problems.ts';
import { fileProblems } from './file-problems.ts';
import { setFirmwareRelease } from './firmware-release.ts';
import { editorReducer, openBytes, type OpenFile } from './open-file.ts';
import { contentProblems, manyFileProblems } from './problems-cache.ts';

function open(name: string, text: string): OpenFile {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error('did not open');
  return r.value;
}

/** How many labels the model cannot show (problems.ts's glyph warnings) are among `problems`. */
const glyphs = (problems: readonly { id: string }[]) => problems.filter((p) => p.id.startsWith('glyph-')).length;

describe('the content problems of many files', () => {
  it('are found once per document, model, protocol and decoding, and are what findProblems finds', () => {
    const f = open('5555_4620data.txt', '\r\nContrast=99\r\nABKNUMBER001=12a\r\n');
    const first = contentProblems(f);
    expect(first).toEqual(findProblems(f.doc, { model: f.model, protocol: f.protocol, decoded: f.decoded ?? undefined }));
    expect(first.length).toBeGreaterThan(0);
    // The same document (a save keeps it): the same problems, not searched again.
    const saved = editorReducer(f, { type: 'saved', name: '5555_4620data.txt', handle: null, doc: f.doc, parts: f });
    expect(contentProblems(saved)).toBe(first);
    // Another model or protocol, or an edit (a new document): searched again.
    const sip = editorReducer(f, { type: 'identify', protocol: 'sip' });
    expect(contentProblems(sip)).not.toBe(first);
    expect(contentProblems(sip)).toEqual(findProblems(sip.doc, { model: sip.model, protocol: 'sip', decoded: sip.decoded ?? undefined }));
    const edited = editorReducer(f, { type: 'remove-lines', lineIds: [f.doc.lines[1]?.id ?? -1] });
    expect(edited.doc).not.toBe(f.doc);
    expect(contentProblems(edited)).toEqual(findProblems(edited.doc, { model: edited.model, protocol: edited.protocol, decoded: edited.decoded ?? undefined }));
  });

  it('make the same list as fileProblems, the name\'s first', () => {
    const f = editorReducer(open('5555_4620data.txt', '\r\nContrast=99\r\n'), { type: 'identify', extension: '' });
    expect(manyFileProblems(f)).toEqual(fileProblems(f));
    expect(manyFileProblems(f).map((p) => p.id)).toContain('extension-empty');
  });

  it('are found for the firmware release the user picked, as the editor finds them, and again for another', () => {
    // A Cyrillic label: a 4610SW draws it only from R2.7 on.
    const f = open('4000_4610data.txt', '\r\nABKNAME001=Помощь\r\nABKNUMBER001=200\r\n');
    expect(glyphs(contentProblems(f))).toBe(0);
    try {
      setFirmwareRelease('preR27');
      expect(contentProblems(f)).toEqual(findProblems(f.doc, { model: f.model, protocol: f.protocol, release: 'preR27', decoded: f.decoded ?? undefined }));
      expect(glyphs(contentProblems(f))).toBe(1);
      // Save all's check (manyFileProblems) and Save's (fileProblems) go by the same release.
      expect(manyFileProblems(f)).toEqual(fileProblems(f));
      expect(glyphs(fileProblems(f))).toBe(1);
    } finally {
      setFirmwareRelease('r27');
    }
    expect(glyphs(contentProblems(f))).toBe(0);
  });
});
