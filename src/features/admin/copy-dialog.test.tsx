import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeText } from '../../format/document.ts';
import { encodeUtf8 } from '../../format/text-codec.ts';
import { openBytes, type OpenFile } from '../../session/open-file.ts';
import { emptyWorkspace, workspaceReducer, type Workspace } from '../../session/workspace.ts';
import { loadAdminWords } from './admin-panel.tsx';
import { CopyDialog } from './copy-dialog.tsx';

function open(text: string, name: string): OpenFile {
  const opened = openBytes(encodeUtf8(text), name, null);
  if (!opened.ok) throw new Error('the fixture does not open');
  return opened.value;
}

const SEVEN = Array.from({ length: 7 }, (_, i) => `ABKNAME00${i + 1}=Name ${i + 1}\r\nABKNUMBER00${i + 1}=${100 + i}\r\n`).join('');
const TARGET = `\r\n${SEVEN}PHNLABEL01=Pickup\r\nPHNLABEL02=Park\r\nPHNLABEL03=Page\r\n`;

/** The dialog over a live workspace, as the panel draws it; `seen` gets every state. */
function Harness({ initial, seen }: { initial: Workspace; seen: Workspace[] }) {
  const [ws, dispatch] = useReducer(workspaceReducer, initial);
  seen.push(ws);
  const source = ws.files[0] as OpenFile;
  return <CopyDialog file={source} workspace={ws} onClose={() => {}} dispatch={dispatch} onStatus={() => {}} />;
}

describe('Copy into the open files', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });

  it('shows per file what will be added, changed and removed, changes nothing until confirmed, then says what changed', async () => {
    const initial = workspaceReducer(emptyWorkspace, { type: 'add', files: [open('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n', '4711_4620data.txt'), open(TARGET, '4712_4620data.txt')] });
    const seen: Workspace[] = [];
    render(<Harness initial={initial} seen={seen} />);
    await userEvent.click(screen.getByLabelText('Every other open file (1)'));
    expect(screen.getByText('1 of 1 open files will change. Nothing changes until you press “Copy into the open files”.')).toBeTruthy();
    const row = screen.getByRole('row', { name: /4712_4620data\.txt/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '2', '0', 'Changes Speed dial 1 label and Speed dial 1 number.']);
    // Nothing has changed yet.
    expect(seen.every((ws) => ws === initial)).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Copy into the open files' }));
    const after = seen[seen.length - 1]?.files[1] as OpenFile;
    // The speed dials and feature labels the source does not have are still there.
    expect(serializeText(after.doc)).toBe(TARGET.replace('ABKNAME001=Name 1\r\nABKNUMBER001=100', 'ABKNAME001=Reception\r\nABKNUMBER001=200'));
    const report = screen.getByText('4712_4620data.txt: 0 added, 2 changed, 0 removed.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(report.closest('[tabindex="-1"]'));
    expect(screen.getByText('0 of 1 open files will change. Nothing changes until you press “Copy into the open files”.')).toBeTruthy();
  });

  it('names what it will remove before it does', async () => {
    const initial = workspaceReducer(emptyWorkspace, { type: 'add', files: [open('\r\nABKNUMBER002=300\r\n', '4711_4620data.txt'), open(TARGET, '4712_4620data.txt')] });
    render(<Harness initial={initial} seen={[]} />);
    await userEvent.click(screen.getByLabelText('Every other open file (1)'));
    const row = screen.getByRole('row', { name: /4712_4620data\.txt/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '1', '1', 'Changes Speed dial 2 number. Removes Speed dial 2 label.']);
  });
});

