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

type ProfileModule = Awaited<ReturnType<typeof load>>['profile'];

/** The profile's bar drawn with its dialog open (the site's profile `site`), and that dialog. */
function manageDialog(profile: ProfileModule, site: string | null = null): HTMLElement {
  render(<profile.ProfileBar site={site} manage onManageDone={() => undefined} badge />);
  return screen.getByRole('dialog', { name: 'Format profile' });
}

describe('the format profile’s dialog', () => {
  it('names the file a site puts beside the page (it said “beside the page ()”)', async () => {
    const { profile } = await load();
    const dialog = manageDialog(profile);
    expect(dialog.textContent).toContain('a site can also put a profile beside the page (format-profile.json).');
  });
});

describe('a profile that only gives a write name', () => {
  const writeOnly = profileText({ 'Call Timer': { aliases: [], write: 'PHNTIMERS' } });

  it('is in use once imported: a new Call Timer line is written as PHNTIMERS, and this browser keeps it', async () => {
    const user = userEvent.setup();
    const { profile, document, edit } = await load();
    const dialog = manageDialog(profile);
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
    const dialog = manageDialog(profile);
    await user.click(within(dialog).getByRole('button', { name: 'Remove PHNTIMERS' }));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Format profile' })).toBeNull();
  });
});

describe('the keyboard, when a name is removed in the dialog', () => {
  const two = profileText({ Redial: { aliases: ['REDIALMODE'], write: 'REDIALMODE' }, Contrast: { aliases: ['KONTRAST'] } });

  it('stays in the dialog on what was removed, when Remove takes its own row out (it was left on the page’s body)', async () => {
    const user = userEvent.setup();
    const { profile } = await load(two);
    const dialog = manageDialog(profile);
    await user.click(within(dialog).getByRole('button', { name: 'Remove REDIALMODE' }));
    expect(within(dialog).queryByRole('row', { name: /REDIALMODE/ })).toBeNull();
    const said = within(dialog).getByRole('status');
    expect(document.activeElement).toBe(said);
    expect(said.textContent).toBe('REDIALMODE is removed: this browser no longer teaches it as Redial.');
  });

  it('stays in the dialog when Remove all disables its own button (it was left on the page’s body)', async () => {
    const user = userEvent.setup();
    const { profile } = await load(two);
    const dialog = manageDialog(profile);
    const clear = within(dialog).getByRole('button', { name: 'Remove all names this browser taught' });
    await user.click(clear);
    expect(clear).toHaveProperty('disabled', true);
    const said = within(dialog).getByRole('status');
    expect(document.activeElement).toBe(said);
    expect(said.textContent).toContain('The names this browser taught are removed');
  });
});

describe('a write name this browser gives that the site’s profile writes otherwise', () => {
  it('is said in the dialog, with the name the site writes (it was dropped unsaid)', async () => {
    const { profile, document, edit } = await load(profileText({ Contrast: { aliases: ['KONTRAST'], write: 'KONTRAST' } }));
    const dialog = manageDialog(profile, profileText({ Contrast: { aliases: ['CONTRASTLVL'], write: 'CONTRASTLVL' } }));
    const said = within(dialog).getByText('Names not used for new lines:');
    expect(said.nextElementSibling?.textContent).toBe('This site’s profile writes new lines of Contrast as “CONTRASTLVL”, so this browser’s “KONTRAST” is not used for them.');
    // As it says: the site's name is the one written, and the browser's is still read as Contrast.
    expect(edit.setValue(document.parseText('\r\nFOO=1\r\n'), 'setting:contrast', '3').lines.map((l) => l.text)).toContain('CONTRASTLVL=3');
    expect(within(dialog).getByRole('row', { name: /KONTRAST/ }).textContent).not.toContain('New lines are written under this name.');
  });
});

