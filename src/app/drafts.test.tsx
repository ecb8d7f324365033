import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeText } from '../format/document.ts';
import { newFile } from '../features/editor/editor-state.ts';
import { editorReducer } from '../features/editor/editor-state.ts';
import { valuesOf } from '../model/values.ts';
import { App } from './app.tsx';
import { clearDrafts, readDrafts, restoreDrafts, writeDrafts } from './drafts.ts';
import { ErrorBoundary } from './error-boundary.tsx';

afterEach(() => clearDrafts());

function editedFile() {
  const file = { ...newFile('4001', '4610SW', 'sip'), sourceName: '4001_4610data_sip.txt' };
  const values = valuesOf(file.doc, file.model);
  values.settings.contrast = '7';
  return editorReducer(file, { type: 'values', values });
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
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Restore edits' })).toBeTruthy();
    // The user leaves the question and works on something else.
    await user.click(screen.getAllByRole('button', { name: 'Try a sample' })[0] as HTMLElement);
    const contrast = await screen.findByLabelText<HTMLInputElement>('Contrast');
    await user.clear(contrast);
    await user.type(contrast, '12');
    await waitFor(() => expect(readDrafts()?.files.map((f) => f.sourceName)).toEqual(['4001_4610data_sip.txt', '4711_4620data.txt']), { timeout: 3000 });
    expect(readDrafts()?.files[0]?.text).toBe('\r\nContrast=7\r\n');
    expect(readDrafts()?.files[1]?.text).toContain('Contrast=12');
  });

  it('ignores a damaged draft', () => {
    window.localStorage.setItem('avaya4600-editor:drafts:v1', '{not json');
    expect(readDrafts()).toBeNull();
  });

  it('the page keeps edits as the user types: soon after, even while typing goes on, and at once when it is closed', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getAllByRole('button', { name: 'Try a sample' })[0] as HTMLElement);
    const contrast = await screen.findByLabelText<HTMLInputElement>('Contrast');
    await user.clear(contrast);
    await user.type(contrast, '12');
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
    await user.type(contrast, '4');
    fireEvent(window, new Event('pagehide'));
    expect(readDrafts()?.files[0]?.text).toContain('Contrast=124\r');
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
