import { describe, expect, it } from 'vitest';
import type { ModelId, Protocol } from '../catalog/catalog.ts';
import { loadBytes } from '../format/codec.ts';
import type { Decoded } from '../format/decode.ts';
import { parseText, type BackupDocument } from '../format/document.ts';
import { teachNames } from '../format/keys.ts';
import { fixture } from '../format/test-fixtures.ts';
import { english } from '../i18n/english.ts';
import { findProblems, passwordLikeLineIds, targetDomId, type Problem as MsgProblem } from './problems.ts';

/** A problem with its message in English, as the tests read it. */
type Problem = Omit<MsgProblem, 'message'> & { readonly message: string };

const file = (...lines: string[]) => parseText(['', ...lines].map((l) => `${l}\r\n`).join(''));
const run = (doc: BackupDocument, model: ModelId = '4620SW', protocol: Protocol = 'h323', decoded?: Omit<Decoded, 'text'>) =>
  findProblems(doc, { model, protocol, decoded }).map((p): Problem => ({ ...p, message: english(p.message) }));
const byPrefix = (problems: Problem[], prefix: string) => problems.filter((p) => p.id.startsWith(prefix));
const ids = (problems: Problem[]) => problems.map((p) => p.id);
const UTF8: Omit<Decoded, 'text'> = { encoding: 'utf-8', bom: false, guessedUtf16: false, replaced: 0 };

describe('a clean file', () => {
  it('the spec §7 example has no problem on a 4620SW (H.323)', () => {
    const loaded = loadBytes(fixture('canonical.txt'));
    if (!loaded.ok) throw new Error('refused');
    expect(run(loaded.value.doc, '4620SW', 'h323', loaded.value.decoded)).toEqual([]);
  });

  it('the full 4620 fixture on a 4625SW has only the SIP settings to report under H.323', () => {
    const loaded = loadBytes(fixture('full-4620.txt'));
    if (!loaded.ok) throw new Error('refused');
    const problems = run(loaded.value.doc, '4625SW', 'h323', loaded.value.decoded);
    expect(problems.map((p) => p.message)).toEqual([
      'Session Appearance Width is only for SIP telephones; the 4625SW (H.323) ignores it. It stays in the file.',
      'Transfer Type is only for SIP telephones; the 4625SW (H.323) ignores it. It stays in the file.',
    ]);
  });
});

describe('the file as a whole', () => {
  it('first line not blank: a warning on line 2 (where it will be after saving), aimed at its field', () => {
    const [p] = run(parseText('Contrast=9\r\n'));
    expect(p).toMatchObject({
      id: 'first-line',
      severity: 'warning',
      lineNo: 2,
      target: { kind: 'setting', id: 'contrast' },
      message: 'The first line is not blank, and the phone may ignore it. A blank line is written before it when you save. Line numbers here count that line, so they are one more than in the file as opened.',
    });
    expect(byPrefix(run(parseText('# hello\r\n')), 'first-line')[0]?.target).toEqual({ kind: 'line', lineId: 0 });
  });

  it('BOM: reported as information', () => {
    expect(run(file('Contrast=9'), '4620SW', 'h323', { ...UTF8, bom: true })).toEqual([
      { id: 'bom', severity: 'info', target: { kind: 'file' }, message: 'The file started with a byte-order mark (BOM). It is saved without one, as the phone expects.' },
    ]);
  });

  it('encoding: Windows-1252 and UTF-16 (with and without BOM) are warned about', () => {
    const cp = run(file(), '4620SW', 'h323', { ...UTF8, encoding: 'windows-1252' });
    expect(cp.map((p) => p.message)).toEqual([
      'The file is not valid UTF-8, so it was read as Windows-1252 (“Extended ASCII”). Check that accented letters look right: it is saved as UTF-8.',
    ]);
    const mixed = run(file(), '4620SW', 'h323', { ...UTF8, encoding: 'utf-8+windows-1252', legacyBytes: 2 });
    expect(mixed.map((p) => p.message)).toEqual([
      'The file is UTF-8 except for 2 bytes, which were read as Windows-1252 (“Extended ASCII”). Check that the accented letters of lines made in another editor look right: the whole file is saved as UTF-8.',
    ]);
    const le = run(file(), '4620SW', 'h323', { ...UTF8, encoding: 'utf-16le', bom: true });
    expect(le.find((p) => p.id === 'enc')?.message).toBe('The file is UTF-16 (Notepad’s “Unicode”). The phone needs UTF-8, so it is saved as UTF-8.');
    const guessed = run(file(), '4620SW', 'h323', { ...UTF8, encoding: 'utf-16be', guessedUtf16: true });
    expect(guessed.find((p) => p.id === 'enc')?.message).toBe(
      'The file is UTF-16 (Notepad’s “Unicode”) without a byte-order mark. The phone needs UTF-8, so it is saved as UTF-8.',
    );
  });

  it('replacement characters from broken UTF-16 are counted', () => {
    expect(run(file(), '4620SW', 'h323', { ...UTF8, encoding: 'utf-16le', replaced: 3 }).find((p) => p.id === 'replaced')?.message).toBe(
      '3 characters could not be read and are shown as �.',
    );
  });

  it('no decoding facts (a new file): no file-level problems', () => {
    expect(run(file('Contrast=9'))).toEqual([]);
  });
});

