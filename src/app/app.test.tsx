import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { currentLocale, setLocale } from '../i18n/i18n.ts';
import { App } from './app.tsx';

async function openSample() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getAllByRole('button', { name: 'Try a sample' })[0] as HTMLElement);
  await screen.findByLabelText('Contrast');
  return user;
}

/** A command under the header's "More" button: opens the list, then chooses it. */
async function choose(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: 'More' }));
  await user.click(screen.getByRole('button', { name }));
}

/** The page with `text` opened through the file input, as 4711_4620data.txt. */
async function openText(text: string) {
  const user = userEvent.setup();
  render(<App />);
  await user.upload(screen.getByLabelText<HTMLInputElement>('Backup file to open'), new File([encodeUtf8(text) as Uint8Array<ArrayBuffer>], '4711_4620data.txt', { type: 'text/plain' }));
  return user;
}

describe('App (component level)', () => {
  it('opens the sample with its values in typed fields', async () => {
    await openSample();
    expect(screen.getByLabelText<HTMLInputElement>('Contrast').value).toBe('9');
    expect(screen.getByLabelText<HTMLInputElement>('Speed dial 2 label').value).toBe('Помощь');
    expect(screen.getByLabelText<HTMLSelectElement>('Telephone model').value).toBe('4620SW');
    expect(screen.getByText('Saved')).toBeTruthy();
  });

  it('marks unsaved changes and validates in plain words', async () => {
    const user = await openSample();
    const contrast = screen.getByLabelText<HTMLInputElement>('Contrast');
    await user.clear(contrast);
    await user.type(contrast, '99');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    expect(screen.getAllByText(/Contrast is 1 to 15; you entered “99”/).length).toBeGreaterThan(0);
  });

  it('arrow keys step a range field within its bounds', async () => {
    const user = await openSample();
    const contrast = screen.getByLabelText<HTMLInputElement>('Contrast');
    contrast.focus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(contrast.value).toBe('11');
    for (let i = 0; i < 10; i++) await user.keyboard('{ArrowUp}');
    expect(contrast.value).toBe('15');
  });

  it('adds a speed dial and focuses its label', async () => {
    const user = await openSample();
    await user.click(screen.getByRole('button', { name: 'Add speed dial' }));
    const label = await screen.findByLabelText('Speed dial 8 label');
    expect(label).toBeTruthy();
    expect(screen.getByText(/8 of 108 entries/)).toBeTruthy();
  });

  it('a complaint that appears under the extension or Save as’s name as the user types is said (a live note)', async () => {
    const user = await openSample();
    const extension = screen.getByLabelText<HTMLInputElement>('Extension');
    await user.type(extension, 'x');
    const note = document.getElementById(extension.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toContain('is not digits only');
    expect(note?.getAttribute('aria-live')).toBe('polite');
    await user.clear(extension);
    await user.type(extension, '4711');
    await user.click(screen.getByRole('button', { name: 'Save as' }));
    const name = screen.getByLabelText<HTMLInputElement>('File name');
    await user.type(name, '/');
    const nameNote = document.getElementById(name.getAttribute('aria-describedby') ?? '');
    expect(nameNote?.className).toBe('field__error');
    expect(nameNote?.getAttribute('aria-live')).toBe('polite');
  });

  it('fields fed from the document (extension, a raw other line) keep every key typed, and the caret where it was', async () => {
    const user = await openSample();
    const extension = screen.getByLabelText<HTMLInputElement>('Extension');
    await user.clear(extension);
    await user.type(extension, '4756');
    expect(extension.value).toBe('4756');
    // In the middle: the caret stays after the key.
    await user.type(extension, '9', { initialSelectionStart: 1, initialSelectionEnd: 1 });
    expect(extension.value).toBe('49756');
    expect(extension.selectionStart).toBe(2);
    const raw = screen.getByDisplayValue<HTMLInputElement>('LOCATION=Building 2, room 114');
    await user.type(raw, 'XY');
    expect(raw.value).toBe('LOCATION=Building 2, room 114XY');
  });

  it('a raw line typed into a known setting stays in its field until the user leaves it, then moves to the setting', async () => {
    const user = await openSample();
    const raw = screen.getByDisplayValue<HTMLInputElement>('LOCATION=Building 2, room 114');
    const label = raw.labels?.[0]?.textContent ?? '';
    await user.tripleClick(raw);
    await user.keyboard('Redial=1');
    // The "=" made it a known setting: the field, the focus and the key after it are still there.
    expect(raw.isConnected).toBe(true);
    expect(document.activeElement).toBe(raw);
    expect(raw.value).toBe('Redial=1');
    expect(screen.getByText(/Now a line the editor knows/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Redial').value).toBe('1');
    // On to its own Remove button: still there, to be clicked.
    await user.tab();
    expect(raw.isConnected).toBe(true);
    expect(document.activeElement?.textContent).toMatch(/^Remove/);
    // Out of its row: it is the setting's now.
    await user.tab();
    expect(raw.isConnected).toBe(false);
    expect(screen.queryByLabelText(label)).toBeNull();
    expect(screen.getByLabelText<HTMLSelectElement>('Redial').value).toBe('1');
  });

  it('a problem takes the user to its field', async () => {
    const user = await openSample();
    const problems = screen.getByRole('region', { name: 'Problems' });
    await user.click(within(problems).getByRole('button', { name: /Feature button 3 label is 14 characters long/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Feature button 3 label'));
  });
});

describe('password-like lines', () => {
  it('Save asks before writing a password, and can remove them all and save', async () => {
    const user = await openText('\r\nContrast=9\r\nFTP Password=hunter2\r\nSIP_PWD=1234\r\n');
    await screen.findByLabelText('Contrast');
    expect(screen.getByRole('button', { name: 'Remove all 2 password-like lines' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Remove password-like lines?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove them and save' }));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(screen.queryByText(/looks like a password/)).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Contrast').value).toBe('9');
  });
});

describe('what Save will write', () => {
  // No drafts left by earlier tests: their banner would stand in front of what these look at.
  beforeEach(() => localStorage.clear());

  it('a new file is "Not saved yet"; a change of the name Save writes under (protocol, family, extension) is an unsaved change, undone by changing it back', async () => {
    const user = userEvent.setup();
    render(<App />);
    await choose(user, 'New');
    await user.type(screen.getByLabelText('Extension'), '4001');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Not saved yet')).toBeTruthy();
    await choose(user, 'Close');
    await openSample();
    expect(screen.getByText('Saved')).toBeTruthy();
    const protocol = screen.getByLabelText<HTMLSelectElement>('Protocol');
    const was = protocol.value;
    await user.selectOptions(protocol, was === 'sip' ? 'h323' : 'sip');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    await user.selectOptions(protocol, was);
    expect(screen.getByText('Saved')).toBeTruthy();
    // Another model of the same family keeps the name: nothing to save.
    const model = screen.getByLabelText<HTMLSelectElement>('Telephone model');
    await user.selectOptions(model, model.value === '4620' ? '4620SW' : '4620');
    expect(screen.getByText('Saved')).toBeTruthy();
    await user.selectOptions(model, '4610SW');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });

  it('Save asks about an extension that is not digits, offers only to go to it, and writes nothing', async () => {
    const user = await openSample();
    const extension = screen.getByLabelText<HTMLInputElement>('Extension');
    await user.clear(extension);
    await user.type(extension, '47a/../x');
    const created = URL.createObjectURL;
    let downloads = 0;
    URL.createObjectURL = () => {
      downloads++;
      return 'blob:test';
    };
    try {
      await user.click(screen.getByRole('button', { name: 'Save' }));
      const question = await screen.findByRole('dialog', { name: 'Save with an error?' });
      expect(question.textContent).toContain('The extension “47a/../x” is not digits only, so Save cannot name the file by the telephone’s rule.');
      expect(within(question).queryByRole('button', { name: 'Save anyway' })).toBeNull();
      await user.click(within(question).getByRole('button', { name: 'Go to the first error' }));
      await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Extension')));
      expect(downloads).toBe(0);
      expect(screen.getByText('Unsaved changes')).toBeTruthy();
    } finally {
      URL.createObjectURL = created;
    }
  });
});

describe('a setting in the file with an empty value', () => {
  it('shows the empty value as the file has it, not as "not in the file"', async () => {
    const user = await openText('\r\nRedial=\r\nCall Timer=\r\n');
    const redial = await screen.findByLabelText<HTMLSelectElement>('Redial');
    expect(redial.querySelector('option:checked')?.textContent).toBe('“” (as in the file; not valid)');
    await user.selectOptions(redial, '1');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    await user.selectOptions(redial, screen.getByRole<HTMLOptionElement>('option', { name: 'Not in the file (phone default: List)' }));
    expect(redial.querySelector('option:checked')?.textContent).toBe('Not in the file (phone default: List)');
    // Call Timer, untouched, still shows the file's empty value.
    expect(screen.getByLabelText<HTMLSelectElement>('Call Timer').querySelector('option:checked')?.textContent).toBe('“” (as in the file; not valid)');
  });
});

describe('lines that had no effect', () => {
  it('removing a speed dial says which overridden lines went with it, and Dismiss hands focus to the problems', async () => {
    const user = await openText('\r\nABKNAME001=A\r\nABKNUMBER001=1\r\nABKNAME002=B\r\nABKNUMBER002=2\r\nABKNAME3=oldC\r\nABKNAME003=C\r\nABKNUMBER003=3\r\n');
    await screen.findByLabelText('Speed dial 3 label');
    expect(screen.queryByText(/also removed/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove speed dial 1' }));
    const note = await screen.findByText('This change also removed a line that had no effect (a later line sets the same name):');
    const status = note.closest('[role="status"]') as HTMLElement;
    // The line as the file has it, left to right and isolated in every language (a raw line in the Hebrew page).
    expect(within(status).getByText('ABKNAME3=oldC').closest('[dir="ltr"]')).toBeTruthy();
    expect(within(status).getByText('Line 6:')).toBeTruthy();
    // Typing on (an edit that drops nothing) leaves the note where it is.
    await user.type(screen.getByLabelText('Speed dial 1 label'), 'x');
    expect(within(status).getByText('ABKNAME3=oldC')).toBeTruthy();
    await user.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/also removed/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Problems' }));
    await user.type(screen.getByLabelText('Speed dial 1 label'), 'y');
    expect(screen.queryByText(/also removed/)).toBeNull();
  });
});

describe('dialogs and language', () => {
  it('New starts afresh each time it opens: an empty extension and no complaint', async () => {
    const user = userEvent.setup();
    render(<App />);
    await choose(user, 'New');
    await user.type(screen.getByLabelText('Extension'), 'x1');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByText('Give the telephone’s extension: digits only, such as 4711.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await choose(user, 'New');
    expect(screen.getByLabelText<HTMLInputElement>('Extension').value).toBe('');
    expect(screen.queryByText('Give the telephone’s extension: digits only, such as 4711.')).toBeNull();
  });

  it('the last language chosen wins, however long an earlier one takes to load', async () => {
    try {
      await act(async () => {
        const slow = setLocale('ru', false);
        const fast = setLocale('de', false);
        await Promise.all([slow, fast]);
      });
      expect(currentLocale()).toBe('de');
      await act(async () => {
        const first = setLocale('fr', false);
        const last = setLocale('en', false);
        await Promise.all([first, last]);
      });
      expect(currentLocale()).toBe('en');
    } finally {
      await act(() => setLocale('en', false));
    }
  });
});
