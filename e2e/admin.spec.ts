import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { chooseMore } from './pages/editor-page.ts';

/**
 * The administrator tools, as an administrator uses them: several files, CSV out and in, copy to many
 * extensions, compare, convert, and the OPSTAT check. Every download is read back and checked byte for byte.
 */

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/admin/${name}`, import.meta.url));
const OFFICE = fixture('office.txt');
const utf8 = (b: Uint8Array): string => Buffer.from(b).toString('utf8');

test.beforeEach(async ({ page }) => {
  // Saves become downloads the test can read back.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
});

async function openFiles(page: Page, files: readonly { name: string; body: Buffer | string }[]) {
  await page.getByLabel('Backup file to open').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: typeof f.body === 'string' ? Buffer.from(f.body, 'utf8') : f.body })));
  await expect(page.getByLabel('Telephone model')).toBeVisible();
}

async function start(page: Page, files: readonly { name: string; body: Buffer | string }[] = [{ name: '4711_4620data.txt', body: OFFICE }]) {
  await page.goto('./');
  await openFiles(page, files);
  await chooseMore(page, 'Administrator tools');
  await expect(page.getByRole('heading', { name: 'Administrator tools' })).toBeVisible();
}

async function downloadOf(page: Page, action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await action();
  const d = await pending;
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path()) as string) };
}

const saveFile = (page: Page) => downloadOf(page, () => page.getByRole('button', { name: 'Save', exact: true }).click());

function unzip(bytes: Buffer): Record<string, string> {
  const entries = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, utf8(v)]));
}

test('the administrator tools, papaparse and the zip library load only when used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('./');
  await openFiles(page, [{ name: '4711_4620data.txt', body: OFFICE }]);
  expect(requested.filter((u) => /admin-panel|papaparse|\/zip-/.test(u))).toEqual([]);
  await chooseMore(page, 'Administrator tools');
  await expect(page.getByRole('button', { name: 'Import CSV' })).toBeVisible();
  expect(requested.some((u) => /admin-panel/.test(u))).toBe(true);
  expect(requested.some((u) => /papaparse/.test(u))).toBe(false);
  // The zip library (zip-*.js); not the limits a zip is held to (zip-limits-*.js, a few lines the tools check Save all against).
  expect(requested.some((u) => /\/zip-(?!limits-)/.test(u))).toBe(false);
});

test('Save all downloads one .zip of every open file, named by the rule, each byte for byte', async ({ page }) => {
  const sip = '\nABKNAME001=Desk\nABKNUMBER001=100\n';
  await start(page, [
    { name: '4711_4620data.txt', body: OFFICE },
    { name: '4712_4610data_sip.txt', body: sip },
  ]);
  // Edit the first file (the active one) before saving.
  await page.getByLabel('Speed dial 1 number', { exact: true }).fill('201');
  const zip = await downloadOf(page, () => page.getByRole('button', { name: 'Save all' }).click());
  expect(zip.name).toBe('phone-backups.zip');
  expect(unzip(zip.bytes)).toEqual({
    '4711_4620data.txt': OFFICE.toString('utf8').replace('ABKNUMBER001=200', 'ABKNUMBER001=201'),
    '4712_4610data_sip.txt': sip,
  });
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded phone-backups.zip with 2 files' })).toBeAttached();
  // Said in the panel too, for those who do not hear the status line.
  await expect(page.getByRole('region', { name: 'Administrator tools' }).getByText('Downloaded phone-backups.zip with 2 files. Unpack it where the telephones look for their backups.')).toBeVisible();
  // Both files count as saved: the active one's badge, and no "Unsaved" in the file list.
  await expect(page.getByRole('banner').getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open files (2)' }).getByRole('gridcell').getByText('Unsaved')).toHaveCount(0);
});

test('Save all of a large fleet: the page and its helper worker pack the .zip together, every file byte for byte', async ({ page }) => {
  test.setTimeout(120_000);
  // 240 backups of some 4.6 KB each: past the 1 MB from which the zip is packed in parallel (src/file-io/zip.ts).
  const files = Array.from({ length: 240 }, (_file, i) => {
    const ext = 5000 + i;
    const dials = Array.from({ length: 100 }, (_dial, n) => `ABKNAME${String(n + 1).padStart(3, '0')}=Desk ${ext}-${n}\r\nABKNUMBER${String(n + 1).padStart(3, '0')}=${ext}${n}\r\n`).join('');
    return { name: `${ext}_4620data.txt`, body: `\r\n${dials}` };
  });
  expect(files.reduce((sum, f) => sum + f.body.length, 0)).toBeGreaterThan(1024 * 1024);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  // A worker the page's policy refused, or one that failed to load, would be said here (and the page would then pack
  // it all itself). (Not the optional site profile, format-profile.json, which this server does not have.)
  const errors: string[] = [];
  page.on('console', (m) => (m.type() === 'error' && /worker|refused|security policy/i.test(m.text()) ? errors.push(m.text()) : undefined));
  page.on('requestfailed', (r) => (/zip-worker/.test(r.url()) ? errors.push(`${r.url()} failed`) : undefined));
  page.on('response', (r) => (/zip-worker/.test(r.url()) && !r.ok() ? errors.push(`${r.url()} ${r.status()}`) : undefined));
  await start(page, files);
  const zip = await downloadOf(page, () => page.getByRole('button', { name: 'Save all' }).click());
  expect(workers.some((u) => /zip-worker/.test(u))).toBe(true);
  expect(errors).toEqual([]);
  // And it did pack some of the files (the page says how the work was shared, in its zip:packed mark).
  const sharing = await page.evaluate(() => (performance.getEntriesByName('zip:packed').at(-1) as PerformanceMark | undefined)?.detail as { shares: number; helper: number } | undefined);
  expect(sharing?.shares).toBe(3);
  expect(sharing?.helper).toBeGreaterThan(0);
  const entries = unzip(zip.bytes);
  expect(Object.keys(entries)).toEqual(files.map((f) => f.name));
  for (const f of files) expect(entries[f.name]).toBe(f.body);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded phone-backups.zip with 240 files' })).toBeAttached();
});

test('Save all asks before writing lines that look like passwords, as Save does, and removes them when asked', async ({ page }) => {
  const secret = '\r\nABKNAME001=Desk\r\nABKNUMBER001=100\r\nFTP Password=hunter2\r\n';
  await start(page, [
    { name: '4711_4620data.txt', body: OFFICE },
    { name: '4712_4620data.txt', body: secret },
  ]);
  const saveAll = page.getByRole('button', { name: 'Save all' });
  await saveAll.click();
  const dialog = page.getByRole('dialog', { name: 'Remove password-like lines before saving all?' });
  await expect(dialog.getByText('4712_4620data.txt: FTP Password')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(saveAll).toBeFocused();
  await saveAll.press('Enter');
  const zip = await downloadOf(page, () => dialog.getByRole('button', { name: 'Remove them and save all' }).click());
  expect(unzip(zip.bytes)).toEqual({ '4711_4620data.txt': OFFICE.toString('utf8'), '4712_4620data.txt': '\r\nABKNAME001=Desk\r\nABKNUMBER001=100\r\n' });
  await expect(page.getByRole('region', { name: 'Administrator tools' }).getByText('1 password-like line was removed from the open files first.', { exact: false })).toBeVisible();
  await expect(saveAll).toBeFocused();
});

test('Save all asks about files with errors first: the files and their errors listed, Go to the first error, or Save anyway', async ({ page }) => {
  await start(page, [
    { name: '4711_4620data.txt', body: OFFICE },
    { name: '4712_4620data.txt', body: '\r\nContrast=99\r\nABKNAME001=Desk\r\nABKNUMBER001=12ab\r\n' },
  ]);
  const saveAll = page.getByRole('button', { name: 'Save all' });
  await saveAll.click();
  const question = page.getByRole('dialog', { name: 'Save with 2 errors?' });
  await expect(question).toContainText('One file has values the telephone will not take as they are:');
  await expect(question.getByRole('listitem')).toHaveText([/^4712_4620data\.txt: Contrast is 1 to 15/, /^4712_4620data\.txt: Speed dial 1 number may hold only digits/]);
  await question.getByRole('button', { name: 'Go to the first error' }).click();
  await expect(page.getByRole('banner').getByText('4712_4620data.txt', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Contrast', { exact: true })).toBeFocused();

  await saveAll.click();
  const zip = await downloadOf(page, () => question.getByRole('button', { name: 'Save anyway' }).click());
  expect(Object.keys(unzip(zip.bytes)).toSorted()).toEqual(['4711_4620data.txt', '4712_4620data.txt']);
});

test('Export CSV writes the speed dials as UTF-8 CSV with a byte-order mark, in the chosen separator', async ({ page }) => {
  await start(page, [{ name: '4711_4620data.txt', body: '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nABKNAME002=Помощь, 24h\r\nABKNUMBER002=*88#4411\r\n' }]);
  const comma = await downloadOf(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(comma.name).toBe('4711_speed-dials.csv');
  expect(comma.bytes.equals(Buffer.from('\uFEFFLabel,Number\r\nReception,200\r\n"Помощь, 24h",*88#4411\r\n', 'utf8'))).toBe(true);
  await page.getByLabel('CSV separator for export').selectOption('Semicolon');
  const semi = await downloadOf(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(semi.bytes.equals(Buffer.from('\uFEFFLabel;Number\r\nReception;200\r\nПомощь, 24h;*88#4411\r\n', 'utf8'))).toBe(true);
});

test('Import CSV: an Excel (Windows-1252, semicolon) file, previewed, merged by label, and saved', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import speed dials from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'kurzwahl.csv', mimeType: 'text/csv', buffer: fixture('excel-de.csv') });
  await expect(dialog.getByText(/Read 6 rows from “kurzwahl.csv” as Windows-1252/)).toBeVisible();
  await expect(dialog.getByText(/separated by semicolon/)).toBeVisible();
  await expect(dialog.getByLabel('The first row is a header')).toBeChecked();
  await expect(dialog.getByLabel('Label column')).toHaveValue('0');
  await expect(dialog.getByLabel('Number column')).toHaveValue('1');

  // Nothing changes before the user confirms.
  await expect(page.getByLabel('Speed dial 2 number', { exact: true })).toHaveValue('4400');

  await dialog.getByLabel(/Update by label/).check();
  await expect(dialog.getByText('3 will be added, 1 changed, 1 refused')).toBeVisible();
  const row = (n: number) => dialog.getByRole('row', { name: new RegExp(`^${n} `) });
  await expect(row(2)).toContainText('Changes speed dial 2 (was “Help desk” 4400)');
  await expect(row(3)).toContainText('Added as speed dial 3');
  await expect(row(3)).toContainText('Spaces and dashes removed from “0 89 12-34”.');
  await expect(row(4)).toContainText('Café € Bar');
  // A long label is imported as the editor keeps one: the phone shows its start.
  await expect(row(5)).toContainText('Added as speed dial 5');
  await expect(row(5)).toContainText('The label has 31 characters; the phone shows the first 13.');
  await expect(row(6)).toContainText('Refused: Number has characters the phone cannot dial: “+”.');

  await dialog.getByRole('button', { name: 'Import 4 speed dials' }).click();
  await expect(dialog).toBeHidden();
  // The open form shows the imported values at once.
  await expect(page.getByLabel('Speed dial 2 number', { exact: true })).toHaveValue('4411');
  await expect(page.getByLabel('Speed dial 3 label', { exact: true })).toHaveValue('Küche');
  await expect(page.getByLabel('Speed dial 4 label', { exact: true })).toHaveValue('Café € Bar');

  const saved = await saveFile(page);
  expect(saved.name).toBe('4711_4620data.txt');
  expect(utf8(saved.bytes)).toBe(
    OFFICE.toString('utf8').replace(
      'ABKNUMBER002=4400\r\n',
      'ABKNUMBER002=4411\r\nABKNAME003=Küche\r\nABKNUMBER003=0891234\r\nABKNAME004=Café € Bar\r\nABKNUMBER004=210\r\nABKNAME005=Eine viel zu lange Beschriftung\r\nABKNUMBER005=211\r\n',
    ),
  );
});

test('Import CSV: replace all, with a header-less comma file; Cancel changes nothing', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  let dialog = page.getByRole('dialog', { name: 'Import speed dials from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFFKitchen,210\r\nLobby,211\r\n', 'utf8') });
  await expect(dialog.getByText(/as UTF-8 with a byte-order mark, separated by comma/)).toBeVisible();
  await expect(dialog.getByLabel('The first row is a header')).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Speed dial 1 label', { exact: true })).toHaveValue('Reception');

  await page.getByRole('button', { name: 'Import CSV' }).click();
  dialog = page.getByRole('dialog', { name: 'Import speed dials from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('Kitchen,210\r\n', 'utf8') });
  await dialog.getByLabel('Replace all speed dials').check();
  await expect(dialog.getByText(/0 will be added, 1 changed, 0 refused; 1 speed dial now in the file will be removed/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 1 speed dial' }).click();
  const saved = await saveFile(page);
  expect(utf8(saved.bytes)).toBe(OFFICE.toString('utf8').replace('ABKNAME001=Reception\r\nABKNUMBER001=200\r\nABKNAME002=Help desk\r\nABKNUMBER002=4400\r\n', 'ABKNAME001=Kitchen\r\nABKNUMBER001=210\r\n'));
});

test('Copy to extensions: a .zip of valid, correctly named files for a list and ranges', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: 'Copy to extensions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy to many telephones' });
  const extensions = dialog.getByLabel('Extensions');
  await extensions.fill('4001, 4005-4007, 40x');
  await expect(dialog.getByText('“40x” is not an extension or a range: use digits, such as 4001 or 4005-4099.')).toBeVisible();
  await extensions.fill('4001, 4005-4007');
  await expect(dialog.getByText('4 extensions: 4001, 4005, 4006, 4007.')).toBeVisible();
  // FTP parameters are left out unless asked for; leave out the feature labels too.
  await expect(dialog.getByLabel(/FTP parameters/)).not.toBeChecked();
  await dialog.getByLabel('Feature button labels').uncheck();
  await dialog.getByLabel('Protocol naming').selectOption('both');
  const zip = await downloadOf(page, () => dialog.getByRole('button', { name: 'Download the .zip' }).click());
  expect(zip.name).toBe('4620-backups-4-extensions.zip');
  const files = unzip(zip.bytes);
  // Canonical order: speed dials, feature labels, then the settings in the catalog's order.
  const h323 = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nABKNAME002=Help desk\r\nABKNUMBER002=4400\r\nCall Timer=0\r\nCall Appearance Width=1\r\nContrast=9\r\nAutomatic Backup=1\r\n';
  const sip = h323.replace('Call Appearance Width=1\r\n', '');
  expect(files).toEqual(
    Object.fromEntries(['4001', '4005', '4006', '4007'].flatMap((e) => [[`${e}_4620data.txt`, h323], [`${e}_4620data_sip.txt`, sip]])),
  );
  await expect(dialog.getByText('Not copied, as a 4620SW (SIP) does not have them: Call Appearance Width.')).toBeVisible();
});

test('Copy to extensions can write the same parts into every other open file', async ({ page }) => {
  await start(page, [
    { name: '4711_4620data.txt', body: OFFICE },
    { name: '4712_4620data.txt', body: '\r\nABKNAME001=Old\r\nABKNUMBER001=1\r\nRedial=0\r\n' },
  ]);
  // The first file opened is the active one: copy its speed dials and options into the second.
  await page.getByRole('button', { name: 'Copy to extensions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy to many telephones' });
  await dialog.getByLabel('Every other open file (1)').check();
  await dialog.getByLabel('Parameters (Automatic Backup)').uncheck();
  // Before anything changes, the dialog shows what will.
  await expect(dialog.getByText('1 of 1 open files will change. Nothing changes until you press “Copy into the open files”.')).toBeVisible();
  await expect(dialog.getByRole('row', { name: /4712_4620data\.txt/ }).getByRole('cell')).toHaveText(['6', '2', '0', /^Adds Speed dial 2 label, .* and Contrast\. Changes Speed dial 1 label and Speed dial 1 number\.$/]);
  await dialog.getByRole('button', { name: 'Copy into the open files' }).click();
  const report = dialog.getByRole('status').filter({ hasText: '4712_4620data.txt: 6 added, 2 changed, 0 removed.' });
  await expect(report).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: '4712_4620data.txt', exact: true }).click();
  await expect(page.getByLabel('Speed dial 1 label', { exact: true })).toHaveValue('Reception');
  const saved = await saveFile(page);
  expect(utf8(saved.bytes)).toBe('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nABKNAME002=Help desk\r\nABKNUMBER002=4400\r\nPHNLABEL01=Pickup\r\nRedial=0\r\nCall Timer=0\r\nCall Appearance Width=1\r\nContrast=9\r\n');
});

test('Compare shows the changes since loading by setting, in the phone’s words, and by line', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  let dialog = page.getByRole('dialog', { name: 'Compare' });
  await expect(dialog.getByText('No setting differs: nothing has changed since the file was loaded or saved.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByLabel('Call Timer', { exact: true }).selectOption('1');
  await page.getByLabel('Speed dial 1 number', { exact: true }).fill('201');
  await page.getByRole('button', { name: 'Compare' }).click();
  dialog = page.getByRole('dialog', { name: 'Compare' });
  await expect(dialog.getByRole('row', { name: 'Call Timer Changed Off (0) On (1)' })).toBeVisible();
  await expect(dialog.getByRole('row', { name: 'Speed dial 1 number Changed “200” “201”' })).toBeVisible();
  const lines = dialog.getByRole('table', { name: 'Lines that differ' });
  await expect(lines.getByRole('row', { name: /Removed: Call Timer=0/ })).toBeVisible();
  await expect(lines.getByRole('row', { name: /Added: Call Timer=1/ })).toBeVisible();
  await expect(lines.getByRole('row', { name: /Removed: ABKNUMBER001=200/ })).toBeVisible();
});

test('Compare two open files', async ({ page }) => {
  await start(page, [
    { name: '4711_4620data.txt', body: OFFICE },
    { name: '4712_4620data.txt', body: OFFICE.toString('utf8').replace('Contrast=9', 'Contrast=12') },
  ]);
  await page.getByRole('button', { name: 'Compare' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare' });
  await dialog.getByLabel(/Compare 4711_4620data.txt with/).selectOption({ label: '4712_4620data.txt (4620SW)' });
  await expect(dialog.getByRole('row', { name: 'Contrast Changed 12 9' })).toBeVisible();
  await expect(dialog.getByText('1 setting differs.')).toBeVisible();
});

test('Convert H.323 → SIP renames the file and removes H.323-only settings when asked', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: 'Convert' }).click();
  const dialog = page.getByRole('dialog', { name: 'Convert' });
  await expect(dialog.getByLabel('New protocol')).toHaveValue('sip');
  await expect(dialog.getByText('The file is renamed from 4711_4620data.txt to 4711_4620data_sip.txt.')).toBeVisible();
  await expect(dialog.getByText(/Kept Call Appearance Width/)).toBeVisible();
  await dialog.getByLabel('Remove them').check();
  await expect(dialog.getByText('Removed Call Appearance Width (H.323 only, 4620 family only): the 4620SW (SIP) does not have it.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Convert the file' }).click();
  await expect(page.getByLabel('Protocol', { exact: true })).toHaveValue('sip');
  const saved = await saveFile(page);
  expect(saved.name).toBe('4711_4620data_sip.txt');
  expect(utf8(saved.bytes)).toBe(OFFICE.toString('utf8').replace('Call Appearance Width=1\r\n', ''));
});

test('Convert a 4620 file with 60 speed dials to a 4610: the user chooses which 48 to keep', async ({ page }) => {
  await start(page, [{ name: '4711_4620data.txt', body: fixture('full-60.txt') }]);
  await page.getByRole('button', { name: 'Convert' }).click();
  const dialog = page.getByRole('dialog', { name: 'Convert' });
  await dialog.getByLabel('New protocol').selectOption('h323');
  await dialog.getByLabel('New telephone model').selectOption('4610SW');
  await expect(dialog.getByText('Speed dials to keep: the 4610SW holds 48, the file has 60')).toBeVisible();
  await expect(dialog.getByText('48 chosen.', { exact: false })).toBeVisible();
  // Choosing a 49th blocks the conversion until one is cleared.
  await dialog.getByLabel('60: Name 60 — 1060').check();
  await expect(dialog.getByText('49 chosen; clear 1 more.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Convert the file' })).toBeDisabled();
  await dialog.getByLabel('1: Name 1 — 1001').uncheck();
  await expect(dialog.getByText('Kept 48 of 60 speed dials, numbered 1 to 48; removed 12: the 4610SW holds 48.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Convert the file' }).click();
  await expect(page.getByLabel('Speed dial 1 label', { exact: true })).toHaveValue('Name 2');
  const saved = await saveFile(page);
  expect(saved.name).toBe('4711_4610data.txt');
  let expected = '\r\n';
  const kept = [...Array.from({ length: 47 }, (_, i) => i + 2), 60];
  kept.forEach((k, i) => {
    const n = String(i + 1).padStart(3, '0');
    expected += `ABKNAME${n}=Name ${k}\r\nABKNUMBER${n}=${1000 + k}\r\n`;
  });
  expect(utf8(saved.bytes)).toBe(`${expected}Call Timer=1\r\n`);
});

test('Will the restore take effect: OPSTAT, APPSTAT and RESTORESTAT from 46xxsettings.txt, IF/GOTO noted', async ({ page }) => {
  await start(page);
  // Without a settings file the editor says once that OPSTAT can make a restore have no effect.
  const note = page.getByRole('note').filter({ hasText: 'If OPSTAT in your 46xxsettings.txt is 0 or 000' });
  await expect(note).toBeVisible();
  await page.getByLabel('Settings file (46xxsettings.txt)').setInputFiles({ name: '46xxsettings.txt', mimeType: 'text/plain', buffer: fixture('46xxsettings.txt') });
  const result = page.getByRole('region', { name: 'Will the restore take effect?' });
  await expect(result.getByText('From 46xxsettings.txt: OPSTAT 111 (line 4); also set inside IF/GOTO blocks on line 10; APPSTAT 3 (line 12).')).toBeVisible();
  await expect(result.getByText('The telephone does not restore the 2 speed dials in this backup: line 12 sets APPSTAT 3, which does not allow speed dial changes. APPSTAT 1 allows them.')).toBeVisible();
  await expect(result.getByText('Line 10 sets OPSTAT 011 inside an IF/GOTO block; the editor cannot tell whether your telephone runs it. If it does, the second Options screen’s settings are not restored.')).toBeVisible();

  await page.getByLabel('Settings file (46xxsettings.txt)').setInputFiles({ name: 'off.txt', mimeType: 'text/plain', buffer: Buffer.from('SET OPSTAT 000\r\n') });
  await expect(result.getByText('Restoring this backup has no effect: line 1 sets OPSTAT 000. The telephone ignores the whole file. To let it restore, set OPSTAT to 111 in 46xxsettings.txt (or remove the line).')).toBeVisible();

  // RESTORESTAT 0 turns automatic backup and restore off, whatever OPSTAT says; later releases back up over HTTP too.
  await page.getByLabel('Settings file (46xxsettings.txt)').setInputFiles({ name: 'norestore.txt', mimeType: 'text/plain', buffer: Buffer.from('SET OPSTAT 111\r\nSET RESTORESTAT 0\r\nSET FTPUSERSTAT 0\r\n') });
  await expect(result.getByText('RESTORESTAT 0 (line 2); FTPUSERSTAT 0 (line 3).')).toBeVisible();
  await expect(result.getByText('The telephone neither backs up nor restores on its own: line 2 sets RESTORESTAT 0. It ignores this backup, whatever OPSTAT says.', { exact: false })).toBeVisible();
  await expect(result.getByText('Later 4600 releases back up and restore over HTTP as well as FTP, with the same file names; these settings govern both.')).toBeVisible();

  await note.getByRole('button', { name: 'Hide this note' }).click();
  await expect(note).toHaveCount(0);
  await page.reload();
  await openFiles(page, [{ name: '4711_4620data.txt', body: OFFICE }]);
  await expect(page.getByRole('note').filter({ hasText: 'If OPSTAT' })).toHaveCount(0);
});
