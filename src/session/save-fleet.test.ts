import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { editorReducer, openBytes, type OpenFile } from './open-file.ts';
import { prepareSave } from './save.ts';
import { writeFleet, type ReadyFile } from './save-fleet.ts';

function open(n: number, folder: string, handle: FileSystemFileHandle | null = null): OpenFile {
  const r = openBytes(encodeUtf8(`\r\nABKNAME001=Desk ${n}\r\n`), `${n}_4620data.txt`, handle, folder);
  if (!r.ok) throw new Error('the fixture does not open');
  return { ...r.value, uid: n };
}

/** The file as saved earlier with Save as under `name`, made ready for the next save. */
function savedAs(file: OpenFile, name: string): ReadyFile {
  const f = editorReducer(file, { type: 'saved', name, handle: file.handle, doc: file.doc, parts: file });
  const p = prepareSave(f, 'keep');
  if (!p.ok) throw new Error('not prepared');
  return { file: f, ...p.value };
}

describe('writeFleet: paths that are not a file’s', () => {
  it('a name ".." (or ".") is written into no zip: said as not written, and the other files go on', async () => {
    const bad = savedAs(open(4711, 'site-a'), '..');
    const dot = savedAs(open(4713, 'site-a'), '.');
    const good = savedAs(open(4712, 'site-a'), '4712_4620data.txt');
    const res = await writeFleet([bad, dot, good], null);
    expect(Object.keys(unzipSync(res.zip as Uint8Array))).toEqual(['site-a/4712_4620data.txt']);
    expect(res.failed).toEqual([
      { uid: 4711, path: 'site-a/..', reason: { kind: 'bad-name' } },
      { uid: 4713, path: 'site-a/.', reason: { kind: 'bad-name' } },
    ]);
    expect(res.written.map((w) => w.uid)).toEqual([4712]);
  });

  it('nor into the folder it came from: nothing there is asked for', async () => {
    const getFileHandle = vi.fn<(name: string) => Promise<FileSystemFileHandle>>();
    const dir = { kind: 'directory', name: 'ftp', queryPermission: () => Promise.resolve('granted'), getDirectoryHandle: () => Promise.resolve(dir), getFileHandle } as unknown as FileSystemDirectoryHandle;
    const h = { kind: 'file', name: '4711_4620data.txt' } as unknown as FileSystemFileHandle;
    const res = await writeFleet([savedAs(open(4711, 'site-a', h), '..')], { dir, handles: new WeakSet([h]) });
    expect(getFileHandle).not.toHaveBeenCalled();
    expect(res).toEqual({ written: [], failed: [{ uid: 4711, path: 'site-a/..', reason: { kind: 'bad-name' } }], zip: null });
  });
});
