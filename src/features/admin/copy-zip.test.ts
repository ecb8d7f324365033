import { describe, expect, it } from 'vitest';
import { readZip, zipFiles } from '../../file-io/zip.ts';
import { parseText } from '../../format/document.ts';
import { ALL_PARTS, copyToExtensions } from '../../model/admin/copy.ts';
import { parseExtensions } from '../../model/admin/ranges.ts';

describe('the .zip of copies', () => {
  const doc = parseText('\nABKNAME001=Reception\nABKNUMBER001=200\nContrast=9\nFTP Server IP Address=192.168.10.5\n');

  it('holds one correctly named, valid file per extension, byte for byte', async () => {
    const { files } = copyToExtensions(doc, '4610SW', parseExtensions('4001, 4005-4006').extensions, { ...ALL_PARTS, ftp: false }, 'sip');
    const zip = zipFiles(files);
    const read = await readZip(zip);
    if (!read.ok) throw new Error('the zip did not read back');
    const back = read.value.files;
    expect(back.map((f) => f.name)).toEqual(['4001_4610data_sip.txt', '4005_4610data_sip.txt', '4006_4610data_sip.txt']);
    for (const f of back) expect(new TextDecoder('utf-8', { fatal: true }).decode(f.bytes)).toBe('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nContrast=9\r\n');
  });

  it('is the same bytes for the same files (a fixed date in the archive)', async () => {
    const { files } = copyToExtensions(doc, '4620SW', ['1', '2'], ALL_PARTS, 'both');
    expect(zipFiles(files)).toEqual(zipFiles(files));
    const read = await readZip(zipFiles(files));
    expect(read.ok && read.value.files.map((f) => f.name)).toEqual(['1_4620data.txt', '1_4620data_sip.txt', '2_4620data.txt', '2_4620data_sip.txt']);
  });
});
