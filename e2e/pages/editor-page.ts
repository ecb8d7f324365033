import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The bytes of a file in e2e/fixtures/ (written by scripts/make-e2e-fixtures.mjs). */
export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
}

export interface SavedFile {
  readonly name: string;
  readonly bytes: Buffer;
  /** The bytes read as UTF-8. */
  readonly text: string;
}

/** The settings sections, by their headings. */
export const SETTING_GROUPS = ['Options', 'Backup parameters', 'Background colours (4625SW)', 'SIP options'] as const;

/**
 * A command under the header's "More" button (New, Try a sample, Administrator tools, Close): opens the list and
 * chooses it. `more` is the button's name in the page's language.
 */
export async function chooseMore(page: Page, name: string, more = 'More') {
  await page.getByRole('banner').getByRole('button', { name: more, exact: true }).click();
  await page.locator('#more-list').getByRole('button', { name, exact: true }).click();
}

/** One speed dial row: entry N as the user sees it. */
export class SpeedDialRow {
  readonly label: Locator;
  readonly number: Locator;
  readonly moveUp: Locator;
  readonly moveDown: Locator;
  readonly remove: Locator;

  constructor(page: Page, n: number) {
    this.label = page.getByLabel(`Speed dial ${n} label`, { exact: true });
    this.number = page.getByLabel(`Speed dial ${n} number`, { exact: true });
    this.moveUp = page.getByRole('button', { name: `Move speed dial ${n} up`, exact: true });
    this.moveDown = page.getByRole('button', { name: `Move speed dial ${n} down`, exact: true });
    this.remove = page.getByRole('button', { name: `Remove speed dial ${n}`, exact: true });
  }
}

/**
 * The editor as a user meets it: the File toolbar, the hidden file input, the form's labelled controls,
 * the Problems and Other lines panels, the dialogs. Saves are downloads (the File System Access API is
 * removed by the fixture's init script), read back as bytes.
 */
