import { zipSync, type Zippable } from 'fflate';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';

/**
 * A dropped zip is hostile until proven otherwise: small on disk, hundreds of megabytes inflated, entries whose
 * sizes lie, a zip inside it, paths that climb out of their folder. The page says what it did not open, in a few
 * sentences, without inflating what it refuses, and the file being edited stays as it was.
 */

const MB = 1024 * 1024;
const BACKUP = Buffer.from('\r\nABKNAME001=Help desk\r\nABKNUMBER001=4400\r\n');

/** Rewrites the uncompressed size of the named entry in the zip's central directory: a lie the archive tells. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = out.length - 46; at >= 0; at--) {
    if (out.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      out.writeUInt32LE(size, at + 24);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

function hostileZip(): Buffer {
  const entries: Zippable = {};
  // Twenty entries of 20 MB each: 400 MB inflated.
  for (let i = 0; i < 20; i++) entries[`${4000 + i}_4620data.txt`] = new Uint8Array(20 * MB);
  // 100 MB that says it is 1 KB.
  entries['4090_4620data.txt'] = new Uint8Array(100 * MB);
  entries['inner.zip'] = zipSync({ '4091_4620data.txt': BACKUP });
  entries['../../etc/4100_4620data.txt'] = BACKUP;
  entries['4101_4620data.txt'] = BACKUP;
  return lieAboutSize(zipSync(entries, { level: 9 }), '4090_4620data.txt', 1024);
}

/** The renderer's JavaScript heap plus the array buffers it holds (where inflated bytes live), in bytes. */
async function memory(cdp: CDPSession): Promise<number> {
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number; embedderHeapUsedSize?: number };
  return heap.usedSize + (heap.backingStorageSize ?? 0) + (heap.embedderHeapUsedSize ?? 0);
}

async function editSample(page: Page) {
  await page.goto('./?sample');
  await page.getByLabel('Contrast', { exact: true }).fill('12');
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
}

