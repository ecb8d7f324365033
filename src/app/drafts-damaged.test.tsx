import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, entries, setMany } from 'idb-keyval';
import { parseText, serializeText } from '../format/document.ts';
import { newFile, saveName } from '../session/open-file.ts';
import { beginVisit, clearDrafts, draftFileOf, forgetDrafts, readDrafts, restoreDrafts, writeDrafts } from '../session/drafts.ts';
import { App } from './app.tsx';
import { DraftOffer } from './page-parts.tsx';

/**
 * Drafts are read back from a store this page does not own alone: an older version of the editor kept them, a newer
 * one in another tab, or the browser damaged them. Whatever a record holds, the page neither breaks nor writes
 * where it should not: a record of edits is restored with what can be read of it, and one that holds none is said.
 */

afterEach(async () => {
  cleanup();
  await clearDrafts();
});

const store = () => createStore('avaya4600-editor', 'drafts');

/** Writes records in place of this tab's draft of one file (a key the page will offer after a reload), then begins a new visit. */
async function keptAsIs(...records: unknown[]): Promise<void> {
  await writeDrafts(records.map((_, i) => ({ ...newFile(`${4000 + i}`, '4620SW', 'h323'), uid: i + 1, doc: parseText('\r\nContrast=1\r\n') })));
  const keys = (await entries<string, unknown>(store())).map(([k]) => k);
  keys.sort();
  await setMany(records.map((r, i) => [keys[i] as string, r]), store());
  beginVisit();
}

const TEXT = '\r\nContrast=7\r\n';

describe('a draft record that is damaged or from another version', () => {
  it('is read field by field: a field of another kind is absent, a chosen name or folder Save as would refuse is dropped', () => {
    expect(draftFileOf({ text: TEXT })).toBeNull();
    expect(draftFileOf({ savedText: '\r\n' })).toBeNull();
    expect(draftFileOf('text')).toBeNull();
    expect(draftFileOf(null)).toBeNull();
    const read = draftFileOf({ sourceName: 42, extension: 4711, model: ['4620SW'], protocol: null, text: TEXT, savedText: '\r\n', decoded: 'utf-8', chosenName: 'CON.txt', folder: '../up', savedIdentity: 7 });
    expect(read).toEqual({ sourceName: null, extension: '4711', model: '', protocol: '', text: TEXT, savedText: '\r\n', decoded: null });
    for (const chosenName of ['../x.txt', 'a\u202Etxt.exe', 'notes.', ' notes.txt', 'x'.repeat(300)]) expect(draftFileOf({ text: TEXT, savedText: '', chosenName })).not.toHaveProperty('chosenName');
    expect(draftFileOf({ text: TEXT, savedText: '', chosenName: 'notes.txt', folder: 'site-a/floor 2' })).toMatchObject({ chosenName: 'notes.txt', folder: 'site-a/floor 2' });
    expect(draftFileOf({ text: TEXT, savedText: '', decoded: { encoding: 'windows-1252', bom: 'yes', replaced: -3, legacyBytes: {} } })?.decoded).toEqual({ encoding: 'windows-1252', bom: false, guessedUtf16: false, replaced: 0, legacyBytes: 0 });
  });

  it('a model or protocol the editor does not know is inferred again from the name and text, not taken for a 4620SW H.323', () => {
    const [file] = restoreDrafts({ files: [{ sourceName: '4711_4610data_sip.txt', extension: '4711', model: '4610', protocol: 'SIP', text: TEXT, savedText: '\r\n', decoded: null }] });
    expect(file?.model).toBe('4610SW');
    expect(file?.protocol).toBe('sip');
    expect(file && saveName(file)).toBe('4711_4610data_sip.txt');
    expect(file?.inference?.reasons.length).toBeGreaterThan(0);
  });

  it('records that hold no edits are counted as damaged beside the offer, and forgotten with the answer', async () => {
    await keptAsIs({ sourceName: '4711_4620data.txt', extension: '4711', model: '4620SW', protocol: 'h323', text: TEXT, savedText: '\r\n', decoded: null, savedAt: 5 }, { text: 12 }, 'nonsense');
    const draft = await readDrafts();
    expect(draft?.files.map((f) => f.text)).toEqual([TEXT]);
    expect(draft?.damaged).toBe(2);
    expect(draft?.savedAt).toBe(5);
    await forgetDrafts(draft ?? { keys: [] });
    expect(await entries(store())).toEqual([]);
  });

  it('the page restores a record of odd fields and works on (it threw “toLowerCase is not a function” and went blank)', async () => {
    await keptAsIs({ sourceName: 42, extension: 4711, model: '4620', protocol: 'SIP', text: TEXT, savedText: '\r\n', decoded: 'x', chosenName: {}, folder: 3, savedAt: 'yesterday' });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Restore edits' }));
    expect((await screen.findByLabelText<HTMLInputElement>('Contrast', undefined, { timeout: 10_000 })).value).toBe('7');
    expect(screen.getByLabelText<HTMLInputElement>('Extension').value).toBe('4711');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });

  it('the page says when kept edits cannot be read, offers no Restore for them, and Discard forgets them', async () => {
    await keptAsIs({ sourceName: '4711_4620data.txt', text: null, savedText: '\r\n' });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByText('Kept edits that could not be read (damaged, or kept by another version of the editor), and cannot be restored: 1.');
    expect(screen.queryByRole('button', { name: 'Restore edits' })).toBeNull();
    const damaged = (await entries<string, unknown>(store())).filter(([, v]) => (v as { text?: unknown }).text === null).map(([k]) => k);
    expect(damaged).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    await waitFor(async () => expect((await entries<string, unknown>(store())).map(([k]) => k)).not.toContain(damaged[0]));
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('the offer shows a name’s hidden and direction-changing characters as their codes', () => {
    const name = '4711_\u202Etxt.atad0264';
    render(<DraftOffer draft={{ savedAt: 0, files: [{ sourceName: name, extension: '', model: '4620SW', protocol: 'h323', text: TEXT, savedText: serializeText(parseText('\r\n')), decoded: null }], keys: [], last: 0, folders: {}, damaged: 0 }} onRestore={() => {}} onDiscard={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('4711_[U+202E]txt.atad0264');
  });
});
