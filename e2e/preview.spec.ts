import { expect, test, type Page } from '@playwright/test';

/** Opens a backup given as text through the page's file input, as a user picking a file would. */
async function openText(page: Page, name: string, text: string) {
  await page.goto('./');
  await page.getByLabel('Backup file to open').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await expect(page.getByLabel('Telephone model')).toBeVisible();
}

const LABELS = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nABKNAME002=Помощь\r\nABKNUMBER002=201\r\nABKNAME003=漢字かな\r\nABKNUMBER003=202\r\nABKNAME004=Łódź😀\r\nABKNUMBER004=203\r\nABKNAME005=A very long label indeed\r\nABKNUMBER005=204\r\nPHNLABEL01=Pickup\r\n';

test.describe('phone display preview', () => {
  test('warns beside a label the model cannot show, naming the models that can', async ({ page }) => {
    await openText(page, '4711_4620data.txt', LABELS);
    await page.getByLabel('Telephone model').selectOption('4620');
    const row = page.getByRole('row', { name: /^2 / });
    await expect(row.getByText('Помощь: the 4620 cannot show Cyrillic; the 4610SW, 4620SW, 4621SW, 4622SW and 4625SW can.')).toBeVisible();
    const problems = page.getByRole('region', { name: 'Problems' });
    await expect(problems.getByRole('button', { name: /Помощь: the 4620 cannot show Cyrillic/ })).toBeVisible();
    await expect(problems.getByRole('button', { name: /Ł ź 😀: the 4620 cannot show .*no 4600-series telephone can/ })).toBeVisible();

    // On a 4620SW the Cyrillic and the JIS X 0208 Han/Hiragana show; Ł and the emoji still do not.
    await page.getByLabel('Telephone model').selectOption('4620SW');
    await expect(problems.getByRole('button', { name: /Помощь/ })).toHaveCount(0);
    await expect(problems.getByRole('button', { name: /漢字かな/ })).toHaveCount(0);
    await expect(problems.getByRole('button', { name: /Ł ź 😀: the 4620SW cannot show/ })).toBeVisible();
  });

  test('the firmware release: before R2.7 the 4610SW shows no Cyrillic, said under the label and in Problems', async ({ page }) => {
    await openText(page, '4711_4610data.txt', LABELS);
    await expect(page.getByLabel('Telephone model')).toHaveValue('4610SW');
    const release = page.getByLabel('Firmware release', { exact: true });
    await expect(release).toHaveValue('r27');
    await expect(release).toHaveAccessibleDescription(/^Which characters the displays show, as Avaya’s guide for that release says/);
    const row = page.getByRole('row', { name: /^2 / });
    const problems = page.getByRole('region', { name: 'Problems' });
    await expect(problems.getByRole('button', { name: /Помощь/ })).toHaveCount(0);

    await release.selectOption({ label: 'Before R2.7' });
    const words = 'Помощь: before firmware R2.7 the 4610SW cannot show Cyrillic; the 4620SW, 4621SW, 4622SW and 4625SW can. From R2.7 on, it can (the release is chosen under Telephone).';
    await expect(row.getByText(words)).toBeVisible();
    await expect(problems.getByRole('button', { name: new RegExp(`^${words.replace(/[()]/g, '\\$&')}`) })).toBeVisible();
    await expect(row.getByText('П (will not show)')).toBeAttached();
    // A preference, not an edit: the file has no unsaved change, and a new visit keeps the choice.
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await openText(page, '4711_4610data.txt', LABELS);
    await expect(page.getByLabel('Firmware release', { exact: true })).toHaveValue('preR27');
    await page.getByLabel('Firmware release', { exact: true }).selectOption({ label: 'R2.7 or later' });
    await expect(page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /Помощь/ })).toHaveCount(0);
  });

  test('the preview follows typing, announces rectangles and cuts off past the limit', async ({ page }) => {
    await openText(page, '4711_4620data.txt', LABELS);
    await page.getByLabel('Telephone model').selectOption('4620');
    const screen = page.getByTestId('phone-screen');
    await expect(screen).toContainText('Reception');
    await page.getByLabel('Speed dial 1 label').fill('Front desk');
    await expect(screen).toContainText('Front desk');
    // Each rectangle is read as the character it stands for and that it will not show.
    await expect(screen.getByText('П (will not show)')).toBeAttached();
    // "A very long label indeed" is 24 characters: the last 11 are cut off.
    await expect(screen.getByText('cut off:', { exact: false }).first()).toBeAttached();
    await expect(page.getByRole('row', { name: /^5 / }).getByText(/is 24 characters long; the phone shows only the first 13 \(11 are cut off\)/)).toBeVisible();
  });

  test('Display Language is checked against the model', async ({ page }) => {
    await openText(page, '4711_4620data.txt', '\r\nDisplay Language=Russian\r\n');
    await page.getByLabel('Telephone model').selectOption('4620');
    await expect(page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: 'Display Language is Russian, but the 4620 cannot show its script.' })).toBeVisible();
    await page.getByLabel('Telephone model').selectOption('4620SW');
    await expect(page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /Display Language is Russian/ })).toHaveCount(0);
  });

  for (const model of ['4620', '4625SW'] as const) {
    test(`screenshot of the ${model} screen`, async ({ page }) => {
      const colours = model === '4625SW' ? 'Speed Dial Application Background Color=4\r\n' : '';
      await openText(page, '4711_4620data.txt', LABELS.replace('PHNLABEL01', 'PHNLABEL01') + colours);
      await page.getByLabel('Telephone model').selectOption(model);
      await expect(page.getByTestId('phone-screen')).toHaveScreenshot(`phone-screen-${model}.png`, { maxDiffPixelRatio: 0.02 });
    });
  }
});