test('a zip bomb with lying sizes, a zip inside and climbing paths: one clear message, little memory, the open file untouched', async ({ page }) => {
  const zip = hostileZip();
  expect(zip.length, 'small on disk').toBeLessThan(1 * MB);
  // The page's own clock from the moment the drop reaches it (handing the file over takes Playwright a while).
  await page.addInitScript(() => window.addEventListener('drop', () => ((window as unknown as { droppedAt: number }).droppedAt = performance.now()), true));
  await editSample(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await memory(cdp);

  // Sample the memory while the zip is read, until the page has said what it did.
  const report = page.getByRole('alert').filter({ hasText: 'were not opened' });
  let peak = before;
  const sampler = { done: false };
  const sampling = (async () => {
    while (!sampler.done) {
      peak = Math.max(peak, await memory(cdp));
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  await page.getByRole('main').drop({ files: { name: 'backups.zip', mimeType: 'application/zip', buffer: zip } });
  // Checked at every frame, so the time is when the words were on screen, not when a retry happened to look.
  const shownAt = await page.waitForFunction(
    () => ([...document.querySelectorAll('[role=alert]')].some((e) => e.textContent?.includes('were not opened')) ? performance.now() : 0),
    undefined,
    { polling: 'raf' },
  );
  const tookMs = Math.round(Number(await shownAt.jsonValue()) - (await page.evaluate(() => (window as unknown as { droppedAt: number }).droppedAt)));
  await expect(report).toBeVisible();
  sampler.done = true;
  await sampling;
  peak = Math.max(peak, await memory(cdp));

  test.info().annotations.push({ type: 'measured', description: `message ${tookMs} ms after the drop; memory grew by ${((peak - before) / MB).toFixed(1)} MB at most` });
  expect(tookMs, 'the message comes within a second').toBeLessThan(1000);
  expect((peak - before) / MB, 'the page grew by under 50 MB while reading it').toBeLessThan(50);

  // The keyboard is on the message, so a screen reader reads it and Tab goes on to its list.
  await expect(report).toBeFocused();
  // One sentence per reason, the twenty big ones as first … last, each listed on demand.
  await expect(report).toContainText('20 files over 1 MB were not opened: 4000_4620data.txt … 4019_4620data.txt. A phone backup is a few KB.');
  // A reason with one file alone is said in that file's own sentence.
  await expect(report).toContainText('“inner.zip” in “backups.zip” is itself a zip, and a zip inside a zip is never unpacked.');
  await expect(report).toContainText('“4090_4620data.txt” in “backups.zip” is damaged: its bytes are not what the zip says it stored.');
  await expect(report).toContainText('“../../etc/4100_4620data.txt” in “backups.zip” was opened as “4100_4620data.txt”.');
  const list = report.getByRole('group').filter({ hasText: 'Show all 20 files' });
  await expect(report.getByRole('listitem').first()).toBeHidden();
  await list.getByText('Show all 20 files').click();
  await expect(list.getByRole('listitem')).toHaveCount(20);
  await expect(list.getByRole('listitem').first()).toHaveText('“4000_4620data.txt” in “backups.zip” unpacks to 20 MB; a phone backup is a few KB, and files over 1 MB are not opened.');

  // The two good backups opened beside the edited sample, which is as it was.
  await expect(page.getByRole('heading', { name: 'Open files (3)' })).toBeVisible();
  await page.getByRole('button', { name: '4711_4620data.txt', exact: true }).click();
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('12');
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
});

test('refusals from one drop of plain files are summarised too, and one alone is said in full', async ({ page }) => {
  await editSample(page);
  const empties = Array.from({ length: 5 }, (_, i) => ({ name: `${5000 + i}_4620data.txt`, mimeType: 'text/plain', buffer: Buffer.alloc(0) }));
  await page.getByLabel('Backup file to open').setInputFiles([...empties, { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from('%PDF-1.4\n') }]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('5 empty files were not opened: 5000_4620data.txt … 5004_4620data.txt.');
  await expect(alert).toContainText('“photo.txt” is a PDF document, not a phone backup.');
  await alert.getByText('Show all 5 files').click();
  await expect(alert.getByRole('listitem')).toHaveCount(5);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `the open report, ${scheme}`, '.open-report');
  }
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);

  await page.getByLabel('Backup file to open').setInputFiles([empties[0] ?? { name: '', mimeType: '', buffer: Buffer.alloc(0) }]);
  await expect(page.getByRole('alert')).toHaveText(/“5000_4620data.txt” is empty \(0 bytes\)\./);
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('12');
});

test('the report is worded in the language in use', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('avaya-4600-editor.locale', 'de'));
  await page.goto('./?sample');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const zip = zipSync({ 'a.zip': zipSync({}), 'b.zip': zipSync({}) });
  await page.getByRole('main').drop({ files: { name: 'x.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) } });
  await expect(page.getByRole('alert')).toContainText('2 ZIP-Archive in einem ZIP-Archiv wurden nicht geöffnet: a.zip, b.zip.');
});

test('one pick has one budget: what passes 10,000 files across its zips and loose files is said and not read; the open file is untouched', async ({ page }) => {
  await editSample(page);
  // Three zips of 4,000 entries (a backup, then files not named as backups: looked at, never inflated), then a backup.
  const many = (n: number) => {
    const entries: Zippable = { [`${n}_4620data.txt`]: BACKUP };
    for (let i = 1; i < 4000; i++) entries[`notes-${i}.md`] = new Uint8Array(1);
    return { name: `${n}.zip`, mimeType: 'application/zip', buffer: Buffer.from(zipSync(entries)) };
  };
  await page.getByLabel('Backup file to open').setInputFiles([many(4701), many(4702), many(4703), { name: '4704_4620data.txt', mimeType: 'text/plain', buffer: BACKUP }]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“4703.zip” holds 4,000 entries; only the first 2,000 were read.');
  await expect(alert).toContainText('1 more file was not read: 4704_4620data.txt. At most 10,000 files are opened at once (each file in a zip counts); open the rest separately.');
  // What fit opened beside the edited sample, which is as it was.
  await expect(page.getByRole('heading', { name: 'Open files (4)' })).toBeVisible();
  await page.getByRole('button', { name: '4711_4620data.txt', exact: true }).click();
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('12');
});
