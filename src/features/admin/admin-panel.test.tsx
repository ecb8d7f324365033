import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyWorkspace, workspaceReducer, type Workspace } from '../../session/workspace.ts';
import { encodeUtf8 } from '../../format/text-codec.ts';
import { setLocale } from '../../i18n/i18n.ts';
import { openBytes } from '../../session/open-file.ts';
// Only the type here: the module itself is imported once German is chosen.
import type { AdminPanel as Panel } from './admin-panel.tsx';

let AdminPanel: typeof Panel;

function workspace(): Workspace {
  const opened = openBytes(encodeUtf8('\r\nABKNAME001=Empfang\r\nABKNUMBER001=200\r\nCall Appearance Width=1\r\n'), '4711_4620data.txt', null);
  if (!opened.ok) throw new Error('the fixture does not open');
  return workspaceReducer(emptyWorkspace, { type: 'add', files: [opened.value] });
}

const noop = () => {};
const renderPanel = () => render(<AdminPanel workspace={workspace()} dispatch={noop} onOpenFiles={noop} onStatus={noop} onError={noop} />);

describe('the administrator tools in another language', () => {
  beforeAll(async () => {
    // German is chosen before the tools are first opened: the module brings its German words with it.
    await setLocale('de', false);
    const m = await import('./admin-panel.tsx');
    await m.loadAdminWords();
    AdminPanel = m.AdminPanel;
  });
  afterAll(async () => {
    await setLocale('en', false);
  });

  it('draws in German from the first paint', () => {
    renderPanel();
    expect(screen.getByRole('heading', { name: 'Administratorwerkzeuge' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'CSV exportieren' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wirkt die Wiederherstellung?' })).toBeTruthy();
    expect(screen.getByText('1 Datei geöffnet.', { exact: false })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Semikolon' })).toBeTruthy();
  });

  it('puts the pure code’s messages into German too', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Umwandeln' }));
    const dialog = screen.getByRole('dialog', { name: 'Umwandeln' });
    expect(within(dialog).getByText('Aus H.323 wird SIP.')).toBeTruthy();
    expect(within(dialog).getByText('Die Datei wird von 4711_4620data.txt in 4711_4620data_sip.txt umbenannt.')).toBeTruthy();
  });

  it('follows a language chosen later, loading the tools’ words for it', async () => {
    renderPanel();
    await act(() => setLocale('fr', false));
    expect(screen.getByRole('heading', { name: 'Outils d’administration' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeTruthy();
    await act(() => setLocale('en', false));
    expect(screen.getByRole('heading', { name: 'Administrator tools' })).toBeTruthy();
  });
});
