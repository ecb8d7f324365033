import { describe, expect, it } from 'vitest';
import { FEATURE_LABEL, SETTINGS, SPEED_DIAL, settingById } from '../catalog/catalog.ts';
import type { Msg } from '../catalog/msg.ts';
import { english } from '../i18n/english.ts';
import * as schemas from './schemas.ts';
import { labelSchema, numberSchema, settingSchema } from './schemas.ts';

// The messages in English, as the tests read them.
const en = (m: Msg | null): string | null => (m === null ? null : english(m));
const firstMessage = (...args: Parameters<typeof schemas.firstMessage>) => en(schemas.firstMessage(...args));
const settingProblem = (...args: Parameters<typeof schemas.settingProblem>) => en(schemas.settingProblem(...args));
const labelProblem = (...args: Parameters<typeof schemas.labelProblem>) => en(schemas.labelProblem(...args));
const numberProblem = (...args: Parameters<typeof schemas.numberProblem>) => en(schemas.numberProblem(...args));
const problem = (id: string, value: string) => settingProblem(settingById(id), value);
const message = (id: string, value: string | undefined) => firstMessage(settingSchema(settingById(id)), value);

const fix = (id: string, value: string) => schemas.trimmedFix(settingById(id), value);

describe('settingProblem / settingSchema: plain-language messages', () => {
  it('range: Contrast is 1 to 15', () => {
    expect(message('contrast', '99')).toBe('Contrast is 1 to 15; this file says “99”.');
    expect(problem('contrast', '0')).toBe('Contrast is 1 to 15; this file says “0”.');
    expect(problem('contrast', '')).toBe('Contrast is 1 to 15; it is empty.');
    expect(problem('contrast', ' 9')).toBe('Contrast must be written without spaces around it; this file says “ 9”.');
    expect(problem('contrast', ' 99 ')).toBe('Contrast is 1 to 15; this file says “ 99 ”.');
    expect(problem('contrast', '9.0')).toBe('Contrast is 1 to 15; this file says “9.0”.');
    expect(problem('contrast', '-1')).toBe('Contrast is 1 to 15; this file says “-1”.');
    expect(problem('personalizedRing', '9')).toBe('Personalized Ring is 1 to 8; this file says “9”.');
    for (const v of ['1', '8', '15']) expect(problem('contrast', v), v).toBeNull();
  });

  it('choice: lists the values with what the phone calls them', () => {
    expect(problem('callTimer', '2')).toBe('Call Timer is one of 0 (Off), 1 (On); this file says “2”.');
    expect(problem('messageDisplayRate', 'fast')).toBe('Message Display Rate is one of 1 (Slow), 2 (Medium), 3 (Fast); this file says “fast”.');
    expect(problem('phoneBackground', '9')).toBe(
      'Phone Application Background Color is one of 1 (Colour 1), 2 (Colour 2), 3 (Colour 3), 4 (Colour 4), 5 (Colour 5), 6 (Colour 6), 7 (Colour 7), 8 (Colour 8); this file says “9”.',
    );
    // Languages are their own labels, so they are listed once.
    expect(problem('displayLanguage', 'Klingon')).toBe(
      'Display Language is one of English, French, German, Italian, Spanish, Dutch, Portuguese, Japanese, Russian, Hebrew, Chinese; this file says “Klingon”.',
    );
    expect(problem('redial', '')).toBe('Redial is one of 0 (One number), 1 (List); it is empty.');
  });

  it('choice: a value right but for case or spaces says how it must be written', () => {
    expect(problem('displayLanguage', 'english')).toBe('Display Language must be written “English” exactly; this file says “english”.');
    expect(problem('callTimer', ' 1')).toBe('Call Timer must be written “1” exactly; this file says “ 1”.');
    expect(problem('displayLanguage', 'English ')).toBe('Display Language must be written “English” exactly; this file says “English ”.');
  });

  it('every choice value is valid for its setting', () => {
    for (const def of SETTINGS) {
      if (def.type.kind !== 'choice') continue;
      for (const c of def.type.choices) expect(settingProblem(def, c.value), `${def.name}=${c.value}`).toBeNull();
    }
  });

  it('text: at most N characters, counted as characters (not UTF-16 units)', () => {
    expect(problem('ftpUser', 'a'.repeat(32))).toBeNull();
    expect(problem('ftpUser', 'a'.repeat(33))).toBe('FTP User Name holds at most 32 characters; this one has 33.');
    expect(problem('ftpDirectory', '/'.repeat(128))).toBe('FTP Directory Path holds at most 127 characters; this one has 128.');
    expect(problem('ftpUser', '😀'.repeat(32))).toBeNull();
    expect(problem('ftpUser', '')).toBeNull();
  });

  it('ipv4: dotted quads 0–255 without leading zeros', () => {
    for (const ok of ['192.168.10.5', '0.0.0.0', '255.255.255.255', '10.0.0.1']) expect(problem('ftpServer', ok), ok).toBeNull();
    for (const bad of ['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', 'ftp.example.com', ' 1.2.3.400', '']) {
      expect(problem('ftpServer', bad), bad).toMatch(/^FTP Server IP Address is an IPv4 address such as 192\.168\.10\.5; /);
    }
    expect(problem('ftpServer', 'ftp.example.com')).toBe('FTP Server IP Address is an IPv4 address such as 192.168.10.5; this file says “ftp.example.com”.');
    expect(problem('ftpServer', '1.2.3.4 ')).toBe('FTP Server IP Address must be written without spaces around it; this file says “1.2.3.4 ”.');
  });

  it('a value is quoted by where it comes from: the file, or an entry made since', () => {
    expect(settingProblem(settingById('contrast'), '0', 'file')).toBe('Contrast is 1 to 15; this file says “0”.');
    expect(settingProblem(settingById('contrast'), '0', 'edited')).toBe('Contrast is 1 to 15; you entered “0”.');
    expect(settingProblem(settingById('callTimer'), 'yes', 'edited')).toBe('Call Timer is one of 0 (Off), 1 (On); you entered “yes”.');
    expect(settingProblem(settingById('contrast'), '', 'edited')).toBe('Contrast is 1 to 15; it is empty.');
    expect(firstMessage(settingSchema(settingById('contrast'), 'edited'), '16')).toBe('Contrast is 1 to 15; you entered “16”.');
  });

  it('trimmedFix: the value without its spaces, when that is all that is wrong', () => {
    expect(fix('contrast', ' 7 ')).toBe('7');
    expect(fix('contrast', '\t12')).toBe('12');
    expect(fix('ftpServer', ' 10.0.0.1')).toBe('10.0.0.1');
    expect(fix('callTimer', '1 ')).toBe('1');
    // Not when trimming would not make it work, when it works already, or for free text (its spaces may be meant).
    expect(fix('contrast', ' 99 ')).toBeNull();
    expect(fix('contrast', '7')).toBeNull();
    expect(fix('contrast', '   ')).toBeNull();
    expect(fix('callTimer', ' yes ')).toBeNull();
    expect(fix('ftpUser', ' phone ')).toBeNull();
    expect(schemas.trimmedNumberFix(SPEED_DIAL, 1, ' 200 ')).toBe('200');
    expect(schemas.trimmedNumberFix(SPEED_DIAL, 1, '2 00')).toBeNull();
    expect(schemas.trimmedNumberFix(SPEED_DIAL, 1, '200')).toBeNull();
  });

  it('the schema: undefined (not in the file) is fine, the message is the problem’s', () => {
    for (const def of SETTINGS) expect(firstMessage(settingSchema(def), undefined), def.name).toBeNull();
    expect(message('contrast', '9')).toBeNull();
    expect(message('callTimer', 'yes')).toBe(problem('callTimer', 'yes'));
  });

  it('the schema refuses what is not a string', () => {
    expect(firstMessage(settingSchema(settingById('contrast')), 9)).toBe('Not valid.');
  });

  it('the message travels through zod as a Msg, with its values', () => {
    expect(schemas.firstMessage(settingSchema(settingById('contrast')), '99')).toEqual(schemas.settingProblem(settingById('contrast'), '99'));
    expect(schemas.firstMessage(settingSchema(settingById('contrast')), '99')).toMatchObject({ id: 'schema.range', values: { min: 1, max: 15 } });
  });
});

