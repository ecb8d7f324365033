import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseText, serializeText } from '../format/document.ts';
import { newFile, type OpenFile } from '../session/open-file.ts';
import { valuesAction } from '../session/test-actions.ts';
import { editorReducer } from '../session/open-file.ts';
import { valuesOf } from '../model/values.ts';
import { App } from './app.tsx';
import { DRAFT_MAX_WAIT_MS, DRAFT_PAUSE_MS, LARGE_DRAFT_LINES, draftWriteDelay, clearDrafts, findLeftDrafts, forgetDrafts, readDrafts, restoreDrafts, together, writeDrafts } from '../session/drafts.ts';
import { ErrorBoundary } from './error-boundary.tsx';

afterEach(() => clearDrafts());

function editedFile() {
  const file = { ...newFile('4001', '4610SW', 'sip'), sourceName: '4001_4610data_sip.txt' };
  const values = valuesOf(file.doc, file.model);
  values.settings.contrast = '7';
  return editorReducer(file, valuesAction(file, values));
}

/** The page with the sample open and its Contrast typed over with 12: an unsaved edit of this visit. */
async function sampleWithContrast12() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getAllByRole('button', { name: 'Try a sample' })[0] as HTMLElement);
  const contrast = await screen.findByLabelText<HTMLInputElement>('Contrast');
  await user.clear(contrast);
  await user.type(contrast, '12');
  return user;
}

