import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listMsg } from '../../catalog/msg-list.ts';
import { encodeUtf8 } from '../../format/text-codec.ts';
import { setLocale, t } from '../../i18n/i18n.ts';
import { openBytes, type OpenFile } from '../../session/open-file.ts';
import { emptyWorkspace, workspaceReducer } from '../../session/workspace.ts';
import { quoted } from '../../model/admin/words.ts';
import { loadAdminWords } from './admin-panel.tsx';
import { ConvertDialog } from './convert-dialog.tsx';
import { CopyDialog } from './copy-dialog.tsx';

const FSI = '\u2068';
const PDI = '\u2069';
const noop = () => {};

function open(text: string, name: string): OpenFile {
  const opened = openBytes(encodeUtf8(text), name, null);
  if (!opened.ok) throw new Error('the fixture does not open');
  return opened.value;
}

/** A 4620 file with more speed dials than a 4610SW holds, dialled abroad. */
const SIXTY = `\r\n${Array.from({ length: 60 }, (_, i) => `ABKNAME${String(i + 1).padStart(3, '0')}=Name ${i + 1}\r\nABKNUMBER${String(i + 1).padStart(3, '0')}=+49 89 ${100 + i}\r\n`).join('')}`;

// The administrator tools wrote a file's name, a speed dial's number and a file name for a protocol into their
// lines by joining pieces (`${name}: ${model}`): in Hebrew "4711_4620data.txt" showed as "4620data.txt_4711" and
// "+49 89 100" as "100 89 49+"; in French the colon lacked its space. Each is now a message of its own.
describe('the administrator dialogs’ lines in every language', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });
  afterEach(async () => {
    await setLocale('en', false);
  });

  it('Convert says the file’s name, model and protocol, and each speed dial to keep, with the values isolated in Hebrew', async () => {
    await setLocale('he', false);
    const file = open(SIXTY, '4711_4620data.txt');
    render(<ConvertDialog file={file} onClose={noop} dispatch={noop} onStatus={noop} />);
    const dialog = screen.getByRole('dialog', { name: t('admin.convert.title') });
    expect(within(dialog).getByText(`${FSI}4711_4620data.txt${PDI}: ${FSI}${file.model}${PDI}, ${FSI}H.323${PDI}.`)).toBeTruthy();
    await userEvent.selectOptions(within(dialog).getByLabelText(t('admin.convert.newModel')), '4610SW');
    const first = within(dialog).getByRole('checkbox', { name: `1: ${FSI}Name 1${PDI} — ${FSI}+49 89 100${PDI}` });
    expect(first).toHaveProperty('checked', true);
  });

  it('Convert in French puts a space before the colon, as French does', async () => {
    await setLocale('fr', false);
    const file = open(SIXTY, '4711_4620data.txt');
    render(<ConvertDialog file={file} onClose={noop} dispatch={noop} onStatus={noop} />);
    expect(screen.getByText(`4711_4620data.txt : ${file.model}, H.323.`)).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText(t('admin.convert.newModel')), '4610SW');
    expect(screen.getByRole('checkbox', { name: '1 : Name 1 — +49 89 100' })).toBeTruthy();
  });

  it('Copy to extensions names each protocol’s file, isolated in Hebrew and spaced in French', async () => {
    const file = open('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n', '4711_4620data.txt');
    const workspace = workspaceReducer(emptyWorkspace, { type: 'add', files: [file] });
    await setLocale('he', false);
    const { unmount } = render(<CopyDialog file={file} workspace={workspace} onClose={noop} dispatch={noop} onStatus={noop} />);
    expect(screen.getByRole('option', { name: `${FSI}H.323${PDI}: ${FSI}4001_4620data.txt${PDI}` })).toBeTruthy();
    expect(screen.getByRole('option', { name: `${FSI}SIP${PDI}: ${FSI}4001_4620data_sip.txt${PDI}` })).toBeTruthy();
    unmount();
    await setLocale('fr', false);
    render(<CopyDialog file={file} workspace={workspace} onClose={noop} dispatch={noop} onStatus={noop} />);
    expect(screen.getByRole('option', { name: 'H.323 : 4001_4620data.txt' })).toBeTruthy();
  });
});

describe('values quoted in the administrator tools’ messages', () => {
  afterEach(async () => {
    await setLocale('en', false);
  });

  it('take the language’s quotation marks (Save all’s extensions that are not digits)', async () => {
    await loadAdminWords();
    await setLocale('ru', false);
    const words = t('admin.panel.badExtensions', { count: 2, extensions: listMsg(['47a', '4x'].map(quoted), 'comma') });
    expect(words).toContain('(«47a», «4x»)');
  });
});