describe('labels and numbers', () => {
  it('labels: 13 characters, counted as characters', () => {
    expect(labelProblem(SPEED_DIAL, 3, 'Reception')).toBeNull();
    expect(labelProblem(SPEED_DIAL, 3, 'x'.repeat(13))).toBeNull();
    expect(labelProblem(SPEED_DIAL, 3, 'Reception desk')).toBe('Speed dial 3 label is 14 characters long; the phone shows only the first 13 (1 is cut off).');
    expect(labelProblem(SPEED_DIAL, 3, 'x'.repeat(40))).toBe('Speed dial 3 label is 40 characters long; the phone shows only the first 13 (27 are cut off).');
    expect(labelProblem(FEATURE_LABEL, 2, 'Call Forwarding All')).toBe('Feature button 2 label is 19 characters long; the phone shows only the first 13 (6 are cut off).');
    expect(labelProblem(SPEED_DIAL, 1, '😀'.repeat(13))).toBeNull();
    expect(firstMessage(labelSchema(SPEED_DIAL, 3), 'Reception desk')).toBe('Speed dial 3 label is 14 characters long; the phone shows only the first 13 (1 is cut off).');
    expect(firstMessage(labelSchema(SPEED_DIAL, 3), undefined)).toBeNull();
  });

  it('numbers: only digits, * # and a comma, each bad character named once', () => {
    for (const ok of ['', '200', '*88#4411', '9,,0800123456', '#'.repeat(24)]) expect(numberProblem(SPEED_DIAL, 1, ok), ok).toBeNull();
    expect(numberProblem(SPEED_DIAL, 4, '+44 20 7946')).toBe('Speed dial 4 number may hold only digits, * and #, and a comma for a pause; it has “+”, a space.');
    expect(numberProblem(SPEED_DIAL, 1, '12-34-56')).toBe('Speed dial 1 number may hold only digits, * and #, and a comma for a pause; it has “-”.');
    expect(numberProblem(SPEED_DIAL, 1, '１２３')).toBe('Speed dial 1 number may hold only digits, * and #, and a comma for a pause; it has “１”, “２”, “３”.');
  });

  it('numbers: at most 24 characters', () => {
    expect(numberProblem(SPEED_DIAL, 2, '1'.repeat(25))).toBe('Speed dial 2 number holds at most 24 characters; this one has 25.');
    expect(firstMessage(numberSchema(SPEED_DIAL, 2), '1'.repeat(25))).toBe('Speed dial 2 number holds at most 24 characters; this one has 25.');
    expect(firstMessage(numberSchema(SPEED_DIAL, 2), undefined)).toBeNull();
  });
});
