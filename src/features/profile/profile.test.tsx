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
  const download = vi.fn<typeof realDownload>();
  profile.connect({ dispatch: () => undefined, shown: () => undefined, download, readFile });
  return { profile, keys, download };
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