describe('the profile kept in this browser, read again at the page’s start', () => {
  it('drops only a name the catalog has since learnt, says so, and a new name taught keeps the others (they were all lost)', async () => {
    const user = userEvent.setup();
    // As an earlier version kept it, before its catalog knew PHNREDIAL (a catalog correction makes exactly this).
    const { profile, document } = await load(profileText({ Redial: { aliases: ['PHNREDIAL'] }, Contrast: { aliases: ['KONTRAST'] } }));
    const doc = document.parseText('\r\nKONTRAST=7\r\nFOO=1\r\n');
    expect(doc.lines.map((l) => (l.kind === 'setting' ? l.key : null))).toEqual([null, 'setting:contrast', null]);
    render(<profile.ProfileBar site={null} manage={false} onManageDone={() => undefined} badge />);
    const notice = screen.getAllByRole('status').find((s) => s.textContent.includes('now knows these names itself'));
    expect(notice?.textContent).toContain('“PHNREDIAL” is already a name of Redial.');
    // Teaching another name keeps KONTRAST in this browser's profile.
    const done = vi.fn<(taught: boolean) => void>();
    render(<profile.TeachName name="FOO" onDone={done} />);
    await user.selectOptions(screen.getByLabelText('Setting'), 'Call Timer');
    await user.click(screen.getByRole('button', { name: 'Teach' }));
    expect(done).toHaveBeenCalledWith(true);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toMatchObject({ settings: { Contrast: { aliases: ['KONTRAST'] }, 'Call Timer': { aliases: ['FOO'], write: 'FOO' } } });
    expect(localStorage.getItem(KEY)).not.toContain('PHNREDIAL');
  });

  it('one that cannot be read is never written over by a name taught: Teach is refused, saying why', async () => {
    const user = userEvent.setup();
    const unreadable = profileText({ Redial: { aliases: ['ABKNAME3'] }, Contrast: { aliases: ['KONTRAST'] } });
    const { profile } = await load(unreadable);
    const done = vi.fn<(taught: boolean) => void>();
    render(<profile.TeachName name="FOO" onDone={done} />);
    await user.selectOptions(screen.getByLabelText('Setting'), 'Call Timer');
    await user.click(screen.getByRole('button', { name: 'Teach' }));
    expect(done).not.toHaveBeenCalled();
    expect(screen.getByText(/could not be read \(see More → Format profile\), and teaching a name now would write over it/)).toBeTruthy();
    expect(localStorage.getItem(KEY)).toBe(unreadable);
    // The dialog says why it is unread, and removing it is the user's choice.
    const dialog = manageDialog(profile);
    expect(dialog.textContent).toContain('“ABKNAME3” reads as a list entry');
    await user.click(within(dialog).getByRole('button', { name: 'Remove all names this browser taught' }));
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

describe('a name with direction-changing characters', () => {
  it('is said with their codes in the teach form, the badge and the dialog (U+202E turned the text around)', async () => {
    const user = userEvent.setup();
    const { profile } = await load();
    render(<profile.TeachName name={'EDOM\u202ELAIDER'} onDone={() => undefined} />);
    expect(screen.getByText('Teach “EDOM[U+202E]LAIDER”: which setting is it?')).toBeTruthy();
    expect(screen.getByLabelText('Write new lines of this setting as “EDOM[U+202E]LAIDER”')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Setting'), 'Redial');
    await user.click(screen.getByRole('button', { name: 'Teach' }));
    // Taught as it is: the name in the file, not the words that show it.
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toMatchObject({ settings: { Redial: { aliases: ['EDOM\u202ELAIDER'] } } });
    render(<profile.ProfileBar site={null} manage onManageDone={() => undefined} badge />);
    expect(screen.getByRole('region', { name: 'Format profile' }).textContent).toContain('EDOM[U+202E]LAIDER is Redial');
    const dialog = screen.getByRole('dialog', { name: 'Format profile' });
    expect(dialog.textContent).not.toMatch(/\u202E/);
    expect(within(dialog).getByRole('button', { name: 'Remove EDOM[U+202E]LAIDER' })).toBeTruthy();
  });
});
