import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeText } from '../../format/document.ts';
import { encodeUtf8 } from '../../format/text-codec.ts';
import { unzipSync } from 'fflate';
import { isDirty, openBytes, type OpenFile } from '../../session/open-file.ts';
import { emptyWorkspace, workspaceReducer, type Workspace } from '../../session/workspace.ts';
import { AdminPanel, loadAdminWords } from './admin-panel.tsx';
import type * as FileIo from '../../file-io/file-io.ts';
import { ZIP_LIMITS } from '../../file-io/zip-limits.ts';

const downloads: { bytes: Uint8Array; name: string }[] = [];
vi.mock('../../file-io/file-io.ts', async (original) => ({
  ...(await original<typeof FileIo>()),
  download: (bytes: Uint8Array, name: string) => {
    downloads.push({ bytes, name });
    return { kind: 'downloaded', name };
  },
}));

function open(text: string, name: string): OpenFile {
  const opened = openBytes(encodeUtf8(text), name, null);
  if (!opened.ok) throw new Error('the fixture does not open');
  return opened.value;
}

const SECRET = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nFTP Password=hunter2\r\nContrast=9\r\n';
const PLAIN = '\r\nABKNAME001=Kitchen\r\nABKNUMBER001=210\r\n';

/** The panel over a live workspace, as the app draws it; `seen` gets every state. */
const seen: Workspace[] = [];
const latest = (): Workspace => seen[seen.length - 1] ?? emptyWorkspace;
function Harness({ initial, states }: { initial: Workspace; states: Workspace[] }) {
  const [ws, dispatch] = useReducer(workspaceReducer, initial);
  states.push(ws);
  return <AdminPanel workspace={ws} dispatch={dispatch} onOpenFiles={() => {}} onStatus={() => {}} onError={() => {}} />;
}

const start = () =>
  render(<Harness states={seen} initial={workspaceReducer(emptyWorkspace, { type: 'add', files: [open(SECRET, '4711_4620data.txt'), open(PLAIN, '4712_4620data.txt')] })} />);
const zipped = () => Object.fromEntries(Object.entries(unzipSync(downloads[0]?.bytes as Uint8Array)).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));