describe('drafts', () => {
  it('keeps only files with unsaved changes, and restores them as they were', () => {
    const edited = editedFile();
    writeDrafts([newFile('4002', '4620SW', 'h323'), edited], 1234);
    const draft = readDrafts();
    expect(draft?.savedAt).toBe(1234);
    expect(draft?.files).toHaveLength(1);
    const [restored] = restoreDrafts(draft ?? { savedAt: 0, files: [] });
    expect(restored?.model).toBe('4610SW');
    expect(restored?.protocol).toBe('sip');
    expect(restored && serializeText(restored.doc)).toBe('\r\nContrast=7\r\n');
    expect(restored && serializeText(restored.savedDoc)).toBe('\r\n');
  });

  it('forgets the draft once nothing is unsaved', () => {
    writeDrafts([editedFile()]);
    writeDrafts([newFile('4002', '4620SW', 'h323')]);
    expect(readDrafts()).toBeNull();
  });

  it('edits made while an earlier draft waits for an answer are kept beside it, not over it', async () => {
    writeDrafts([editedFile()], 1234);
    // The user leaves the question waiting and works on something else.
    await sampleWithContrast12();
    expect(screen.getByRole('button', { name: 'Restore edits' })).toBeTruthy();
    // Drafts are written a moment after the typing: wait for the one with the whole value.
    await waitFor(() => expect(readDrafts()?.files[1]?.text).toContain('Contrast=12'), { timeout: 5000 });
    expect(readDrafts()?.files.map((f) => f.sourceName)).toEqual(['4001_4610data_sip.txt', '4711_4620data.txt']);
    expect(readDrafts()?.files[0]?.text).toBe('\r\nContrast=7\r\n');
  });

  it('each tab keeps its own drafts; another tab’s are offered only once that tab is gone (it holds no lock)', async () => {
    const other = 'avaya4600-editor:drafts:v2:other-tab';
    window.localStorage.setItem(other, JSON.stringify({ savedAt: 99, files: [{ sourceName: 'x_4620data.txt', extension: 'x', model: '4620', protocol: 'h323', text: '\r\nContrast=3\r\n', savedText: '\r\n', decoded: null }] }));
    writeDrafts([editedFile()], 1234);
    // This tab's own: read at once, without the other tab's.
    expect(readDrafts()?.files.map((f) => f.sourceName)).toEqual(['4001_4610data_sip.txt']);
    const held: { name: string }[] = [{ name: 'avaya4600-editor:tab:other-tab' }];
    const locks = { request: () => new Promise(() => undefined), query: () => Promise.resolve({ held }) };
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    try {
      // The other tab is still open: its drafts are its own business.
      expect(await findLeftDrafts()).toBeNull();
      held.length = 0;
      const left = await findLeftDrafts();
      expect(left?.files.map((f) => f.sourceName)).toEqual(['x_4620data.txt']);
      expect(left?.own).toEqual([]);
      const both = together(readDrafts(), left);
      expect(both?.files.map((f) => f.sourceName)).toEqual(['4001_4610data_sip.txt', 'x_4620data.txt']);
      expect(both?.savedAt).toBe(1234);
      // Restored: the other tab's key goes at once; this tab's stays until its files are written again.
      forgetDrafts(both as NonNullable<typeof both>, 'restored');
      expect(window.localStorage.getItem(other)).toBeNull();
      expect(readDrafts()?.files).toHaveLength(1);
      forgetDrafts(readDrafts() as NonNullable<ReturnType<typeof readDrafts>>, 'discarded');
      expect(readDrafts()).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'locks');
    }
  });

  it('drafts kept under the old shared key are read as this tab’s, and moved to its own key on the next write', () => {
    writeDrafts([editedFile()], 1234);
    const stored = window.localStorage.getItem(Object.keys(window.localStorage).find((k) => k.startsWith('avaya4600-editor:drafts:v2:')) ?? '');
    clearDrafts();
    window.localStorage.setItem('avaya4600-editor:drafts:v1', stored ?? '');
    const legacy = readDrafts();
    expect(legacy?.own).toHaveLength(1);
    // Nothing new to keep: the waiting draft is left as it is, with its own time.
    writeDrafts([], 2000, legacy?.own);
    expect(readDrafts()?.savedAt).toBe(1234);
    writeDrafts([editedFile()], 3000, legacy?.own);
    expect(window.localStorage.getItem('avaya4600-editor:drafts:v1')).toBeNull();
    expect(readDrafts()?.files.map((f) => f.text)).toEqual(['\r\nContrast=7\r\n', '\r\nContrast=7\r\n']);
  });

  it('Discard forgets the waiting draft but keeps this visit’s own edits', async () => {
    writeDrafts([editedFile()], 1234);
    const user = await sampleWithContrast12();
    await waitFor(() => expect(readDrafts()?.files).toHaveLength(2), { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(readDrafts()?.files.map((f) => f.sourceName)).toEqual(['4711_4620data.txt']);
    expect(readDrafts()?.files[0]?.text).toContain('Contrast=12');
  });

  it('ignores a damaged draft', () => {
    window.localStorage.setItem('avaya4600-editor:drafts:v1', '{not json');
    expect(readDrafts()).toBeNull();
  });

  it('the page keeps edits as the user types: soon after, even while typing goes on, and at once when it is closed', async () => {
    const user = await sampleWithContrast12();
    await waitFor(() => expect(readDrafts()?.files[0]?.text).toContain('Contrast=12'), { timeout: 3000 });
    // Typing that never pauses is kept too: a write is due within a second of the first key, not after the last.
    const label = screen.getByLabelText<HTMLInputElement>('Speed dial 1 label');
    let keptAtKey = -1;
    for (let key = 0; key < 40; key++) {
      await user.type(label, 'x');
      await new Promise((r) => setTimeout(r, 30));
      if (keptAtKey < 0 && readDrafts()?.files[0]?.text.includes('ABKNAME001=Receptionx')) keptAtKey = key;
    }
    expect(keptAtKey).toBeGreaterThanOrEqual(0);
    expect(keptAtKey).toBeLessThan(39);
    // Closing the page (or a reload) writes at once, with no idle time to wait for.
    await user.type(screen.getByLabelText('Contrast'), '4');
    fireEvent(window, new Event('pagehide'));
    expect(readDrafts()?.files[0]?.text).toContain('Contrast=124\r');
  });

  it('after a slow write (a large file), the next waits for a pause in typing, and never longer than its limit', () => {
    const files = [editedFile()];
    // Quick writes go as soon as the browser is idle.
    expect(draftWriteDelay(files, 2, 5000, 5000)).toBe(0);
    // A slow one waits for a pause: each key puts it off again (the page clears the waiting timer on each edit)…
    expect(draftWriteDelay(files, 60, 5000, 5000)).toBe(DRAFT_PAUSE_MS);
    // …until the first edit not yet kept is DRAFT_MAX_WAIT_MS old: typing that never pauses is kept all the same.
    expect(draftWriteDelay(files, 60, 5000 + DRAFT_MAX_WAIT_MS - 300, 5000)).toBe(300);
    expect(draftWriteDelay(files, 60, 5000 + DRAFT_MAX_WAIT_MS + 50, 5000)).toBe(1);
    // A file of many lines is slow to keep, even after a quick write (one that had nothing to keep, say); a backup
    // of the usual size is quick before any write has told.
    const big = { ...files[0] as OpenFile, doc: parseText('A=1\r\n'.repeat(LARGE_DRAFT_LINES + 1)) };
    expect(draftWriteDelay([big], null, 5000, 5000)).toBe(DRAFT_PAUSE_MS);
    expect(draftWriteDelay([big], 1, 5000, 5000)).toBe(DRAFT_PAUSE_MS);
    expect(draftWriteDelay(files, null, 5000, 5000)).toBe(0);
  });

  it('the page offers the draft back after a reload', async () => {
    writeDrafts([editedFile()]);
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Restore edits' }));
    expect(screen.getByLabelText<HTMLInputElement>('Contrast').value).toBe('7');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });
});

function Boom(): never {
  throw new Error('kaboom');
}

describe('error boundary', () => {
  it('shows what happened and a way back instead of a blank page', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      render(
        <ErrorBoundary onRescue={() => {}}>
          <Boom />
        </ErrorBoundary>,
      );
      expect(screen.getByRole('heading', { name: 'Something went wrong in the editor' })).toBeTruthy();
      expect(screen.getByText('Details: kaboom')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Download the file as it is' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Back to the editor' })).toBeTruthy();
    } finally {
      console.error = original;
    }
  });
});
