import { describe, expect, it } from 'vitest';
import { parseText } from '../../format/document.ts';
import { english } from '../../i18n/english.ts';
import { opstatMeaning, readSettingsFile, restoreReport as report } from './settings-file.ts';

const restoreReport = (...a: Parameters<typeof report>) => {
  const r = report(...a);
  return { ...r, messages: r.messages.map(english) };
};

const BACKUP = parseText('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nContrast=9\r\nCall Timer=1\r\n');

describe('readSettingsFile', () => {
  it('the last plain SET wins; comments are ignored; quotes are removed', () => {
    const r = readSettingsFile('## SET OPSTAT 000\r\nSET OPSTAT 111\r\nSET APPSTAT "3"\r\nset opstat "011"   ## later\r\n');
    expect(r.opstat.value).toBe('011');
    expect(r.opstat.from?.line).toBe(4);
    expect(r.opstat.conditional).toEqual([]);
    expect(r.appstat.value).toBe('3');
  });

  it('without SETs the telephone defaults apply', () => {
    const r = readSettingsFile('## nothing here\nSET MCIPADD 10.0.0.1\n');
    expect(r.opstat).toEqual({ value: '111', from: null, conditional: [] });
    expect(r.appstat.value).toBe('1');
    expect(r.restorestat).toEqual({ value: '1', from: null, conditional: [] });
    expect(r.ftpuserstat).toEqual({ value: '1', from: null, conditional: [] });
  });

  it('reads RESTORESTAT and FTPUSERSTAT as it reads OPSTAT: the last certain SET, IF/GOTO blocks noted', () => {
    const r = readSettingsFile('SET RESTORESTAT 1\nset ftpuserstat "0"\nIF $GROUP SEQ 2 GOTO G2\nGOTO END\n# G2\nSET RESTORESTAT 0\n# END\n');
    expect(r.restorestat.value).toBe('1');
    expect(r.restorestat.from?.line).toBe(1);
    expect(r.restorestat.conditional.map((s) => [s.line, s.value])).toEqual([[6, '0']]);
    expect(r.ftpuserstat.value).toBe('0');
    expect(r.ftpuserstat.from?.line).toBe(2);
  });

  it('a SET inside an IF/GOTO block is reported, not resolved', () => {
    const text = [
      'SET OPSTAT 111', // 1
      'IF $MODEL4 SEQ 4610 GOTO OLDPHONES', // 2
      'GOTO END', // 3
      '# OLDPHONES', // 4
      'SET OPSTAT 000', // 5
      '# END', // 6
      'SET APPSTAT 1', // 7
    ].join('\n');
    const r = readSettingsFile(text);
    expect(r.opstat.value).toBe('111');
    expect(r.opstat.conditional.map((s) => [s.line, s.value])).toEqual([[5, '000']]);
    expect(r.appstat.from?.line).toBe(7);
    expect(r.appstat.from?.certain).toBe(true);
  });

  it('a SET after the branches join again is certain', () => {
    const text = ['IF $GROUP SEQ 2 GOTO G2', 'SET APPSTAT 0', 'GOTO DONE', '# G2', 'SET APPSTAT 2', '# DONE', 'SET OPSTAT 101'].join('\n');
    const r = readSettingsFile(text);
    expect(r.appstat.from).toBeNull();
    expect(r.appstat.conditional.map((s) => s.value)).toEqual(['0', '2']);
    expect(r.opstat.value).toBe('101');
    expect(r.opstat.from?.certain).toBe(true);
  });

  it('a SET that a GOTO always jumps over is never run', () => {
    const r = readSettingsFile('GOTO SKIP\nSET OPSTAT 000\n# SKIP\n');
    expect(r.opstat.value).toBe('111');
    expect(r.opstat.conditional).toEqual([]);
  });

  it('notes GET of another file and jumps to missing labels', () => {
    const r = readSettingsFile('GET 46xxspecial.txt\nSET OPSTAT 000\nIF $X SEQ 1 GOTO NOWHERE\n');
    expect(r.notes.map(english)).toEqual([
      'Line 1 reads another settings file (46xxspecial.txt), which the editor cannot see; it may set OPSTAT or APPSTAT too.',
      'Line 3 jumps to “NOWHERE”, which the file does not have; the editor takes it as the end of the file.',
    ]);
    expect(r.opstat.conditional.map((s) => s.line)).toEqual([2]);
  });
});

