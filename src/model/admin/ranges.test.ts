import { describe, expect, it } from 'vitest';
import { english } from '../../i18n/english.ts';
import { MAX_EXTENSIONS, describeExtensions as describe_, parseExtensions } from './ranges.ts';

const describeExtensions = (list: readonly string[]) => english(describe_(list));

describe('parseExtensions', () => {
  it('reads a list and ranges in order, each once', () => {
    const r = parseExtensions('4001, 4005-4009; 4002\n4003 4001');
    expect(r.extensions).toEqual(['4001', '4005', '4006', '4007', '4008', '4009', '4002', '4003']);
    expect(r.repeated).toEqual(['4001']);
    expect(r.problems).toEqual([]);
  });

  it('accepts spaces around the dash and an en dash', () => {
    expect(parseExtensions('4005 - 4007, 10–11').extensions).toEqual(['4005', '4006', '4007', '10', '11']);
  });

  it('the issue example gives 96 extensions', () => {
    const r = parseExtensions('4001, 4005-4099');
    expect(r.extensions).toHaveLength(96);
    expect(r.extensions[1]).toBe('4005');
    expect(r.extensions.at(-1)).toBe('4099');
  });

  it('keeps leading zeros when both ends have the same width', () => {
    expect(parseExtensions('0098-0101').extensions).toEqual(['0098', '0099', '0100', '0101']);
    expect(parseExtensions('98-101').extensions).toEqual(['98', '99', '100', '101']);
  });

  it('keeps the start’s leading zeros when the end is written shorter', () => {
    expect(parseExtensions('0100-105').extensions).toEqual(['0100', '0101', '0102', '0103', '0104', '0105']);
    expect(parseExtensions('0998-1001').extensions).toEqual(['0998', '0999', '1000', '1001']);
  });

  it('asks when the end has a leading zero and another width than the start', () => {
    const r = parseExtensions('0100-00105');
    expect(r.extensions).toEqual([]);
    expect(r.problems.map(english)).toEqual(['“0100-00105”: the end has a leading zero but not the start’s number of digits, so it is unclear how many digits the extensions have; write both ends alike, such as 0100-0105.']);
  });

  it('says plainly what it could not read', () => {
    const r = parseExtensions('40a1, 4010-4005, 12345678901234, 4001');
    expect(r.extensions).toEqual(['4001']);
    expect(r.problems.map(english)).toEqual([
      '“40a1” is not an extension or a range: use digits, such as 4001 or 4005-4099.',
      '“4010-4005”: the range runs backwards; write it as 4005-4010.',
      '“12345678901234”: an extension has at most 13 digits.',
    ]);
  });

  it('refuses a range that is too large instead of hanging', () => {
    const r = parseExtensions('1-99999999');
    expect(r.extensions).toEqual([]);
    expect(english(r.problems[0] ?? { id: '' })).toMatch(/99,999,999 extensions; at most 10,000/);
  });

  it('stops at the maximum over several ranges', () => {
    const r = parseExtensions('10000-17999, 20000-27999');
    expect(r.extensions).toHaveLength(MAX_EXTENSIONS);
    expect(english(r.problems.at(-1) ?? { id: '' })).toMatch(/the rest were left out/);
  });

  it('handles 13-digit ranges exactly', () => {
    expect(parseExtensions('9999999999998-9999999999999').extensions).toEqual(['9999999999998', '9999999999999']);
  });

  it('an empty input gives nothing and no problem', () => {
    expect(parseExtensions('  ,, ')).toEqual({ extensions: [], problems: [], repeated: [] });
  });

  it('describes a list briefly', () => {
    expect(describeExtensions([])).toBe('no extensions');
    expect(describeExtensions(['4001'])).toBe('extension 4001');
    expect(describeExtensions(['1', '2'])).toBe('2 extensions: 1, 2');
    expect(describeExtensions(parseExtensions('4001, 4005-4099').extensions)).toBe('96 extensions: 4001, 4005 … 4099');
  });
});
