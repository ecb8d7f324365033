import { readFileSync } from 'node:fs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { expect, test, type Download, type Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { chooseMore } from './pages/editor-page.ts';

/**
 * Save all never writes a .zip the editor then opens only in part (it opens 10,000 files from one zip): an
 * administrator with more open says so before anything is written, and saves in parts, a .zip a press, each one the
 * editor opens whole again.
 */

// 10,002 files open in the page: a while on a busy two-core machine.
test.describe.configure({ timeout: 240_000 });

const backup = (n: number): string => `\r\nABKNAME001=Desk ${n}\r\nABKNUMBER001=${n}\r\n`;
const name = (n: number): string => `${20_000 + n}_4620data.txt`;

/** A zip of the backups numbered from `from`, `count` of them. */
function backups(from: number, count: number): Buffer {
  const entries: Zippable = {};
  for (let n = from; n < from + count; n++) entries[name(n)] = new TextEncoder().encode(backup(n));
  return Buffer.from(zipSync(entries, { level: 1 }));
}

const TOTAL = 10_002;

async function entriesOf(download: Promise<Download>): Promise<{ name: string; bytes: Buffer; files: Record<string, Uint8Array> }> {
  const d = await download;
  const bytes = readFileSync((await d.path()) as string);
  return { name: d.suggestedFilename(), bytes, files: unzipSync(new Uint8Array(bytes)) };
}

async function openAll(page: Page) {
  await page.goto('./');
  // Two zips, opened one after the other (no one zip of more than 10,000 would open whole, which is the point; nor
  // does one pick of more than 10,000 files in all).
  const input = page.getByLabel('Backup file to open');
  await input.setInputFiles({ name: 'site-a.zip', mimeType: 'application/zip', buffer: backups(0, 6_000) });
  await expect(page.getByRole('heading', { name: /^Open files \(6,?000\)$/ })).toBeVisible({ timeout: 120_000 });
  await input.setInputFiles({ name: 'site-b.zip', mimeType: 'application/zip', buffer: backups(6_000, TOTAL - 6_000) });
  await expect(page.getByRole('heading', { name: /^Open files \(10,?002\)$/ })).toBeVisible({ timeout: 120_000 });
  await chooseMore(page, 'Administrator tools');
  await expect(page.getByRole('heading', { name: 'Administrator tools' })).toBeVisible();
}

test('Save all of more files than a zip the editor opens writes nothing and says why, then saves in parts the editor opens whole again', async ({ page }) => {
  await openAll(page);
  const tools = page.getByRole('region', { name: 'Administrator tools' });
  let downloads = 0;
  page.on('download', () => downloads++);
  await tools.getByRole('button', { name: 'Save all' }).click();
  const alert = tools.getByRole('alert').filter({ hasText: 'Nothing was written' });
  await expect(alert).toContainText('Nothing was written: 10,002 files would go into one .zip, and this editor opens at most 10,000 files from a .zip');
  // The keyboard is taken to what was said.
  await expect(alert).toBeFocused();
  expect(downloads).toBe(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `Save all refused past the zip limit, ${scheme}`, '.admin');
  }

  const first = entriesOf(page.waitForEvent('download'));
  await alert.getByRole('button', { name: 'Save in parts, starting with phone-backups-1.zip' }).click();
  const one = await first;
  expect(one.name).toBe('phone-backups-1.zip');
  expect(Object.keys(one.files)).toHaveLength(10_000);
  const next = tools.getByRole('alert').filter({ hasText: 'Saved into .zip files so far' });
  await expect(next).toHaveText(/Saved into \.zip files so far: 10,000 files\. Still to save: 2\./);

  const second = entriesOf(page.waitForEvent('download'));
  await next.getByRole('button', { name: 'Save the next part as phone-backups-2.zip' }).click();
  const two = await second;
  expect(two.name).toBe('phone-backups-2.zip');
  expect(Object.keys(two.files)).toEqual([name(10_000), name(10_001)]);
  await expect(tools.getByRole('button', { name: /Save the next part/ })).toHaveCount(0);
  // Every file once, byte for byte.
  const all = { ...one.files, ...two.files };
  expect(Object.keys(all)).toHaveLength(TOTAL);
  expect(Buffer.from(all[name(4_321)] as Uint8Array).toString('utf8')).toBe(backup(4_321));

  // The first part opens whole in a page of its own: no "only the first 10,000 were read".
  const fresh = await page.context().newPage();
  await fresh.goto('./');
  await fresh.getByLabel('Backup file to open').setInputFiles({ name: 'phone-backups-1.zip', mimeType: 'application/zip', buffer: one.bytes });
  await expect(fresh.getByRole('heading', { name: /^Open files \(10,?000\)$/ })).toBeVisible({ timeout: 120_000 });
  await expect(fresh.getByText(/were read/)).toHaveCount(0);
});