describe('lines', () => {
  it('duplicates: every overridden line is warned about, can be removed, and names the line that wins', () => {
    const doc = file('Contrast=5', 'Call Timer=1', 'contrast=99', 'CONTRAST=9');
    const dups = byPrefix(run(doc), 'dup-');
    expect(dups).toEqual([
      { id: 'dup-1', severity: 'warning', lineNo: 2, target: { kind: 'line', lineId: 1 }, removableLineId: 1, message: 'Line 2 sets Contrast again; the phone uses line 5, so this one has no effect.' },
      { id: 'dup-3', severity: 'warning', lineNo: 4, target: { kind: 'line', lineId: 3 }, removableLineId: 3, message: 'Line 4 sets contrast again; the phone uses line 5, so this one has no effect.' },
    ]);
    // The overridden "99" is not reported as an invalid value: it has no effect anyway.
    expect(byPrefix(run(doc), 'value-')).toEqual([]);
  });

  it('invalid values: an error on the field, with the schema’s message', () => {
    const [p] = run(file('Contrast=99'));
    expect(p).toEqual({
      id: 'value-1',
      severity: 'error',
      lineNo: 2,
      target: { kind: 'setting', id: 'contrast' },
      message: 'Contrast is 1 to 15; this file says “99”. The phone ignores it; it is kept until you change it.',
    });
  });

  it('unknown names and lines that are not NAME=value: information, kept', () => {
    const problems = run(file('Mystery Setting=42', '# a note', '=orphan'));
    expect(problems.map((p) => [p.id, p.severity, p.message])).toEqual([
      ['unknown-1', 'info', 'Line 2: “Mystery Setting” is not a name the editor knows. It is kept as it is; the phone ignores names it does not know.'],
      ['other-2', 'info', 'Line 3 is not a NAME=value line; the phone ignores it. It is kept as it is.'],
      ['other-3', 'info', 'Line 4 is not a NAME=value line; the phone ignores it. It is kept as it is.'],
    ]);
  });

  it('password-like lines: an error that offers removing the line', () => {
    const doc = file('FTP Password=hunter2', 'Contrast=9', 'VM_PIN=1234');
    const pw = byPrefix(run(doc), 'pw-');
    expect(pw).toHaveLength(2);
    expect(pw[0]).toMatchObject({
      severity: 'error',
      lineNo: 2,
      removableLineId: 1,
      message: 'Line 2 (“FTP Password”) looks like a password. The phone never stores passwords in its backup; remove it before this file goes on a server.',
    });
    expect(pw[1]).toMatchObject({ lineNo: 4, removableLineId: 3 });
    expect(passwordLikeLineIds(doc)).toEqual([1, 3]);
    expect(passwordLikeLineIds(file('Contrast=9', 'ABKNAME001=Password'))).toEqual([]);
  });

  it('a known name with spaces of its own: a warning that the phone ignores the line, pointing at the line', () => {
    const problems = run(file('Call Timer =1', 'Contrast=9'));
    expect(problems).toEqual([
      {
        id: 'spaced-1',
        severity: 'warning',
        lineNo: 2,
        target: { kind: 'line', lineId: 1 },
        message: 'Line 2: “Call Timer ” looks like “Call Timer” but for its spaces; the phone reads spaces as part of the name, so it ignores this line. The line is kept as it is; editing Call Timer in the form writes a line of its own.',
      },
    ]);
    // It is no setting: its value is not checked, and it is no duplicate of the real line.
    expect(ids(run(file('Contrast = 99', 'Contrast=9')))).toEqual(['spaced-1']);
    expect(byPrefix(run(file(' ABKNAME001=Front')), 'spaced-')[0]?.message).toMatch(/^Line 2: “ ABKNAME001” looks like “ABKNAME001”/);
    // A name nobody knows stays an unknown name.
    expect(ids(run(file('Call Timer 2=1')))).toEqual(['unknown-1']);
  });

  it('a name with direction-changing characters is said with their codes: U+202E turned the sentence around', () => {
    const problems = run(file('Call\u202ETimer=1', 'FTP\u202EPassword=x', 'Contrast=1', 'Contrast\u2066=2'));
    expect(problems.map((p) => p.message).filter((m) => /[\u202A-\u202E\u2066-\u2069]/.test(m))).toEqual([]);
    expect(byPrefix(problems, 'unknown-')[0]?.message).toContain('“Call[U+202E]Timer”');
    expect(byPrefix(problems, 'pw-')[0]?.message).toContain('FTP[U+202E]Password');
  });

  it('a spaced name is said to look like the setting’s name, not like the name a profile writes it under', () => {
    // A profile may write new Call Timer lines under the catalog alias PHNTIMERS (readProfile accepts it).
    teachNames(new Map(), new Map([['setting:callTimer', 'PHNTIMERS']]));
    try {
      // The line "Call  Timer" looks like "Call Timer" (the names compared squashed), not like "PHNTIMERS".
      expect(byPrefix(run(file('Call  Timer=1')), 'spaced-')[0]?.message).toBe('Line 2: “Call  Timer” looks like “Call Timer” but for its spaces; the phone reads spaces as part of the name, so it ignores this line. The line is kept as it is; editing Call Timer in the form writes a line of its own.');
    } finally {
      teachNames(new Map(), new Map());
    }
  });

  it('a value with spaces around it offers a trim; one trimming would not fix does not', () => {
    const problems = run(file('Contrast= 7 ', 'Call Timer=1 ', 'FTP Server IP Address= 10.0.0.1', 'Redial= 5 ', 'ABKNUMBER001= 200 ', 'ABKNUMBER002=2 00'));
    expect(problems.flatMap((p) => (p.trim ? [[p.id.replace(/-\d+$/, ''), p.trim.key, p.trim.to]] : []))).toEqual([
      ['value', 'setting:contrast', '7'],
      ['value', 'setting:callTimer', '1'],
      ['value', 'setting:ftpServer', '10.0.0.1'],
      ['number', 'speedDial:1:number', '200'],
    ]);
  });

  it('a value is quoted as the file’s while its line is as last loaded or saved, else as entered', () => {
    const saved = file('Contrast=99', 'Call Timer=yes');
    const contrast = saved.lines.find((l) => l.text === 'Contrast=99');
    const typed = { ...saved, lines: saved.lines.map((l) => (l === contrast && l.kind === 'setting' ? { ...l, text: 'Contrast=0', value: '0' } : l)) };
    const messages = findProblems(typed, { model: '4620SW', protocol: 'h323', saved }).map((p) => english(p.message));
    expect(messages).toEqual([
      'Contrast is 1 to 15; you entered “0”. The phone ignores it; it is kept until you change it.',
      'Call Timer is one of 0 (Off), 1 (On); this file says “yes”. The phone ignores it; it is kept until you change it.',
    ]);
    // Without the saved document every value is the file's.
    expect(findProblems(typed, { model: '4620SW', protocol: 'h323' }).map((p) => english(p.message))[0]).toMatch(/this file says “0”/);
  });

  it('control characters in a line', () => {
    const doc = parseText('\r\nABKNAME001=Bell\u0007\r\nx\u001by\r\n');
    const ctl = byPrefix(run(doc), 'ctl-');
    expect(ctl.map((p) => [p.lineNo, p.target, p.message])).toEqual([
      [2, { kind: 'list', list: 'speedDial', index: 1, field: 'label' }, 'Line 2 holds an invisible control character.'],
      [3, { kind: 'line', lineId: 2 }, 'Line 3 holds an invisible control character.'],
    ]);
  });

  it('lone CR line ends: said once, at the first, with its field', () => {
    const problems = run(parseText('\r\nContrast=9\rCall Timer=1\rMystery=2\r'));
    expect(byPrefix(problems, 'lone-cr').map((p) => [p.lineNo, p.target, p.message])).toEqual([
      [2, { kind: 'setting', id: 'contrast' }, 'Lines end with a lone CR (the line end of old Macs), the first on line 2. The editor reads each as a line end and saves them as they are; the phone may not, and would then read those lines as one.'],
    ]);
    // Not a control character inside a line any more.
    expect(byPrefix(problems, 'ctl-')).toEqual([]);
    expect(byPrefix(run(file('Contrast=9')), 'lone-cr')).toEqual([]);
  });

  it('line numbers count the blank first line the save adds', () => {
    const problems = run(parseText('Contrast=5\r\nContrast=6\r\nMystery=1\r\n'));
    expect(byPrefix(problems, 'dup-')[0]?.message).toBe('Line 2 sets Contrast again; the phone uses line 3, so this one has no effect.');
    expect(byPrefix(problems, 'unknown-')[0]?.lineNo).toBe(4);
  });
});

