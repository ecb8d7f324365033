import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { chooseMore } from './pages/editor-page.ts';

/**
 * The editor in German, French, Russian and Hebrew: it follows the browser's language, can be switched (and
 * remembers it), lays Hebrew out right to left, keeps the file's own setting names beside translated labels,
 * and has no accessibility violations axe can find in any of them.
 */

/** A file with problems of several kinds, so the Problems list speaks the language too. */
const PROBLEMS_FILE = ['ABKNAME001=Reception', 'ABKNUMBER001=20x1', 'ABKNAME002=Помощь', 'Contrast=5', 'Contrast=99', 'FOO=bar', 'FTP Password=x', ''].join('\r\n');

async function openText(page: Page, name: string, text: string) {
  await page.locator('#file-input').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await expect(page.locator('#model')).toBeVisible();
}

const LANGUAGES = [
  { browser: 'de-DE', lang: 'de', title: 'Avaya 4600 Sicherungs-Editor', open: 'Öffnen', contrast: 'Kontrast', problems: 'Probleme', admin: 'Administratorwerkzeuge', more: 'Mehr' },
  { browser: 'fr-FR', lang: 'fr', title: 'Éditeur de sauvegardes Avaya 4600', open: 'Ouvrir', contrast: 'Contraste', problems: 'Problèmes', admin: 'Outils d’administration', more: 'Plus' },
  { browser: 'ru-RU', lang: 'ru', title: 'Редактор резервных копий Avaya 4600', open: 'Открыть', contrast: 'Контрастность', problems: 'Проблемы', admin: 'Инструменты администратора', more: 'Ещё' },
  { browser: 'he-IL', lang: 'he', title: 'עורך גיבויים לטלפוני Avaya 4600', open: 'פתיחה', contrast: 'ניגודיות', problems: 'בעיות', admin: 'כלי מנהל מערכת', more: 'עוד' },
] as const;

for (const l of LANGUAGES) {
  test.describe(`in ${l.browser}`, () => {
    test.use({ locale: l.browser });
    test.describe.configure({ timeout: 90_000 });

    test('follows the browser, translates labels, values and messages, and shows the file’s names in small type', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
      await expect(page.locator('html')).toHaveAttribute('dir', l.lang === 'he' ? 'rtl' : 'ltr');
      await expect(page).toHaveTitle(l.title);
      await expect(page.getByRole('navigation').getByRole('button', { name: l.open, exact: true })).toBeVisible();
      await expectNoViolations(page, `${l.lang}: empty page`);

      await page.goto('./?sample');
      await expect(page.locator('#model')).toBeVisible();
      // The translated label, with the name the file uses in small type, is the field's accessible name.
      const contrast = page.locator('#setting-contrast');
      await expect(contrast).toHaveAccessibleName(new RegExp(`^${l.contrast}.*Contrast$`));
      await expect(page.locator('label[for="setting-contrast"] [lang="en"]')).toHaveText(/Contrast/);
      // No English UI words left in the sections' headings.
      for (const heading of await page.getByRole('heading', { level: 2 }).allTextContents()) {
        expect(heading, 'a heading in English').not.toMatch(/^(Telephone|Speed dials|Feature button labels|Parameters|Other lines|Problems)\b/);
      }
      await expectNoViolations(page, `${l.lang}: sample open`);

      // Another extension than the sample's: the same name would ask whether to replace the open file.
      await openText(page, '4712_4620data.txt', PROBLEMS_FILE);
      const problems = page.getByRole('region', { name: new RegExp(l.problems) });
      await expect(problems).toBeVisible();
      await expect(problems.getByRole('button')).not.toHaveCount(0);
      const texts = await problems.getByRole('button').allTextContents();
      expect(texts.join('\n'), 'problem messages in English').not.toMatch(/looks like a password|is not a name the editor knows|sets Contrast again/);
      await expectNoViolations(page, `${l.lang}: problems`);

      // The administrator tools load their words with them.
      await chooseMore(page, l.admin, l.more);
      await expect(page.locator('.admin')).toBeVisible();
      await expect(page.locator('.admin')).not.toContainText('Copy to extensions');
      await expectNoViolations(page, `${l.lang}: administrator tools`);
    });
  });
}