export class EditorPage {
  readonly toolbar: Locator;
  readonly fileInput: Locator;
  readonly banner: Locator;
  readonly alert: Locator;
  readonly problems: Locator;
  readonly otherLines: Locator;
  readonly speedDials: Locator;
  readonly telephone: Locator;
  readonly model: Locator;
  readonly protocol: Locator;
  readonly extension: Locator;
  readonly addSpeedDial: Locator;
  readonly dropOverlay: Locator;
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.toolbar = page.getByRole('navigation', { name: 'File' });
    this.fileInput = page.getByLabel('Backup file to open');
    this.banner = page.getByRole('banner');
    this.alert = page.getByRole('alert');
    this.problems = page.getByRole('region', { name: 'Problems' });
    this.otherLines = page.getByRole('region', { name: 'Other lines' });
    this.speedDials = page.getByRole('region', { name: /^Speed dials/ });
    this.telephone = page.getByRole('region', { name: 'Telephone', exact: true });
    this.model = this.telephone.getByLabel('Telephone model');
    this.protocol = this.telephone.getByLabel('Protocol');
    this.extension = this.telephone.getByLabel('Extension');
    this.addSpeedDial = page.getByRole('button', { name: 'Add speed dial', exact: true });
    this.dropOverlay = page.getByText('Drop the backup file to open it');
  }

  async goto() {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Avaya 4600 Backup Editor' })).toBeVisible();
  }

  /** Picks a file through the page's file input, as the Open button does where there is no file picker API. */
  async open(name: string, bytes: Buffer | string) {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    await this.fileInput.setInputFiles({ name, mimeType: 'text/plain', buffer });
  }

  /**
   * Opens a file and waits for the editor to show it. The header shows the name Save writes: a phone's name as it
   * is; another name ("backup.txt") becomes the phone's name for what the file is, which `shown` gives.
   */
  async openAndWait(name: string, bytes: Buffer | string, shown: string | null = /^\d+_46[12]0data(_sip)?\.txt$/i.test(name) ? name : null) {
    await this.open(name, bytes);
    if (shown !== null) await expect(this.banner.getByText(shown, { exact: true })).toBeVisible();
    await expect(this.model).toBeVisible();
  }

  /** Drops a file on the page, as from the desktop. */
  async drop(name: string, bytes: Buffer | string) {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    await this.page.getByRole('main').drop({ files: { name, mimeType: 'text/plain', buffer } });
  }

  /** A button in the header's toolbar: Open, Save, Save as, More. */
  button(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** New, Try a sample, Administrator tools or Close: under "More". */
  choose(name: 'New' | 'Try a sample' | 'Administrator tools' | 'Close'): Promise<void> {
    return chooseMore(this.page, name);
  }

  /** A setting's control, by its spec name (its visible label). */
  field(name: string): Locator {
    return this.page.getByLabel(name, { exact: true });
  }

  resetButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Reset ${name} to not in the file`, exact: true });
  }

  featureButton(n: number): Locator {
    return this.page.getByLabel(`Feature button ${n} label`, { exact: true });
  }

  featureButtons(): Locator {
    return this.page.getByRole('textbox', { name: /^Feature button \d+ label$/ });
  }

  speedDial(n: number): SpeedDialRow {
    return new SpeedDialRow(this.page, n);
  }

  speedDialRows(): Locator {
    return this.page.getByRole('textbox', { name: /^Speed dial \d+ label$/ });
  }

  /** A raw line in "Other lines", by its line number in the saved file. */
  otherLine(n: number): Locator {
    return this.otherLines.getByLabel(`Line ${n}`, { exact: true });
  }

  otherLineInputs(): Locator {
    return this.otherLines.getByRole('textbox');
  }

  /** Asserts the raw lines shown under "Other lines", in order. */
  async expectOtherLines(texts: readonly string[]) {
    const inputs = this.otherLineInputs();
    await expect(inputs).toHaveCount(texts.length);
    for (const [i, text] of texts.entries()) await expect(inputs.nth(i)).toHaveValue(text);
  }

  /** The accessible names of every setting control shown, in page order, from the accessibility tree. */
  async visibleSettingNames(): Promise<string[]> {
    const names: string[] = [];
    for (const group of SETTING_GROUPS) {
      const region = this.page.getByRole('region', { name: group, exact: true });
      if ((await region.count()) === 0) continue;
      const snapshot = await region.ariaSnapshot();
      for (const m of snapshot.matchAll(/^\s*- (?:combobox|textbox|spinbutton) "([^"]+)"/gm)) names.push(m[1] ?? '');
    }
    return names;
  }

  async expectDirty(dirty: boolean) {
    if (dirty) {
      await expect(this.banner.getByText('Unsaved changes', { exact: true })).toBeVisible();
    } else {
      await expect(this.banner.getByText('Saved', { exact: true })).toBeVisible();
      await expect(this.banner.getByText('Unsaved changes', { exact: true })).toHaveCount(0);
    }
  }

  private async download(trigger: () => Promise<void>): Promise<SavedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger()]);
    const path = await download.path();
    const bytes = readFileSync(path);
    return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }

  /** Clicks Save and returns the downloaded file. */
  save(): Promise<SavedFile> {
    return this.download(() => this.button('Save').click());
  }

  /** Clicks Save on a file with errors, answers "Save anyway", and returns the downloaded file. */
  saveAnyway(): Promise<SavedFile> {
    return this.download(async () => {
      await this.button('Save').click();
      await this.errorsQuestion().getByRole('button', { name: 'Save anyway' }).click();
    });
  }

  /** Save as: types a file name in the dialog and returns the downloaded file. */
  saveAs(name: string): Promise<SavedFile> {
    return this.download(async () => {
      await this.button('Save as').click();
      const dialog = this.page.getByRole('dialog', { name: 'Save as' });
      await dialog.getByLabel('File name').fill(name);
      // "Save under this name" when no telephone fetches the name.
      await dialog.getByRole('button', { name: /^Save( under this name)?$/ }).click();
    });
  }

  /** The save question ("Save with 2 errors?"), when the file has errors. */
  errorsQuestion(): Locator {
    return this.page.getByRole('dialog', { name: /^Save with (an error|\d+ errors)\?$/ });
  }

  /** The line that says what a save did and what to do next. */
  notice(): Locator {
    return this.page.locator('.notice');
  }

  /** New: fills the dialog and creates the file. */
  async createNew(extension: string, model: string, protocol: 'H.323' | 'SIP') {
    await this.choose('New');
    const dialog = this.page.getByRole('dialog', { name: 'New backup file' });
    await dialog.getByLabel('Extension').fill(extension);
    await dialog.getByLabel('Telephone model').selectOption(model);
    await dialog.getByLabel('Protocol').selectOption({ label: protocol });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
  }
}
