import { expect, test, type Page } from '@playwright/test';
import { chooseMore } from './pages/editor-page.ts';

/**
 * A few hundred generated hostile files, opened one after another over an edited document: none may break
 * the page, each gives a clear message or a correct load, and the edited document stays as it was.
 */

interface Hostile {
  readonly name: string;
  readonly bytes: Buffer;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

function utf16(text: string, be: boolean, bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = be ? Buffer.from(le.map((_, i) => le[i ^ 1] ?? 0)) : le;
  return bom ? Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
}

function hostileFiles(): Hostile[] {
  const r = rng(4620);
  const out: Hostile[] = [];
  const add = (name: string, bytes: Buffer | string) => out.push({ name, bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes });
  for (let i = 0; i < 60; i++) add(`random-${i}.bin`, Buffer.from(Array.from({ length: 16 + Math.floor(r() * 4000) }, () => Math.floor(r() * 256))));
  for (let i = 0; i < 30; i++) {
    const controls = Array.from({ length: 200 }, () => String.fromCharCode(Math.floor(r() * 32))).join('');
    add(`controls-${i}.txt`, `\r\nABKNAME001=${controls.slice(0, i)}\r\nContrast=${controls.slice(i, i + 3)}\r\n${i % 3 === 0 ? controls : ''}`);
  }
  const markup = ['<script>window.pwned=1</script>', '<img src=x onerror="window.pwned=1">', '"><svg onload=window.pwned=1>', ['java', 'script:window.pwned=1'].join(''), '{{constructor.constructor("window.pwned=1")()}}', '&lt;b&gt;&#0;'];
  for (const [i, m] of markup.entries()) {
    add(`markup-${i}.txt`, `\r\nABKNAME001=${m}\r\nABKNUMBER001=${m}\r\nPHNLABEL01=${m}\r\n${m}=${m}\r\n${m}\r\nFTP Directory Path=${m}\r\n`);
  }
  const text = '\r\nABKNAME001=Помощь Café 漢字\r\nABKNUMBER001=200\r\nContrast=9\r\n';
  for (const be of [false, true]) for (const bom of [false, true]) add(`utf16-${be ? 'be' : 'le'}-${bom ? 'bom' : 'nobom'}.txt`, utf16(text, be, bom));
  add('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  add('cp1252.txt', Buffer.from('\r\nABKNAME001=Caf\xe9 \x80 \x9f\r\n', 'latin1'));
  add('lone-surrogate-utf8.txt', Buffer.from([0x0d, 0x0a, 0x41, 0x3d, 0xed, 0xa0, 0x80, 0x0d, 0x0a]));
  add('lone-surrogate-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('\r\nABKNAME001=x', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('\r\n', 'utf16le')]));
  add('empty.txt', Buffer.alloc(0));
  add('only-newlines.txt', '\r\n'.repeat(5000));
  add('nul-in-middle.txt', Buffer.concat([Buffer.from('\r\nContrast=9\r\n'), Buffer.from([0]), Buffer.from('x')]));
  add('huge-line.txt', `\r\nABKNAME001=${'x'.repeat(900_000)}\r\n`);
  add('too-big.txt', `\r\n${'PHNLABEL01=y\r\n'.repeat(100_000)}`);
  add('many-lines.txt', `\r\n${Array.from({ length: 20_000 }, (_, i) => (i % 2 ? `ABKNAME${i}=n${i}` : `X${i}=${i}`)).join('\r\n')}\r\n`);
  add('dup-storm.txt', `\r\n${'Contrast=1\r\nContrast=99\r\n'.repeat(2000)}`);
  add('no-newline.txt', 'Contrast=5');
  add('cr-only.txt', '\rContrast=5\rCall Timer=1\r');
  add('zip-signature.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]));
  add('pdf.txt', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  add('index-overflow.txt', '\r\nABKNAME999=x\r\nABKNAME0000=y\r\nPHNLABEL9999=z\r\nABKNAME12345=q\r\n');
  for (let i = 0; i < 80; i++) {
    // Random printable garbage with = signs: must load, whatever it says.
    const chars = Array.from({ length: 400 }, () => String.fromCodePoint(r() < 0.1 ? 0x3d : r() < 0.1 ? 0x0a : r() < 0.05 ? 0x1f600 + Math.floor(r() * 50) : 0x20 + Math.floor(r() * 0x2000)));
    add(`garbage-${i}.txt`, chars.join(''));
  }
  return out;
}

async function openBase(page: Page) {
  await page.goto('./?sample');
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('9');
  await page.getByLabel('Contrast', { exact: true }).fill('12');
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
}

const ALL = hostileFiles();
// In four parts of some 50 files, each well within its time on a busy machine: each file that opens is opened and
// closed through the page, a second or two apiece (two parts of 98 came to three minutes, the limit).
const PARTS = 4;
const SIZE = Math.ceil(ALL.length / PARTS);
const parts = Array.from({ length: PARTS }, (_, i) => ALL.slice(i * SIZE, (i + 1) * SIZE));

for (const [part, files] of parts.entries()) {
  test(`hostile files, part ${part + 1} of ${PARTS} (${files.length} files)`, async ({ page }) => {
    test.setTimeout(180_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await openBase(page);
    const input = page.getByLabel('Backup file to open');
    const alert = page.getByRole('alert');
    for (const f of files) {
      await input.setInputFiles({ name: f.name, mimeType: 'text/plain', buffer: f.bytes });
      // Either a clear message, or the file is open (a second file in the list).
      await expect(alert.or(page.getByRole('heading', { name: /Open files \(2\)/ }))).toBeVisible();
      if (await page.getByRole('heading', { name: /Open files \(2\)/ }).isVisible()) {
        await expect(page.getByLabel('Telephone model'), f.name).toBeVisible();
        await chooseMore(page, 'Close');
      } else {
        await expect(alert, f.name).toContainText(/“.*”/);
        await page.getByRole('button', { name: 'Dismiss' }).click();
      }
      await expect(page.getByLabel('Contrast', { exact: true }), f.name).toHaveValue('12');
    }
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
  });
}