describe('Copy to a list of extensions that includes the file’s own', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });

  it('warns, before the .zip is made, what the new file will lack', async () => {
    const initial = workspaceReducer(emptyWorkspace, {
      type: 'add',
      files: [open('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nFTP Server IP Address=192.168.10.5\r\nLOCATION=Hall\r\n', '4711_4620data.txt')],
    });
    render(<Harness initial={initial} seen={[]} />);
    await userEvent.type(screen.getByLabelText('Extensions'), '4710-4712');
    const warning = 'Extension 4711 is this file’s own: the new 4711_4620data.txt takes its place on the server. It will not have these 2 values this file has now: FTP Server IP Address and LOCATION. To keep this file as it is, take extension 4711 out of the list.';
    expect(screen.getByText(warning)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the .zip' }).getAttribute('aria-describedby')).toBeTruthy();
    // SIP names only: 4711_4620data_sip.txt is another file, and this one stays.
    await userEvent.selectOptions(screen.getByLabelText('Protocol naming'), 'sip');
    expect(screen.queryByText(/is this file’s own/)).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Protocol naming'), 'both');
    expect(screen.getByText(warning)).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('Extensions'));
    await userEvent.type(screen.getByLabelText('Extensions'), '4712');
    expect(screen.queryByText(/is this file’s own/)).toBeNull();
  });

  it('warns of each new file that takes another open file’s name, before the .zip is made', async () => {
    const initial = workspaceReducer(emptyWorkspace, {
      type: 'add',
      files: [open('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n', '4711_4620data.txt'), open('\r\nABKNAME001=Mum\r\nABKNUMBER001=0123\r\nContrast=3\r\n', '4712_4620data.txt'), open('\r\nContrast=3\r\n', '4713_4620data_sip.txt')],
    });
    render(<Harness initial={initial} seen={[]} />);
    await userEvent.type(screen.getByLabelText('Extensions'), '4710, 4712, 4713');
    const warning = 'The new 4712_4620data.txt has the name of the open file 4712_4620data.txt: it takes that file’s place on the server, and what that file has now is lost there. To keep that file, take extension 4712 out of the list.';
    expect(screen.getByText(warning)).toBeTruthy();
    // 4713's open file is a SIP one: the H.323 name is another file.
    expect(screen.queryByText(/The new 4713_/)).toBeNull();
    const described = screen.getByRole('button', { name: 'Download the .zip' }).getAttribute('aria-describedby') ?? '';
    expect(described.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(warning);
    await userEvent.selectOptions(screen.getByLabelText('Protocol naming'), 'both');
    expect(screen.getByText(/^The new 4713_4620data_sip\.txt has the name of the open file 4713_4620data_sip\.txt/)).toBeTruthy();
    expect(screen.getByText(warning)).toBeTruthy();
  });
});

describe('Copy with nothing to copy', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });

  it('says so as an alert, since the button pressed keeps the focus', async () => {
    const file = open('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n', '4711_4620data.txt');
    render(<Harness initial={workspaceReducer(emptyWorkspace, { type: 'add', files: [file] })} seen={[]} />);
    await userEvent.type(screen.getByLabelText('Extensions'), '4001');
    // Every part the dialog starts with (all but the FTP parameters, which go off with Parameters) taken off.
    for (const part of ['Speed dials', 'Feature button labels', 'Options', 'Parameters (Automatic Backup)']) await userEvent.click(screen.getByRole('checkbox', { name: part }));
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Download the .zip' }));
    expect(screen.getByRole('alert').textContent).toBe('Pick at least one part to copy.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Download the .zip' }));
  });
});

describe('Copy to more extensions than the editor opens from one zip', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });

  it('makes nothing and says why when both protocols would make more files than that, and makes the .zip for one protocol', async () => {
    const downloads: string[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = () => 'blob:x';
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      const initial = workspaceReducer(emptyWorkspace, { type: 'add', files: [open('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n', '4711_4620data.txt')] });
      render(<Harness initial={initial} seen={[]} />);
      await userEvent.type(screen.getByLabelText('Extensions'), '20000-25000');
      await userEvent.selectOptions(screen.getByLabelText('Protocol naming'), 'both');
      await userEvent.click(screen.getByRole('button', { name: 'Download the .zip' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/^This would make 10,002 files in one \.zip .* opens at most 10,000 files from a \.zip/);
      expect(downloads).toEqual([]);
      await userEvent.selectOptions(screen.getByLabelText('Protocol naming'), 'sip');
      await userEvent.click(screen.getByRole('button', { name: 'Download the .zip' }));
      await screen.findByText(/^Downloaded .* 5,001 /, undefined, { timeout: 10_000 });
      expect(downloads).toEqual(['4620-backups-5001-extensions.zip']);
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