describe('lists', () => {
  it('over-long labels: a warning saying what is cut off', () => {
    expect(byPrefix(run(file('ABKNAME002=Reception desk 2')), 'long-')[0]).toMatchObject({
      severity: 'warning',
      target: { kind: 'list', list: 'speedDial', index: 2, field: 'label' },
      message: 'Speed dial 2 label is 16 characters long; the phone shows only the first 13 (3 are cut off).',
    });
    expect(byPrefix(run(file('PHNLABEL05=Call Forward All')), 'long-')[0]?.message).toBe('Feature button 5 label is 16 characters long; the phone shows only the first 13 (3 are cut off).');
  });

  it('number characters: an error', () => {
    expect(byPrefix(run(file('ABKNUMBER001=+44 20')), 'number-')[0]).toMatchObject({
      severity: 'error',
      target: { kind: 'list', list: 'speedDial', index: 1, field: 'number' },
      message: 'Speed dial 1 number may hold only digits, * and #, and a comma for a pause; it has “+”, a space.',
    });
  });

  it('a speed dial with a label and no number (none in the file, or empty) is said to dial nothing', () => {
    const doc = file('ABKNAME001=Reception', 'ABKNAME002=Help', 'ABKNUMBER002=', 'ABKNAME003=Ok', 'ABKNUMBER003=200', 'ABKNAME004=', 'ABKNAME109=Past');
    expect(byPrefix(run(doc, '4620SW'), 'no-number-').map((p) => [p.lineNo, p.target, p.message])).toEqual([
      [2, { kind: 'list', list: 'speedDial', index: 1, field: 'number' }, 'Speed dial 1 (“Reception”) has no number: pressing it dials nothing.'],
      [4, { kind: 'list', list: 'speedDial', index: 2, field: 'number' }, 'Speed dial 2 (“Help”) has no number: pressing it dials nothing.'],
    ]);
  });

  it('entries past the model’s capacity (48/12 on the 4610SW, 108/24 on the 4620 family): one problem for them all', () => {
    const doc = file('ABKNAME049=x', 'PHNLABEL13=y', 'ABKNAME109=z', 'PHNLABEL25=w');
    const on4610 = byPrefix(run(doc, '4610SW'), 'past-capacity');
    expect(on4610.map((p) => [p.lineNo, p.target, p.message, p.removableLineIds])).toEqual([
      [
        2,
        { kind: 'line', lineId: 1 },
        '2 speed dials past the 4610SW’s 48 and 2 feature button labels past the 4610SW’s 12 buttons are kept as lines; the phone ignores them.',
        [1, 3, 2, 4],
      ],
    ]);
    expect(byPrefix(run(doc, '4620'), 'past-capacity').map((p) => p.message)).toEqual([
      '1 speed dial past the 4620’s 108 and 1 feature button label past the 4620’s 24 buttons are kept as lines; the phone ignores them.',
    ]);
    expect(byPrefix(run(file('ABKNAME048=x', 'PHNLABEL12=y'), '4610SW'), 'past-capacity')).toEqual([]);
    // An entry's label and number, and an earlier copy, are one entry: counted once, all its lines removable.
    const both = byPrefix(run(file('Contrast=9', 'ABKNAME200=x', 'ABKNUMBER200=1', 'ABKNAME200=y'), '4625SW'), 'past-capacity');
    expect(both.map((p) => [p.lineNo, p.message, p.removableLineIds])).toEqual([[3, '1 speed dial past the 4625SW’s 108 is kept as lines; the phone ignores it.', [2, 3, 4]]]);
  });

  it('a 108-entry file on a 4610SW: one warning for 60 speed dials and 12 labels, not one an entry, and nothing said of their values', () => {
    const lines: string[] = [];
    for (let i = 1; i <= 108; i++) lines.push(`ABKNAME${String(i).padStart(3, '0')}=Name ${i} that is far too long`, `ABKNUMBER${String(i).padStart(3, '0')}=12ab`);
    for (let i = 1; i <= 24; i++) lines.push(`PHNLABEL${String(i).padStart(2, '0')}=B${i}`);
    const problems = run(file(...lines), '4610SW');
    expect(byPrefix(problems, 'past-capacity').map((p) => [p.message, p.removableLineIds?.length])).toEqual([
      ['60 speed dials past the 4610SW’s 48 and 12 feature button labels past the 4610SW’s 12 buttons are kept as lines; the phone ignores them.', 132],
    ]);
    // The 48 entries the phone shows have their label and number problems; the 60 it ignores have none.
    expect(byPrefix(problems, 'long-')).toHaveLength(48);
    expect(byPrefix(problems, 'number-')).toHaveLength(48);
    expect(problems).toHaveLength(1 + 48 + 48);
  });

  it('glyph warnings on labels only, per model', () => {
    const doc = file('ABKNAME001=Помощь', 'ABKNUMBER001=200', 'PHNLABEL01=漢字');
    const on4620 = byPrefix(run(doc, '4620'), 'glyph-');
    expect(on4620.map((p) => p.message)).toEqual([
      'Помощь: the 4620 cannot show Cyrillic; the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can.',
      '漢字: the 4620 cannot show Han (Chinese/Japanese); the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can.',
    ]);
    expect(on4620[0]?.target).toEqual({ kind: 'list', list: 'speedDial', index: 1, field: 'label' });
    expect(byPrefix(run(doc, '4620SW'), 'glyph-')).toEqual([]);
    expect(byPrefix(run(file('ABKNAME001=Łódź'), '4620SW'), 'glyph-')[0]?.message).toBe(
      'Ł ź: the 4620SW cannot show Latin Extended; no 4600-series telephone can show them (a rectangle on every model).',
    );
  });
});