/** A message in a language, straight from its catalog: the sweep below finds controls by the words users see. */
/** A language's messages of every area, by id, from its catalogs. */
function catalog(lang: string): Record<string, string> {
  const read = (area: string) => JSON.parse(readFileSync(new URL(`../src/i18n/catalogs/${area}/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
  return Object.assign({}, ...['core', 'editing', 'settings', 'problems', 'admin'].map(read));
}

function words(lang: string) {
  const all = catalog(lang);
  return (id: string) => {
    const text = all[id];
    if (text === undefined) throw new Error(`no message ${id} in ${lang}`);
    return text;
  };
}

for (const l of LANGUAGES) {
  test.describe(`every dialog in ${l.browser}`, () => {
    test.use({ locale: l.browser });
    test.describe.configure({ timeout: 150_000 });

    test('passes axe: New, Save as, Discard, password lines, each administrator tool, and dark mode', async ({ page }) => {
      const w = words(l.lang);
      const toolbar = page.getByRole('navigation', { name: w('app.toolbar') });
      const dialog = (title: string) => page.getByRole('dialog', { name: title });
      const axeDialog = async (title: string) => {
        await expect(dialog(title)).toBeVisible();
        await expectNoViolations(page, `${l.lang}: ${title}`, 'dialog[open]');
      };
      const close = async (title: string) => {
        await page.keyboard.press('Escape');
        await expect(dialog(title)).toBeHidden();
      };

      await page.goto('./');
      await chooseMore(page, w('app.new'), w('app.more'));
      await axeDialog(w('newFile.title'));
      await dialog(w('newFile.title')).getByRole('button', { name: w('newFile.create') }).click();
      await expect(dialog(w('newFile.title')).getByText(w('newFile.extensionInvalid'))).toBeVisible();
      await axeDialog(w('newFile.title'));
      await close(w('newFile.title'));

      await openText(page, '4711_4620data.txt', PROBLEMS_FILE);
      await toolbar.getByRole('button', { name: w('saveAs.title'), exact: true }).click();
      await axeDialog(w('saveAs.title'));
      await close(w('saveAs.title'));
      // The file has errors (a number with a letter, Contrast 99): asked about first, then its password-like line.
      await toolbar.getByRole('button', { name: w('common.save'), exact: true }).click();
      const errors = page.locator('dialog[open]');
      await expect(errors.getByRole('button', { name: w('errorsQuestion.saveAnyway'), exact: true })).toBeVisible();
      await expectNoViolations(page, `${l.lang}: errors question`, 'dialog[open]');
      await errors.getByRole('button', { name: w('errorsQuestion.saveAnyway'), exact: true }).click();
      await axeDialog(w('secrets.title'));
      await close(w('secrets.title'));
      await page.locator('#setting-contrast').fill('12');
      await chooseMore(page, w('app.close'), w('app.more'));
      await axeDialog(w('discard.title'));
      await close(w('discard.title'));

      await chooseMore(page, w('app.adminTools'), w('app.more'));
      await expect(page.getByRole('heading', { name: w('admin.panel.title') })).toBeVisible();
      await page.getByRole('button', { name: w('admin.panel.importCsv'), exact: true }).click();
      await axeDialog(w('admin.import.title'));
      await close(w('admin.import.title'));
      for (const [button, title] of [
        ['admin.panel.copy', 'admin.copy.title'],
        ['admin.panel.compare', 'admin.compare.title'],
        ['admin.panel.convert', 'admin.convert.title'],
      ] as const) {
        await page.getByRole('button', { name: w(button), exact: true }).click();
        await axeDialog(w(title));
        await close(w(title));
      }

      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoViolations(page, `${l.lang}: dark mode, administrator tools and a file with problems`);
    });
  });
}

test('the language can be switched, is remembered, and keeps unsaved edits', async ({ editor, page }) => {
  await page.goto('./?sample');
  await expect(editor.model).toBeVisible();
  await editor.field('Contrast').fill('12');
  await editor.expectDirty(true);

  await page.locator('#ui-language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Avaya 4600 Sicherungs-Editor' })).toBeVisible();
  await expect(page.locator('#setting-contrast')).toHaveValue('12');
  await expect(page.getByRole('banner').getByText('Ungespeicherte Änderungen')).toBeVisible();

  await expect(page.getByRole('combobox', { name: 'Sprache Language' })).toBeVisible();

  // A message already on screen follows the switch (errors and the status line are worded when drawn).
  await page.locator('#ui-language').selectOption('en');
  await page.locator('#file-input').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert')).toContainText('“empty.txt” is empty (0 bytes).');
  // Reworded where it is, and focus stays on the language select (it goes to an error when one is set).
  await page.locator('#ui-language').focus();
  await page.locator('#ui-language').selectOption('de');
  await expect(page.getByRole('alert')).toContainText('„empty.txt“ ist leer (0 Byte).');
  await expect(page.locator('#ui-language')).toBeFocused();
  await page.getByRole('alert').getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.locator('#ui-language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#setting-contrast')).toHaveValue('12');

  // Remembered in this browser, over the browser's own language.
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await page.locator('#ui-language').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Avaya 4600 Backup Editor' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test.describe('right to left', () => {
  test.use({ locale: 'he-IL', viewport: { width: 1280, height: 900 } });

  test('Hebrew is laid out right to left (screenshot)', async ({ page }) => {
    await page.goto('./?sample');
    await expect(page.locator('#model')).toBeVisible();
    // The start of a line is on the right: the title sits right of the toolbar's buttons, the form right of the side panel.
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    const open = await page.getByRole('navigation').getByRole('button').first().boundingBox();
    expect(title && open && title.x > open.x, 'the title is right of the toolbar').toBe(true);
    const field = await page.locator('#setting-contrast').boundingBox();
    const label = await page.locator('label[for="setting-contrast"]').boundingBox();
    expect(field && label && label.x + label.width >= field.x + field.width - 1, 'the label starts at the field’s right edge').toBe(true);
    // The sources' words come a moment after the form (the lazily loaded guide catalogs): the picture is of the page with them.
    await expect(page.locator('#sd-title ~ .hint .mark')).toBeVisible();
    await expect(page).toHaveScreenshot('hebrew-rtl.png', { maxDiffPixelRatio: 0.02 });
  });
});

for (const locale of ['he-IL', 'de-DE'] as const) {
  test.describe(`${locale} on a 320 px wide screen`, () => {
    test.use({ locale, viewport: { width: 320, height: 640 } });

    test('the page fits (only the speed dial table scrolls sideways) and passes axe', async ({ page }) => {
      await page.goto('./?sample');
      await expect(page.locator('#model')).toBeVisible();
      // In right to left, overflow would go to the left: scrollWidth counts it either way.
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow(), `${locale}: page wider than 320 px`).toBeLessThanOrEqual(0);
      await expectNoViolations(page, `${locale}: 320 px, sample open`);
    });
  });
}

/**
 * No English left on screen: in each language, every text node, label, title, placeholder and aria-label of the
 * page (a file with problems open, the administrator tools shown) is compared with the English catalogs. A string
 * that is exactly an English message, and not also that language's own wording, is a word someone forgot.
 */
for (const l of LANGUAGES) {
  test.describe(`no English words left in ${l.browser}`, () => {
    test.use({ locale: l.browser });

    test('in the editor with problems and the administrator tools', async ({ page }) => {
      const own = new Set(Object.values(catalog(l.lang)));
      // Whole messages without placeholders: those are what would show verbatim if left untranslated.
      const english = new Set(Object.values(catalog('en')).filter((m) => !m.includes('{') && !own.has(m) && m.length > 3));
      await page.goto('./');
      await openText(page, '4711_4620data.txt', PROBLEMS_FILE);
      await chooseMore(page, l.admin, l.more);
      await expect(page.locator('.admin')).toBeVisible();
      const shown = await page.evaluate(() => {
        const out: string[] = [];
        // Text marked lang="en" is English on purpose: the names the file uses, beside their translations.
        // (Runs in the page: it cannot live at module scope.)
        // oxlint-disable-next-line unicorn/consistent-function-scoping
        const markedEnglish = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest('[lang]')?.getAttribute('lang') === 'en';
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim() && !markedEnglish(n)) out.push(n.textContent.trim());
        for (const e of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
          for (const a of ['title', 'aria-label', 'placeholder']) {
            const v = e.getAttribute(a);
            if (v) out.push(v.trim());
          }
        }
        for (const o of document.querySelectorAll('option')) if (!markedEnglish(o)) out.push(o.textContent?.trim() ?? '');
        return out;
      });
      expect(shown.filter((s) => english.has(s)), `${l.lang}: English on screen`).toEqual([]);
    });
  });
}
