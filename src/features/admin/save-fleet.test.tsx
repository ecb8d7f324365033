import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer, type Dispatch } from 'react';
import { unzipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from '../../format/text-codec.ts';
import { isDirty, openBytes, saveName, type OpenFile } from '../../session/open-file.ts';
import type { SaveFolder } from '../../session/save-fleet.ts';
import { emptyWorkspace, workspaceReducer, type Workspace, type WorkspaceAction } from '../../session/workspace.ts';
import { AdminPanel, loadAdminWords } from './admin-panel.tsx';
import type * as FileIo from '../../file-io/file-io.ts';

const downloads: { bytes: Uint8Array; name: string }[] = [];
vi.mock('../../file-io/file-io.ts', async (original) => ({
  ...(await original<typeof FileIo>()),
  download: (bytes: Uint8Array, name: string) => {
    downloads.push({ bytes, name });
    return { kind: 'downloaded', name };
  },
}));

const PLAIN = (n: number) => `\r\nABKNAME001=Desk ${n}\r\nABKNUMBER001=2${n}\r\n`;

function open(n: number, folder?: string, handle: FileSystemFileHandle | null = null): OpenFile {
  const opened = openBytes(encodeUtf8(PLAIN(n)), `${n}_4620data.txt`, handle, folder);
  if (!opened.ok) throw new Error('the fixture does not open');
  return opened.value;
}

/** The files opened, and the first line of those in `changed` edited (an unsaved change). */
function workspace(files: readonly OpenFile[], changed: readonly number[]): Workspace {
  let ws = workspaceReducer(emptyWorkspace, { type: 'add', files });
  for (const i of changed) {
    const f = ws.files[i] as OpenFile;
    const line = f.doc.lines.find((l) => l.text.startsWith('ABKNAME001')) ?? f.doc.lines[0];
    ws = workspaceReducer(ws, { type: 'edit', uid: f.uid, action: { type: 'line-text', lineId: line?.id ?? 0, text: 'ABKNAME001=Changed' } });
  }
  return ws;
}

const seen: Workspace[] = [];
const latest = (): Workspace => seen[seen.length - 1] ?? emptyWorkspace;
const said: string[] = [];
// The page's dispatch, for what the user does while a save writes.
const dispatches: Dispatch<WorkspaceAction>[] = [];
function Harness({ initial, folder = null }: { readonly initial: Workspace; readonly folder?: SaveFolder | null }) {
  const [ws, dispatch] = useReducer(workspaceReducer, initial);
  dispatches.push(dispatch);
  seen.push(ws);
  return <AdminPanel workspace={ws} dispatch={dispatch} onOpenFiles={() => {}} onStatus={(w) => said.push(w())} onError={() => {}} folder={folder} />;
}

/** A directory handle that keeps what is written into it, by path, and says whether it may be written. */
function fakeFolder(permission: PermissionState) {
  const writes: Record<string, string> = {};
  let asked = 0;
  const dir = (path: string): FileSystemDirectoryHandle =>
    ({
      kind: 'directory',
      name: path || 'ftp',
      queryPermission: () => Promise.resolve('prompt'),
      requestPermission: () => {
        asked++;
        return Promise.resolve(permission);
      },
      getDirectoryHandle: (name: string) => Promise.resolve(dir(path ? `${path}/${name}` : name)),
      getFileHandle: (name: string) =>
        Promise.resolve({
          kind: 'file',
          name,
          createWritable: () => {
            const chunks: Uint8Array[] = [];
            return Promise.resolve({
              write: (b: Uint8Array) => Promise.resolve(void chunks.push(b)),
              close: () => Promise.resolve(void (writes[path ? `${path}/${name}` : name] = chunks.map((c) => new TextDecoder().decode(c)).join(''))),
            });
          },
        }),
    }) as unknown as FileSystemDirectoryHandle;
  return { dir: dir(''), writes, asked: () => asked };
}

/**
 * A folder as a disk holds it: `disk` has its files by name; a name is found only when there (or made with
 * `create`), and two handles are the same entry when they name the same file. A write ends when `gate` does.
 */
function diskFolder(disk: Record<string, string>, gate?: Promise<void>) {
  const file = (name: string) => ({
    kind: 'file',
    name,
    isSameEntry: (other: { name: string }) => Promise.resolve(other.name === name),
    createWritable: () => {
      const chunks: Uint8Array[] = [];
      return Promise.resolve({
        write: (b: Uint8Array) => Promise.resolve(void chunks.push(b)),
        close: async () => {
          await gate;
          disk[name] = chunks.map((c) => new TextDecoder().decode(c)).join('');
        },
      });
    },
  });
  return {
    kind: 'directory',
    name: 'ftp',
    queryPermission: () => Promise.resolve('granted'),
    getFileHandle: (name: string, options?: { create?: boolean }) =>
      name in disk || options?.create ? Promise.resolve(file(name)) : Promise.reject(new DOMException(`${name} is not there`, 'NotFoundError')),
  } as unknown as FileSystemDirectoryHandle;
}

describe('Save changed files', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });
  beforeEach(() => {
    downloads.length = 0;
    seen.length = 0;
    said.length = 0;
    dispatches.length = 0;
  });

  it('writes only the changed files into the zip, each in its subfolder, and they are saved after', async () => {
    render(<Harness initial={workspace([open(1), open(2, 'site-a'), open(3, 'site-b/floor 2')], [1, 2])} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save changed files' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const zipped = Object.keys(unzipSync(downloads[0]?.bytes as Uint8Array));
    expect(zipped).toEqual(['site-a/2_4620data.txt', 'site-b/floor 2/3_4620data.txt']);
    await vi.waitFor(() => expect(latest().files.map(isDirty)).toEqual([false, false, false]));
    expect(latest().files.map((f) => f.folder)).toEqual([undefined, 'site-a', 'site-b/floor 2']);
    expect(said.at(-1)).toBe('Downloaded phone-backups.zip with 2 files. Unpack it where the telephones look for their backups.');
  });

  it('writes nothing and says so when no file has changed', async () => {
    render(<Harness initial={workspace([open(1), open(2)], [])} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save changed files' }));
    expect(said).toEqual(['No open file has unsaved changes: nothing was written.']);
    expect(downloads).toEqual([]);
  });

  it('writes the changed files back into the folder they came from, asking once, keeping subfolders', async () => {
    const { dir, writes, asked } = fakeFolder('granted');
    const handles = [1, 2, 3].map((n) => ({ kind: 'file', name: `${n}_4620data.txt` }) as unknown as FileSystemFileHandle);
    const folder: SaveFolder = { dir, handles: new WeakSet(handles) };
    // The third was not opened from the folder: it goes into a zip.
    render(<Harness folder={folder} initial={workspace([open(1, undefined, handles[0]), open(2, 'a/b', handles[1]), open(4, 'c')], [1, 2])} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save changed files' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(writes).toEqual({ 'a/b/2_4620data.txt': PLAIN(2).replace('ABKNAME001=Desk 2', 'ABKNAME001=Changed') });
    expect(asked()).toBe(1);
    expect(Object.keys(unzipSync(downloads[0]?.bytes as Uint8Array))).toEqual(['c/4_4620data.txt']);
    expect(said.at(-1)).toContain('1 file was written into the folder “ftp”.');
    await vi.waitFor(() => expect(latest().files.map(isDirty)).toEqual([false, false, false]));
  });

  it('says per file what failed and why, and those files stay unsaved', async () => {
    const { dir, writes } = fakeFolder('denied');
    const handle = { kind: 'file', name: '2_4620data.txt' } as unknown as FileSystemFileHandle;
    render(<Harness folder={{ dir, handles: new WeakSet([handle]) }} initial={workspace([open(1), open(2, 'a', handle)], [1])} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save changed files' }));
    expect(await screen.findByText('a/2_4620data.txt: the browser was not allowed to write into the folder.')).toBeTruthy();
    expect(writes).toEqual({});
    expect(downloads).toEqual([]);
    expect(latest().files.map(isDirty)).toEqual([false, true]);
  });

  it('refused the folder, offers the same files as a zip instead: no dead end', async () => {
    const { dir, writes } = fakeFolder('denied');
    const handles = [2, 3].map((n) => ({ kind: 'file', name: `${n}_4620data.txt` }) as unknown as FileSystemFileHandle);
    render(<Harness folder={{ dir, handles: new WeakSet(handles) }} initial={workspace([open(1), open(2, 'a', handles[0]), open(3, undefined, handles[1])], [1, 2])} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save changed files' }));
    expect(await screen.findByText('The browser was not allowed to write into the folder “ftp”. Save changed files again and allow it, or download the 2 files as a .zip instead.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Download them as a .zip' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(Object.keys(unzipSync(downloads[0]?.bytes as Uint8Array))).toEqual(['a/2_4620data.txt', '3_4620data.txt']);
    expect(writes).toEqual({});
    await vi.waitFor(() => expect(latest().files.map(isDirty)).toEqual([false, false, false]));
    expect(said.at(-1)).toBe('Downloaded phone-backups.zip with 2 files. Unpack it where the telephones look for their backups.');
    // The refusal is answered: its offer goes.
    expect(screen.queryByRole('button', { name: 'Download them as a .zip' })).toBeNull();
  });
  it('never writes a renamed file over a file of the folder that is not open: says so, and the file stays unsaved', async () => {
    // The folder holds 4711's and 4712's backups; only 4711's is open, and is given 4712's extension.
    const disk: Record<string, string> = { '4711_4620data.txt': PLAIN(4711), '4712_4620data.txt': 'PHONE 4712 BACKUP' };
    const h = { kind: 'file', name: '4711_4620data.txt' } as unknown as FileSystemFileHandle;
    let ws = workspaceReducer(emptyWorkspace, { type: 'add', files: [open(4711, undefined, h)] });
    ws = workspaceReducer(ws, { type: 'edit', uid: ws.files[0]?.uid ?? 0, action: { type: 'identify', extension: '4712' } });
    render(<Harness folder={{ dir: diskFolder(disk), handles: new WeakSet([h]) }} initial={ws} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save changed files' }));
    expect(await screen.findByText(/^4712_4620data\.txt: a different file of this name is already in the folder\./)).toBeTruthy();
    expect(disk).toEqual({ '4711_4620data.txt': PLAIN(4711), '4712_4620data.txt': 'PHONE 4712 BACKUP' });
    expect(downloads).toEqual([]);
    expect(said.at(-1)).toBe('1 file was not written, and is still unsaved:');
    expect(latest().files.map(isDirty)).toEqual([true]);
    expect(latest().files[0]?.extension).toBe('4712');
  });

  it('writes a renamed file under a name the folder does not have yet', async () => {
    const disk: Record<string, string> = { '4711_4620data.txt': PLAIN(4711) };
    const h = { kind: 'file', name: '4711_4620data.txt' } as unknown as FileSystemFileHandle;
    let ws = workspaceReducer(emptyWorkspace, { type: 'add', files: [open(4711, undefined, h)] });
    ws = workspaceReducer(ws, { type: 'edit', uid: ws.files[0]?.uid ?? 0, action: { type: 'identify', extension: '4799' } });
    render(<Harness folder={{ dir: diskFolder(disk), handles: new WeakSet([h]) }} initial={ws} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save changed files' }));
    await vi.waitFor(() => expect(latest().files.map(isDirty)).toEqual([false]));
    expect(Object.keys(disk)).toEqual(['4711_4620data.txt', '4799_4620data.txt']);
    expect(latest().files[0]?.extension).toBe('4799');
  });
  it('keeps an extension typed while the folder write goes on, and the file stays unsaved', async () => {
    let release: (() => void) | undefined;
    const gate = new Promise<void>((r) => (release = r));
    const disk: Record<string, string> = {};
    const h = { kind: 'file', name: '4711_4620data.txt' } as unknown as FileSystemFileHandle;
    const ws = workspace([open(4711, undefined, h)], [0]);
    const uid = ws.files[0]?.uid ?? 0;
    render(<Harness folder={{ dir: diskFolder(disk, gate), handles: new WeakSet([h]) }} initial={ws} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save changed files' }));
    // The page stays usable while the save writes: the user renumbers the phone.
    act(() => dispatches.at(-1)?.({ type: 'edit', uid, action: { type: 'identify', extension: '4799' } }));
    await act(async () => release?.());
    await vi.waitFor(() => expect(said.at(-1)).toContain('1 file was written into the folder “ftp”.'));
    expect(Object.keys(disk)).toEqual(['4711_4620data.txt']);
    const f = latest().files[0] as OpenFile;
    expect(f.extension).toBe('4799');
    expect(saveName(f)).toBe('4799_4620data.txt');
    expect(isDirty(f)).toBe(true);
  });
});