describe('settings and the model', () => {
  it('a setting the model does not have', () => {
    expect(run(file('Phone Application Background Color=2'), '4620SW')[0]).toMatchObject({
      severity: 'warning',
      target: { kind: 'line', lineId: 1 },
      message: 'Phone Application Background Color is only for 4625SW; the 4620SW (H.323) ignores it. It stays in the file.',
    });
    expect(run(file('Phone Application Background Color=2'), '4625SW')).toEqual([]);
    expect(run(file('Call Appearance Width=1'), '4610SW')[0]?.message).toBe(
      'Call Appearance Width is only for 4620, 4620SW, 4621SW, 4622SW, 4625SW; the 4610SW (H.323) ignores it. It stays in the file.',
    );
  });

  it('a setting the protocol does not have', () => {
    expect(run(file('Transfer Type=1'), '4620SW', 'h323')[0]?.message).toBe('Transfer Type is only for SIP telephones; the 4620SW (H.323) ignores it. It stays in the file.');
    expect(run(file('Transfer Type=1'), '4620SW', 'sip')).toEqual([]);
    expect(run(file('Call Appearance Width=1'), '4620SW', 'sip')[0]?.message).toBe(
      'Call Appearance Width is only for H.323 telephones; the 4620SW (SIP) ignores it. It stays in the file.',
    );
  });

  it('an out-of-scope setting with a bad value gets both problems', () => {
    expect(run(file('Transfer Type=7'), '4620SW', 'h323').map((p) => p.id)).toEqual(['scope-1', 'value-1']);
  });

  it('display language vs model: a script the model cannot show', () => {
    expect(run(file('Display Language=Russian'), '4620')).toEqual([
      { id: 'lang-script', severity: 'warning', target: { kind: 'setting', id: 'displayLanguage' }, message: 'Display Language is Russian, but the 4620 cannot show its script.' },
    ]);
    expect(run(file('Display Language=Chinese'), '4620')[0]?.message).toBe('Display Language is Chinese, but the 4620 cannot show its script.');
    expect(run(file('Display Language=Hebrew'), '4620')).toHaveLength(1);
    expect(run(file('Display Language=Russian'), '4620SW')).toEqual([]);
    expect(run(file('Display Language=Japanese'), '4620')).toEqual([]);
    expect(run(file('LANGUSER=Russian'), '4620')).toHaveLength(1);
  });

  it('the firmware release: before R2.7 the 4610SW shows no Cyrillic, Han or Hiragana, in labels or as its language', () => {
    const doc = file('ABKNAME001=Помощь', 'ABKNUMBER001=1', 'Display Language=Russian');
    const preR27 = findProblems(doc, { model: '4610SW', protocol: 'h323', release: 'preR27' }).map((p) => [p.id, english(p.message)]);
    expect(preR27).toEqual([
      ['glyph-1', 'Помощь: before firmware R2.7 the 4610SW cannot show Cyrillic; the 4620SW, 4621SW, 4622SW and 4625SW can. From R2.7 on, it can (the release is chosen under Telephone).'],
      ['lang-script', 'Display Language is Russian, but before firmware R2.7 the 4610SW cannot show its script.'],
    ]);
    // R2.7 or later, given or not: nothing to say.
    expect(findProblems(doc, { model: '4610SW', protocol: 'h323', release: 'r27' })).toEqual([]);
    expect(run(doc, '4610SW')).toEqual([]);
    // Hebrew is not among what the R2.0 guide names.
    expect(findProblems(file('Display Language=Hebrew'), { model: '4610SW', protocol: 'h323', release: 'preR27' })).toEqual([]);
  });
});