describe('what the telephone does with the backup', () => {
  it('OPSTAT 0 or 000: no effect', () => {
    expect(opstatMeaning('0').restores).toBe(false);
    expect(opstatMeaning('000').restores).toBe(false);
    const r = restoreReport(readSettingsFile('SET OPSTAT 000'), BACKUP);
    expect(r.verdict).toBe('none');
    expect(r.messages[0]).toBe('Restoring this backup has no effect: line 1 sets OPSTAT 000. The telephone ignores the whole file. To let it restore, set OPSTAT to 111 in 46xxsettings.txt (or remove the line).');
  });

  it('RESTORESTAT 0: no automatic backup or restore at all, whatever OPSTAT says', () => {
    const r = restoreReport(readSettingsFile('SET OPSTAT 111\nSET RESTORESTAT 0\n'), BACKUP);
    expect(r.verdict).toBe('none');
    expect(r.messages).toEqual([
      'The telephone neither backs up nor restores on its own: line 2 sets RESTORESTAT 0. It ignores this backup, whatever OPSTAT says. To turn automatic backup and restore on, set RESTORESTAT to 1 in 46xxsettings.txt (or remove the line).',
    ]);
    // What OPSTAT or APPSTAT would lock is not said: nothing is restored.
    expect(restoreReport(readSettingsFile('SET RESTORESTAT 0\nSET APPSTAT 0\n'), BACKUP).messages).toHaveLength(1);
    // RESTORESTAT 1 changes nothing.
    expect(restoreReport(readSettingsFile('SET RESTORESTAT 1'), BACKUP).verdict).toBe('full');
  });

  it('RESTORESTAT 0 inside an IF/GOTO block is explained', () => {
    const r = restoreReport(readSettingsFile('IF $MODEL4 SEQ 4620 GOTO X\nSET RESTORESTAT 0\n# X\n'), BACKUP);
    expect(r.verdict).toBe('full');
    expect(r.messages[1]).toBe('Line 2 sets RESTORESTAT 0 inside an IF/GOTO block; the editor cannot tell whether your telephone runs it. If it does, there is no automatic backup or restore at all.');
  });

  it('FTPUSERSTAT 0: the backup server and path in a backup are not the user’s to set', () => {
    const withFtp = parseText('\r\nContrast=9\r\nFTP Server IP Address=10.0.0.5\r\nFTPDIR=/phones\r\nFTP User Name=joe\r\n');
    const r = restoreReport(readSettingsFile('SET FTPUSERSTAT 0'), withFtp);
    expect(r.verdict).toBe('partial');
    expect(r.messages).toEqual([
      'FTP Server IP Address and FTP Directory Path in this backup are not the user’s to set: line 1 sets FTPUSERSTAT 0, so the user cannot change the backup server or path. The telephone keeps the ones its administrator gave it (FTPSRVR and FTPDIR in 46xxsettings.txt).',
    ]);
    expect(restoreReport(readSettingsFile('SET FTPUSERSTAT 0'), parseText('\r\nFTPDIR=/phones\r\n')).messages[0]).toMatch(/^FTP Directory Path in this backup is not the user’s to set: /);
    // A backup without them: nothing to say, everything restored.
    expect(restoreReport(readSettingsFile('SET FTPUSERSTAT 0'), BACKUP).verdict).toBe('full');
    expect(restoreReport(readSettingsFile('SET FTPUSERSTAT 1'), withFtp).verdict).toBe('full');
  });

  it('first digit 0: the second Options screen is not restored', () => {
    const r = restoreReport(readSettingsFile('SET OPSTAT 011'), BACKUP);
    expect(r.verdict).toBe('partial');
    expect(r.messages[0]).toMatch(/^The telephone does not restore Contrast from this backup: line 1 sets OPSTAT 011, whose first digit 0 locks the second Options screen/);
  });

  it('APPSTAT 0, 2 or 3: speed dials are not restored', () => {
    for (const v of ['0', '2', '3']) {
      const r = restoreReport(readSettingsFile(`SET APPSTAT ${v}`), BACKUP);
      expect(r.verdict).toBe('partial');
      expect(r.messages[0]).toBe(`The telephone does not restore the speed dial in this backup: line 1 sets APPSTAT ${v}, which does not allow speed dial changes. APPSTAT 1 allows them.`);
    }
  });

  it('counts speed dials and feature button labels in plural words', () => {
    const many = parseText('\r\nABKNAME001=A\r\nABKNUMBER001=1\r\nABKNAME002=B\r\nABKNUMBER002=2\r\nPHNLABEL01=Pickup\r\nPHNLABEL02=Park\r\n');
    expect(restoreReport(readSettingsFile('SET APPSTAT 0'), many).messages[0]).toMatch(/^The telephone does not restore the 2 speed dials in this backup: /);
    expect(restoreReport(readSettingsFile('SET OPSTAT 011'), many).messages[0]).toMatch(/^The telephone does not restore 2 feature button labels from this backup: /);
    const one = parseText('\r\nPHNLABEL01=Pickup\r\n');
    expect(restoreReport(readSettingsFile('SET OPSTAT 011'), one).messages[0]).toMatch(/^The telephone does not restore 1 feature button label from this backup: /);
  });

  it('everything restored by default, with conditional SETs explained', () => {
    const r = restoreReport(readSettingsFile('IF $MODEL4 SEQ 4620 GOTO X\nSET OPSTAT 0\n# X\n'), BACKUP);
    expect(r.verdict).toBe('full');
    expect(r.messages).toEqual([
      'The telephone restores everything in this backup: the file does not set OPSTAT, so the telephone’s default 111 applies and the file does not set APPSTAT, so the telephone’s default 1 applies.',
      'Line 2 sets OPSTAT 0 inside an IF/GOTO block; the editor cannot tell whether your telephone runs it. If it does, restoring has no effect.',
    ]);
  });
});