describe('Save all and lines that look like passwords', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });
  beforeEach(() => {
    downloads.length = 0;
    seen.length = 0;
  });

  it('asks first, and Cancel writes nothing and gives the focus back', async () => {
    start();
    const saveAll = screen.getByRole('button', { name: 'Save all' });
    await userEvent.click(saveAll);
    expect(screen.getByRole('dialog', { name: 'Remove password-like lines before saving all?' })).toBeTruthy();
    expect(screen.getByText('4711_4620data.txt: FTP Password')).toBeTruthy();
    expect(downloads).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(downloads).toEqual([]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(saveAll);
  });

  it('removes them from the saved copies and the open files when asked', async () => {
    start();
    await userEvent.click(screen.getByRole('button', { name: 'Save all' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove them and save all' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(zipped()).toEqual({ '4711_4620data.txt': SECRET.replace('FTP Password=hunter2\r\n', ''), '4712_4620data.txt': PLAIN });
    await vi.waitFor(() => expect(latest().files.every((f) => !isDirty(f))).toBe(true));
    expect(serializeText(latest().files[0]?.doc as OpenFile['doc'])).toBe(SECRET.replace('FTP Password=hunter2\r\n', ''));
  });

  it('keeps them when asked', async () => {
    start();
    await userEvent.click(screen.getByRole('button', { name: 'Save all' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save all with them' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(zipped()).toEqual({ '4711_4620data.txt': SECRET, '4712_4620data.txt': PLAIN });
  });
});

describe('Save all and extensions that are not digits', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });
  beforeEach(() => {
    downloads.length = 0;
  });

  it('asks about a file whose name would not follow the rule (or would be a path), offers only to go to it, and writes nothing', async () => {
    const bad = { ...open(PLAIN, '4712_4620data.txt'), extension: '47a/../x' };
    const initial = workspaceReducer(emptyWorkspace, { type: 'add', files: [open(PLAIN, '4711_4620data.txt'), bad] });
    const wentTo: number[] = [];
    render(<AdminPanel workspace={initial} dispatch={() => {}} onOpenFiles={() => {}} onStatus={() => {}} onError={() => {}} onGoTo={(uid) => wentTo.push(uid)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save all' }));
    const question = await screen.findByRole('dialog', { name: 'Save with an error?' });
    expect(question.textContent).toContain('The extension “47a/../x” is not digits only');
    expect(within(question).queryByRole('button', { name: 'Save anyway' })).toBeNull();
    await userEvent.click(within(question).getByRole('button', { name: 'Go to the first error' }));
    expect(wentTo).toEqual([initial.files[1]?.uid]);
    expect(downloads).toEqual([]);
  });
});

describe('Save all and a file the editor could not open again', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });

  it('writes nothing and names the file, when one would be more than the editor opens as saved', async () => {
    downloads.length = 0;
    // 600 KB of Windows-1252 "é" in a comment: 1.2 MB once saved as UTF-8.
    const head = encodeUtf8('\r\nABKNAME001=Kitchen\r\nABKNUMBER001=210\r\n# ');
    const opened = openBytes(Uint8Array.from([...head, ...new Uint8Array(600 * 1024).fill(0xe9), 0x0d, 0x0a]), '4712_4620data.txt', null);
    if (!opened.ok) throw new Error('the fixture does not open');
    const initial = workspaceReducer(emptyWorkspace, { type: 'add', files: [open(PLAIN, '4711_4620data.txt'), opened.value] });
    const errors: string[] = [];
    render(<AdminPanel workspace={initial} dispatch={() => {}} onOpenFiles={() => {}} onStatus={() => {}} onError={(say) => errors.push(say?.() ?? '')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save all' }));
    const question = screen.queryByRole('dialog', { name: 'Save with an error?' });
    if (question) await userEvent.click(within(question).getByRole('button', { name: 'Save anyway' }));
    await vi.waitFor(() => expect(errors.at(-1)).toMatch(/^Save all wrote nothing: a file would be more than the 1,048,576 bytes .*\(4712_4620data\.txt\)/));
    expect(downloads).toEqual([]);
  });
});

describe('Save all of more files than the editor opens from one zip', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });

  // 10,002 files made ready and zipped twice: seconds on a quiet machine, far more on a busy one.
  it('writes nothing and says the limit, then saves in parts by a press each, every part a zip the editor opens whole again', { timeout: 120_000 }, async () => {
    downloads.length = 0;
    seen.length = 0;
    const count = ZIP_LIMITS.maxEntries + 2;
    const files = Array.from({ length: count }, (_, i) => open(`\r\nABKNAME001=Desk ${i}\r\n`, `${10_000 + i}_4620data.txt`));
    render(<Harness states={seen} initial={workspaceReducer(emptyWorkspace, { type: 'add', files })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save all' }));
    const said = await screen.findByText(/^Nothing was written: 10,002 files would go into one \.zip, and this editor opens at most 10,000 files from a \.zip/);
    expect(said.closest('[role="alert"]')).toBeTruthy();
    expect(downloads).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Save in parts, starting with phone-backups-1.zip' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toBe('phone-backups-1.zip');
    const first = Object.keys(unzipSync(downloads[0]?.bytes as Uint8Array));
    expect(first).toHaveLength(ZIP_LIMITS.maxEntries);
    expect(first[0]).toBe('10000_4620data.txt');
    await screen.findByText('Saved into .zip files so far: 10,000 files. Still to save: 2.');

    await userEvent.click(screen.getByRole('button', { name: 'Save the next part as phone-backups-2.zip' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]?.name).toBe('phone-backups-2.zip');
    expect(Object.keys(unzipSync(downloads[1]?.bytes as Uint8Array))).toEqual(['20000_4620data.txt', '20001_4620data.txt']);
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: /Save the next part/ })).toBeNull());
    // Each file went into exactly one part, and every open file is saved.
    expect(new Set([...first, '20000_4620data.txt', '20001_4620data.txt']).size).toBe(count);
    await vi.waitFor(() => expect(latest().files.every((f) => !isDirty(f) && f.sourceName?.endsWith('_4620data.txt'))).toBe(true));
  });
});

describe('Export CSV and an extension that is not digits', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });

  it('names the file “backup_speed-dials.csv”: any other text in the extension (“/”, U+202E) is no part of a file name', async () => {
    downloads.length = 0;
    for (const extension of ['4711\u202Evsc.exe', '../4711', '4711']) {
      const file = { ...open(PLAIN, '4711_4620data.txt'), extension };
      const { unmount } = render(<AdminPanel workspace={workspaceReducer(emptyWorkspace, { type: 'add', files: [file] })} dispatch={() => {}} onOpenFiles={() => {}} onStatus={() => {}} onError={() => {}} />);
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      unmount();
    }
    expect(downloads.map((d) => d.name)).toEqual(['backup_speed-dials.csv', 'backup_speed-dials.csv', '4711_speed-dials.csv']);
  });
});