describe('the fixture with duplicates and unknown names', () => {
  it('reports each kind of problem, once per line', () => {
    const loaded = loadBytes(fixture('duplicates-and-unknown.txt'));
    if (!loaded.ok) throw new Error('refused');
    const problems = run(loaded.value.doc, '4620SW', 'h323', loaded.value.decoded);
    const kinds = problems.map((p) => `${p.id.replace(/-\d+$/, '')}@${p.lineNo}`);
    expect(kinds).toEqual([
      'dup@2', // Contrast=5 (Contrast=12 wins)
      'dup@4', // ABKNUMBER001=200 (abknumber001=201 wins)
      'other@10', // # a comment line
      'spaced@11', // Contrast = 9: not Contrast for the phone, so no duplicate of Contrast=12 either
      'value@13', // "Personalized Ring=3 " has a trailing space
      'unknown@14', // Mystery Setting
      'pw@15', // FTP Password
      'unknown@15',
      'other@16', // =orphan
      'dup@18', // LOGACTIVE=0 (Call Log Active=1 wins)
    ]);
    expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
  });
});

describe('targetDomId', () => {
  it('one id per kind of target', () => {
    expect(targetDomId({ kind: 'setting', id: 'contrast' })).toBe('setting-contrast');
    expect(targetDomId({ kind: 'list', list: 'speedDial', index: 3, field: 'number' })).toBe('speedDial-3-number');
    expect(targetDomId({ kind: 'line', lineId: 7 })).toBe('line-7');
    expect(targetDomId({ kind: 'file' })).toBe('file-summary');
  });
});
