import { expect, test, type Page } from '@playwright/test';
import { chooseMore } from './pages/editor-page.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit the editor opens and works with the server gone', async ({ page, context }) => {
  await page.goto('./');
  // The service worker installs and precaches the build; from the next load it serves the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Avaya 4600 Backup Editor' })).toBeVisible();
  // A lazily loaded part (the sample, and the administrator tools) comes from the cache too.
  await page.getByRole('button', { name: 'Try a sample' }).first().click();
  await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('9');
  await chooseMore(page, 'Administrator tools');
  await expect(page.getByRole('heading', { name: 'Administrator tools' })).toBeVisible();
  await context.setOffline(false);
});

/**
 * A copy of the build on its own server, so a test can publish a "new version" without touching dist/: `run` gets
 * the page's address once the page is controlled by the service worker, and `publish` changes the worker script,
 * which makes the browser install it as a new version.
 */
async function withOwnServer(page: Page, run: (publish: () => Promise<void>) => Promise<void>) {
  const { cpSync, mkdtempSync, appendFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawn } = await import('node:child_process');
  const root = mkdtempSync(join(tmpdir(), 'editor-update-'));
  cpSync(process.env.E2E_ROOT ?? 'dist', root, { recursive: true });
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = spawn('node', ['scripts/serve-static.mjs', '--root', root, '--prefix', '/app/', '--port', String(port)], { stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${port}/app/`;
    await expect.poll(async () => (await fetch(url).catch(() => null))?.status ?? 0).toBe(200);
    await page.goto(url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await run(async () => {
      appendFileSync(join(root, 'sw.js'), `\n// new version ${Date.now()}\n`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
    });
  } finally {
    server.kill();
  }
}

test('says when a new version is ready, and reloads into it when asked', async ({ page }) => {
  await withOwnServer(page, async (publish) => {
    await publish();
    await expect(page.getByText('A new version of the editor is ready.')).toBeVisible();
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByText('A new version of the editor is ready.')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Avaya 4600 Backup Editor' })).toBeVisible();
  });
});

test('with unsaved edits, Reload keeps them and reloads into the new version without asking to leave', async ({ page }) => {
  await withOwnServer(page, async (publish) => {
    await page.getByRole('button', { name: 'Try a sample' }).first().click();
    await page.getByLabel('Contrast', { exact: true }).fill('5');
    // Before, the browser asked "Leave page?" here, and Cancel (what this does) left the old page under the new worker.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await publish();
    await expect(page.getByText('A new version of the editor is ready.')).toBeVisible();
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('button', { name: 'Restore edits' })).toBeVisible();
    expect(asked).toEqual([]);
    // The new version is the page's: no worker waits any more.
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null)).toBe(true);
    await page.getByRole('button', { name: 'Restore edits' }).click();
    await expect(page.getByLabel('Contrast', { exact: true })).toHaveValue('5');
  });
});
