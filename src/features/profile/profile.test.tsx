import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFile, type download as realDownload } from '../../file-io/file-io.ts';

const KEY = 'avaya-4600-editor.profile';
const profileText = (settings: unknown) => JSON.stringify({ format: 'avaya-4600-backup-profile', version: 1, settings });

/**
 * The profile's code as the page loads it, with this browser's storage holding `stored` (null: nothing): the store
 * reads it when its module loads, so each test loads the modules afresh (the words too: i18n is loaded afresh with them).
 */
async function load(stored: string | null = null) {
  localStorage.clear();
  if (stored !== null) localStorage.setItem(KEY, stored);
  vi.resetModules();
  const i18n = await import('../../i18n/i18n.ts');
  await i18n.loadFormWords();
  const profile = await import('./profile.tsx');
  await profile.loadProfileWords();
  const keys = await import('../../format/keys.ts');
  const document = await import('../../format/document.ts');
  const edit = await import('../../format/edit.ts');
  const download = vi.fn<typeof realDownload>();
  profile.connect({ dispatch: () => undefined, shown: () => undefined, download, readFile });
  return { profile, keys, document, edit, download };
}

afterEach(() => localStorage.clear());

describe('the format profile’s dialog', () => {
  it('names the file a site puts beside the page (it said “beside the page ()”)', async () => {
    const { profile } = await load();
    render(<profile.ProfileBar site={null} manage onManageDone={() => undefined} badge />);
    const dialog = screen.getByRole('dialog', { name: 'Format profile' });
    expect(dialog.textContent).toContain('a site can also put a profile beside the page (format-profile.json).');
  });
});

describe('a profile that only gives a write name', () => {
  const writeOnly = profileText({ 'Call Timer': { aliases: [], write: 'PHNTIMERS' } });

  it('is in use once imported: a new Call Timer line is written as PHNTIMERS, and this browser keeps it', async () => {
    const user = userEvent.setup();
    const { profile, document, edit } = await load();
    render(<profile.ProfileBar site={null} manage onManageDone={() => undefined} badge />);
    const dialog = screen.getByRole('dialog', { name: 'Format profile' });
    await user.upload(within(dialog).getByLabelText('Import a profile file (.json)'), new File([writeOnly], 'p.json', { type: 'application/json' }));
    expect((await within(dialog).findByRole('status')).textContent).toContain('Imported p.json');
    const doc = edit.setValue(document.parseText('\r\nContrast=7\r\n'), 'setting:callTimer', '1');
    expect(doc.lines.map((l) => l.text)).toContain('PHNTIMERS=1');
    expect(localStorage.getItem(KEY)).toContain('PHNTIMERS');
  });

  it('kept in this browser, is shown (badge and dialog) and can be exported and removed (they were disabled)', async () => {
    const user = userEvent.setup();
    const { profile, document, edit, download } = await load(writeOnly);
    render(<profile.ProfileBar site={null} manage onManageDone={() => undefined} badge />);
    expect(screen.getByRole('region', { name: 'Format profile' }).textContent).toContain('PHNTIMERS is Call Timer');
    const dialog = screen.getByRole('dialog', { name: 'Format profile' });
    expect(within(dialog).queryByText(/No name is taught/)).toBeNull();
    const row = within(dialog).getByRole('row', { name: /PHNTIMERS/ });
    expect(row.textContent).toContain('New lines are written under this name.');
    expect(row.textContent).toContain('Call Timer');
    await user.click(within(dialog).getByRole('button', { name: 'Export this browser’s profile' }));
    expect(new TextDecoder().decode(download.mock.calls[0]?.[0])).toContain('"write": "PHNTIMERS"');
    const clear = within(dialog).getByRole('button', { name: 'Remove all names this browser taught' });
    expect(clear).toHaveProperty('disabled', false);
    await user.click(clear);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(edit.setValue(document.parseText('\r\nContrast=7\r\n'), 'setting:callTimer', '1').lines.map((l) => l.text)).toContain('Call Timer=1');
    expect(within(dialog).getByText(/No name is taught/)).toBeTruthy();
  });

  it('has a Remove button of its own, which forgets it', async () => {
    const user = userEvent.setup();
    const { profile } = await load(writeOnly);
    render(<profile.ProfileBar site={null} manage onManageDone={() => undefined} badge />);
    const dialog = screen.getByRole('dialog', { name: 'Format profile' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove PHNTIMERS' }));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Format profile' })).toBeNull();
  });
});
