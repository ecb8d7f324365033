import { test as base, expect } from '@playwright/test';
import { EditorPage, fixture, type SavedFile } from './pages/editor-page.ts';

/**
 * `editor`: the page object on a freshly loaded editor. Every page first loses the File System Access API
 * (`showOpenFilePicker`, `showSaveFilePicker`), so Open uses the `<input type=file>` and saves are downloads the
 * test can read back.
 */
export const test = base.extend<{ editor: EditorPage }>({
  // The offline service worker is not under test here; without it each page loads faster.
  serviceWorkers: 'block',
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w.showOpenFilePicker;
      delete w.showSaveFilePicker;
    });
    await use(page);
  },
  editor: async ({ page }, use) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await use(editor);
  },
});

export { expect, fixture, type SavedFile };

/** The lines of a saved file (CRLF or LF), for line-by-line comparison. */
export function linesOf(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Lines that differ between two files of the same number of lines, as [before, after] pairs. */
export function changedLines(before: string, after: string): [string, string][] {
  const a = linesOf(before);
  const b = linesOf(after);
  expect(b.length, 'the saved file has as many lines as the original').toBe(a.length);
  return a.flatMap((line, i): [string, string][] => (line === b[i] ? [] : [[line, b[i] ?? '']]));
}
