import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseText, serializeText } from '../format/document.ts';
import { isDirty, newFile, openBytes, type OpenFile } from '../session/open-file.ts';
import { encodeUtf8 } from '../format/text-codec.ts';
import { valuesAction } from '../session/test-actions.ts';
import { editorReducer } from '../session/open-file.ts';
import { valuesOf } from '../model/values.ts';
import { App } from './app.tsx';
import { createStore, entries } from 'idb-keyval';
import { DRAFT_BATCH, DRAFT_MAX_WAIT_MS, DRAFT_PAUSE_MS, LARGE_DRAFT_LINES, beginVisit, draftWriteDelay, clearDrafts, findLeftDrafts, forgetDrafts, readDrafts, rescueDrafts, restoreDrafts, restoreWithFolder, together, writeDrafts } from '../session/drafts.ts';
import type { SaveFolder } from '../session/save-fleet.ts';
import { ErrorBoundary } from './error-boundary.tsx';

afterEach(async () => {
  cleanup();
  await clearDrafts();
});

function editedFile(extension = '4001') {
  const file = { ...newFile(extension, '4610SW', 'sip'), sourceName: `${extension}_4610data_sip.txt` };
  const values = valuesOf(file.doc, file.model);
  values.settings.contrast = '7';
  return editorReducer(file, valuesAction(file, values));
}

/** The page with the sample open and its Contrast typed over with 12: an unsaved edit of this visit. */
async function sampleWithContrast12() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getAllByRole('button', { name: 'Try a sample' })[0] as HTMLElement);
  const contrast = await screen.findByLabelText<HTMLInputElement>('Contrast');
  await user.clear(contrast);
  await user.type(contrast, '12');
  return user;
}

/** Every file's record in the drafts' store, of any tab and visit: what the page has kept so far. */
async function storedFiles(): Promise<{ sourceName: string | null; text: string }[]> {
  return (await entries<string, { sourceName: string | null; text: string }>(createStore('avaya4600-editor', 'drafts'))).map(([, v]) => v);
}

/** The text kept of the first file in the store. */
const kept = async (): Promise<string> => (await storedFiles())[0]?.text ?? '';

/** Runs `write` with the browser's storage full: every record put is refused with a QuotaExceededError. */
async function withStoreFull<T>(write: () => Promise<T>): Promise<T> {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  try {
    return await write();
  } finally {
    IDBObjectStore.prototype.put = put;
  }
}

/** What a reload of the page would be offered (this tab's drafts of earlier visits). */
async function offeredAfterReload() {
  beginVisit();
  return readDrafts();
}

describe('drafts', () => {
  it('keeps only files with unsaved changes, in IndexedDB, and restores them as they were, subfolder included', async () => {
    const edited = { ...editedFile(), uid: 2, folder: 'site-a' };
    expect(await writeDrafts([{ ...newFile('4002', '4620SW', 'h323'), uid: 1 }, edited], 1234)).toBe('kept');
    expect(window.localStorage.length).toBe(0);
    const draft = await offeredAfterReload();
    expect(draft?.savedAt).toBe(1234);
    expect(draft?.files).toHaveLength(1);
    const [restored] = restoreDrafts(draft ?? { files: [] });
    expect(restored?.model).toBe('4610SW');
    expect(restored?.protocol).toBe('sip');
    expect(restored?.folder).toBe('site-a');
    expect(restored && serializeText(restored.doc)).toBe('\r\nContrast=7\r\n');
    expect(restored && serializeText(restored.savedDoc)).toBe('\r\n');
  });

  it('forgets a file’s draft once it is saved or closed, and does not write an unchanged file again', async () => {
    const a = { ...editedFile('4001'), uid: 1 };
    const b = { ...editedFile('4002'), uid: 2 };
    await writeDrafts([a, b]);
    await writeDrafts([a]);
    expect((await offeredAfterReload())?.files.map((f) => f.extension)).toEqual(['4001']);
    await writeDrafts([{ ...newFile('4002', '4620SW', 'h323'), uid: 1 }]);
    beginVisit();
    await writeDrafts([]);
    expect((await offeredAfterReload())?.files.map((f) => f.extension)).toEqual(['4001']);
  });

  it('a file saved just before a reload is not offered back, though only the closing page could say it was saved', async () => {
    const a = { ...editedFile('4001'), uid: 1 };
    await writeDrafts([a]);
    // Saved, then another file edited, and the page reloaded before IndexedDB was written again.
    const saved = { ...a, savedDoc: a.doc };
    const b = { ...editedFile('4002'), uid: 2 };
    rescueDrafts([saved, b]);
    expect((await offeredAfterReload())?.files.map((f) => f.extension)).toEqual(['4002']);
    // And once forgotten, it stays forgotten: the rescue is not applied twice.
    expect((await offeredAfterReload())?.files.map((f) => f.extension)).toEqual(['4002']);
  });

  it('a rename not yet saved comes back unsaved after a reload, and is kept again (not forgotten as saved)', async () => {
    const opened = openBytes(encodeUtf8('\r\nABKNAME001=Desk\r\nABKNUMBER001=200\r\n'), '4711_4620data.txt', null);
    if (!opened.ok) throw new Error('fixture');
    // Only the extension changed: the text is as loaded, the name Save writes is not.
    const renamed = editorReducer({ ...opened.value, uid: 1 }, { type: 'identify', extension: '4712' });
    expect(await writeDrafts([renamed])).toBe('kept');
    const draft = await offeredAfterReload();
    const [back] = restoreDrafts(draft ?? { files: [] });
    expect(back?.extension).toBe('4712');
    expect(back?.savedIdentity).toBe(renamed.savedIdentity);
    expect(back && isDirty(back)).toBe(true);
    // Restored, it is kept as this visit's draft (not taken for saved and left out), then the old record is forgotten.
    expect(await writeDrafts([{ ...(back as OpenFile), uid: 1 }])).toBe('kept');
    await forgetDrafts(draft ?? { keys: [] });
    expect((await offeredAfterReload())?.files.map((f) => f.extension)).toEqual(['4712']);
  });

  it('a draft kept before the saved name was recorded restores with the name it has taken as saved', () => {
    const [back] = restoreDrafts({ files: [{ sourceName: '4001_4610data_sip.txt', extension: '4001', model: '4610SW', protocol: 'sip', text: '\r\nContrast=7\r\n', savedText: '\r\n', decoded: null }] });
    expect(back?.savedIdentity).toBe('4610|sip|4001');
    expect(back && isDirty({ ...back, doc: back.savedDoc })).toBe(false);
  });

  it('restored files come back in the order they were open, and Restore shows the one edited last', async () => {
    const files = Array.from({ length: 12 }, (_, i) => ({ ...editedFile(String(4001 + i)), uid: i + 1 }));
    await writeDrafts(files, 100);
    const third = files[2] as OpenFile;
    const again = editorReducer(third, valuesAction(third, { ...valuesOf(third.doc, third.model), settings: { ...valuesOf(third.doc, third.model).settings, contrast: '9' } }));
    await writeDrafts(files.map((f) => (f === third ? again : f)), 200);
    const draft = await offeredAfterReload();
    expect(draft?.files.map((f) => f.extension)).toEqual(files.map((f) => f.extension));
    expect(draft?.last).toBe(2);
    beginVisit();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Restore edits' }));
    // Twelve files open: the fleet's table loads, then the editor of the file shown.
    expect((await screen.findByLabelText<HTMLInputElement>('Contrast', undefined, { timeout: 5000 })).value).toBe('9');
    expect(screen.getByLabelText<HTMLInputElement>('Extension').value).toBe('4003');
  });

  it('keeps hundreds of unsaved files through a reload', async () => {
    const files = Array.from({ length: 300 }, (_, i) => ({ ...editedFile(String(5000 + i)), uid: i + 1 }));
    expect(await writeDrafts(files)).toBe('kept');
    const draft = await offeredAfterReload();
    expect(draft?.files).toHaveLength(300);
    expect(new Set(draft?.files.map((f) => f.extension)).size).toBe(300);
  });

  it('writes many files in batches, each its own transaction, so the page is not held while IndexedDB copies them all', async () => {
    const files = Array.from({ length: 2 * DRAFT_BATCH + 50 }, (_, i) => ({ ...editedFile(String(6000 + i)), uid: i + 1 }));
    const transaction = IDBDatabase.prototype.transaction;
    const writes: number[] = [];
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = transaction.apply(this, args);
      if (args[1] === 'readwrite') {
        writes.push(0);
        const put = tx.objectStore.bind(tx);
        tx.objectStore = (name: string) => {
          const store = put(name);
          const one = store.put.bind(store);
          store.put = (...a: Parameters<IDBObjectStore['put']>) => ((writes[writes.length - 1] = (writes.at(-1) ?? 0) + 1), one(...a));
          return store;
        };
      }
      return tx;
    } as IDBDatabase['transaction'];
    try {
      expect(await writeDrafts(files)).toBe('kept');
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }
    expect(writes).toEqual([DRAFT_BATCH, DRAFT_BATCH, 50]);
    expect((await offeredAfterReload())?.files).toHaveLength(2 * DRAFT_BATCH + 50);
  });

  it('says plainly when the browser\'s storage is full, and keeps nothing silently', async () => {
    expect(await withStoreFull(() => writeDrafts([{ ...editedFile(), uid: 1 }]))).toBe('full');
    // Once there is room again, the same file is written (it was not taken as kept).
    expect(await writeDrafts([{ ...editedFile(), uid: 1 }])).toBe('kept');
  });

  it('with the store full, a file closed since the last write is still forgotten: it is not offered back after a reload', async () => {
    const a = { ...editedFile('4001'), uid: 1 };
    const b = { ...editedFile('4002'), uid: 2 };
    expect(await writeDrafts([a, b])).toBe('kept');
    // b closed (its edits thrown away), a typed on, and the store is full.
    const a2 = { ...a, doc: parseText('\r\nContrast=8\r\n') };
    expect(await withStoreFull(() => writeDrafts([a2]))).toBe('full');
    // a's last write that went through is still kept; b is gone.
    expect((await storedFiles()).map((f) => f.text)).toEqual(['\r\nContrast=7\r\n']);
    // With room again, a's new edits are written, and b is not deleted a second time nor written again.
    expect(await writeDrafts([a2])).toBe('kept');
    expect((await offeredAfterReload())?.files.map((f) => f.text)).toEqual(['\r\nContrast=8\r\n']);
  });

  it('edits made while an earlier draft waits for an answer are kept beside it, not over it', async () => {
    await writeDrafts([{ ...editedFile(), uid: 1 }], 1234);
    beginVisit();
    // The user leaves the question waiting and works on something else.
    await sampleWithContrast12();
    expect(await screen.findByRole('button', { name: 'Restore edits' })).toBeTruthy();
    // Drafts are written a moment after the typing: wait for the one with the whole value.
    await waitFor(async () => expect((await storedFiles()).find((f) => f.sourceName === '4711_4620data.txt')?.text).toContain('Contrast=12'), { timeout: 5000 });
    expect(new Set((await storedFiles()).map((f) => f.sourceName))).toEqual(new Set(['4001_4610data_sip.txt', '4711_4620data.txt']));
    expect((await storedFiles()).find((f) => f.sourceName === '4001_4610data_sip.txt')?.text).toBe('\r\nContrast=7\r\n');
  });

  it('each tab keeps its own drafts; another tab’s are offered only once that tab is gone (it holds no lock)', async () => {
    await writeDrafts([{ ...editedFile(), uid: 1 }], 1234);
    // Another tab's draft, from before IndexedDB (localStorage): moved in on the next read.
    const other = 'avaya4600-editor:drafts:v2:other-tab';
    window.localStorage.setItem(other, JSON.stringify({ savedAt: 99, files: [{ sourceName: 'x_4620data.txt', extension: 'x', model: '4620', protocol: 'h323', text: '\r\nContrast=3\r\n', savedText: '\r\n', decoded: null }] }));
    // This tab's own: without the other tab's.
    expect((await offeredAfterReload())?.files.map((f) => f.sourceName)).toEqual(['4001_4610data_sip.txt']);
    expect(window.localStorage.getItem(other)).toBeNull();
    const held: { name: string }[] = [{ name: 'avaya4600-editor:tab:other-tab' }];
    const locks = { request: () => new Promise(() => undefined), query: () => Promise.resolve({ held }) };
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    try {
      // The other tab is still open: its drafts are its own business.
      expect(await findLeftDrafts()).toBeNull();
      held.length = 0;
      const left = await findLeftDrafts();
      expect(left?.files.map((f) => f.sourceName)).toEqual(['x_4620data.txt']);
      const both = together(await readDrafts(), left);
      expect(both?.files.map((f) => f.sourceName)).toEqual(['4001_4610data_sip.txt', 'x_4620data.txt']);
      expect(both?.savedAt).toBe(1234);
      await forgetDrafts(both as NonNullable<typeof both>);
      expect(await readDrafts()).toBeNull();
      expect(await findLeftDrafts()).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'locks');
    }
  });

  it('a draft kept in localStorage before IndexedDB is moved into it once, and offered as this tab’s', async () => {
    window.localStorage.setItem('avaya4600-editor:drafts:v1', JSON.stringify({ savedAt: 1234, files: [{ sourceName: '4001_4610data_sip.txt', extension: '4001', model: '4610SW', protocol: 'sip', text: '\r\nContrast=7\r\n', savedText: '\r\n', decoded: null }] }));
    const draft = await readDrafts();
    expect(draft?.savedAt).toBe(1234);
    expect(draft?.files.map((f) => f.text)).toEqual(['\r\nContrast=7\r\n']);
    expect(window.localStorage.getItem('avaya4600-editor:drafts:v1')).toBeNull();
    // Moved, not copied: read again, it is there once.
    expect((await readDrafts())?.files).toHaveLength(1);
  });

  it('Discard forgets the waiting draft but keeps this visit’s own edits', async () => {
    await writeDrafts([{ ...editedFile(), uid: 1 }], 1234);
    beginVisit();
    const user = await sampleWithContrast12();
    await user.click(await screen.findByRole('button', { name: 'Discard them' }));
    await waitFor(async () => expect((await storedFiles()).map((f) => f.sourceName)).toEqual(['4711_4620data.txt']), { timeout: 3000 });
    expect((await storedFiles())[0]?.text).toContain('Contrast=12');
  });

  it('ignores a damaged draft', async () => {
    window.localStorage.setItem('avaya4600-editor:drafts:v1', '{not json');
    expect(await readDrafts()).toBeNull();
  });

  it('the page keeps edits as the user types: soon after, even while typing goes on, and at once when it is closed', { timeout: 30_000 }, async () => {
    const user = await sampleWithContrast12();
    await waitFor(async () => expect(await kept()).toContain('Contrast=12'), { timeout: 3000 });
    // Typing that never pauses is kept too: a write is due within a second of the first key, not after the last.
    const label = screen.getByLabelText<HTMLInputElement>('Speed dial 1 label');
    let keptAtKey = -1;
    for (let key = 0; key < 40; key++) {
      await user.type(label, 'x');
      await new Promise((r) => setTimeout(r, 30));
      if ((await kept()).includes('ABKNAME001=Receptionx')) {
        keptAtKey = key;
        break;
      }
    }
    expect(keptAtKey).toBeGreaterThanOrEqual(0);
    expect(keptAtKey).toBeLessThan(39);
    // Closing the page (or a reload) keeps the last key at once, in localStorage, moved to IndexedDB on the next start.
    await user.type(screen.getByLabelText('Contrast'), '4');
    fireEvent(window, new Event('pagehide'));
    expect(Object.keys(window.localStorage).some((k) => k.startsWith('avaya4600-editor:drafts:rescue:'))).toBe(true);
    expect((await offeredAfterReload())?.files[0]?.text).toContain('Contrast=124\r');
  });

  it('after a slow write (a large file), the next waits for a pause in typing, and never longer than its limit', () => {
    const files = [editedFile()];
    // Quick writes go as soon as the browser is idle.
    expect(draftWriteDelay(files, 2, 5000, 5000)).toBe(0);
    // A slow one waits for a pause: each key puts it off again (the page clears the waiting timer on each edit)…
    expect(draftWriteDelay(files, 60, 5000, 5000)).toBe(DRAFT_PAUSE_MS);
    // …until the first edit not yet kept is DRAFT_MAX_WAIT_MS old: typing that never pauses is kept all the same.
    expect(draftWriteDelay(files, 60, 5000 + DRAFT_MAX_WAIT_MS - 300, 5000)).toBe(300);
    expect(draftWriteDelay(files, 60, 5000 + DRAFT_MAX_WAIT_MS + 50, 5000)).toBe(1);
    // A file of many lines is slow to keep, even after a quick write (one that had nothing to keep, say); a backup
    // of the usual size is quick before any write has told.
    const big = { ...files[0] as OpenFile, doc: parseText('A=1\r\n'.repeat(LARGE_DRAFT_LINES + 1)) };
    expect(draftWriteDelay([big], null, 5000, 5000)).toBe(DRAFT_PAUSE_MS);
    expect(draftWriteDelay([big], 1, 5000, 5000)).toBe(DRAFT_PAUSE_MS);
    expect(draftWriteDelay(files, null, 5000, 5000)).toBe(0);
  });

  it('the page offers the draft back after a reload', async () => {
    await writeDrafts([{ ...editedFile(), uid: 1 }]);
    beginVisit();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Restore edits' }));
    expect(screen.getByLabelText<HTMLInputElement>('Contrast').value).toBe('7');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });
});

/**
 * Stand-ins for the File System Access API's handles. IndexedDB keeps a real one by structured clone (Chromium);
 * these plain objects clone too (as plain objects, which is what is compared), while one with a method does not
 * (a DataCloneError), as a browser that cannot keep a handle refuses it. e2e/handles.spec.ts saves through real ones.
 */
const fileHandle = (name: string) => ({ kind: 'file', name }) as unknown as FileSystemFileHandle;
const dirHandle = (name: string) => ({ kind: 'directory', name }) as unknown as FileSystemDirectoryHandle;

/** An edited file read through `handle`, from `folder` (a subfolder), as an open folder's file is. */
const fromHandle = (uid: number, extension: string, handle: FileSystemFileHandle | null, folder?: string): OpenFile => ({ ...editedFile(extension), uid, handle, ...(folder ? { folder } : {}) });

/** The records in the store that keep a folder's directory handle. */
const folderRecords = async () => (await entries<string, unknown>(createStore('avaya4600-editor', 'drafts'))).filter(([k]) => k.includes('|dir:'));

describe('drafts keep the files’ handles, so restored files are saved where they came from', () => {
  it('each file keeps its handle, and a folder’s directory handle is kept once for all its files', async () => {
    const a = fileHandle('4001_4610data_sip.txt');
    const b = fileHandle('4002_4610data_sip.txt');
    const single = fileHandle('4003_4610data_sip.txt');
    const folder: SaveFolder = { dir: dirHandle('ftp'), handles: new WeakSet([a, b]) };
    const files = [fromHandle(1, '4001', a), fromHandle(2, '4002', b, 'site-a'), fromHandle(3, '4003', single), fromHandle(4, '4004', null)];
    expect(await writeDrafts(files, 10, folder)).toBe('kept');
    // One record for the folder, named by its two files; the others name none.
    expect(await folderRecords()).toHaveLength(1);
    const [[dirKey]] = (await folderRecords()) as [[string, unknown]];
    const stored = await entries<string, { dir?: string }>(createStore('avaya4600-editor', 'drafts'));
    expect(stored.filter(([, v]) => v.dir === dirKey)).toHaveLength(2);
    // Written again (a file edited once more), the folder is not written a second time.
    await writeDrafts([{ ...files[0] as OpenFile, doc: parseText('\r\nContrast=8\r\n') }, ...files.slice(1)], 11, folder);
    expect(await folderRecords()).toHaveLength(1);

    const draft = await offeredAfterReload();
    expect(draft?.folders).toEqual({ [dirKey]: { kind: 'directory', name: 'ftp' } });
    const restored = restoreWithFolder(draft as NonNullable<typeof draft>);
    expect(restored.files.map((f) => f.handle)).toEqual([{ kind: 'file', name: '4001_4610data_sip.txt' }, { kind: 'file', name: '4002_4610data_sip.txt' }, { kind: 'file', name: '4003_4610data_sip.txt' }, null]);
    expect(restored.files[1]?.folder).toBe('site-a');
    // The folder comes back with the handles of its two files (the very objects the restored files hold).
    expect(restored.folder?.dir).toEqual({ kind: 'directory', name: 'ftp' });
    expect(restored.files.map((f) => f.handle !== null && restored.folder?.handles.has(f.handle))).toEqual([true, true, false, false]);
    expect(restored.show).toBe(0);
    // Answered, the folder's record is forgotten with its files'.
    await forgetDrafts(draft as NonNullable<typeof draft>);
    expect(await folderRecords()).toHaveLength(0);
  });

  it('the folder’s record is forgotten once none of its files is unsaved', async () => {
    const a = fileHandle('4001_4610data_sip.txt');
    const folder: SaveFolder = { dir: dirHandle('ftp'), handles: new WeakSet([a]) };
    const file = fromHandle(1, '4001', a);
    await writeDrafts([file], 10, folder);
    expect(await folderRecords()).toHaveLength(1);
    await writeDrafts([{ ...file, savedDoc: file.doc }], 11, folder);
    expect(await folderRecords()).toHaveLength(0);
    expect(await offeredAfterReload()).toBeNull();
  });

  it('a write that found the store full does not take the folder’s record for written: the next write keeps it', async () => {
    const a = fileHandle('4001_4610data_sip.txt');
    const folder: SaveFolder = { dir: dirHandle('ftp'), handles: new WeakSet([a]) };
    const file = fromHandle(1, '4001', a);
    expect(await withStoreFull(() => writeDrafts([file], 10, folder))).toBe('full');
    expect(await folderRecords()).toHaveLength(0);
    // Room again: the file's record and its folder's are written together.
    expect(await writeDrafts([file], 11, folder)).toBe('kept');
    expect(await folderRecords()).toHaveLength(1);
    const restored = restoreWithFolder((await offeredAfterReload()) as NonNullable<Awaited<ReturnType<typeof readDrafts>>>);
    expect(restored.folder?.dir).toEqual({ kind: 'directory', name: 'ftp' });
    expect(restored.files[0]?.handle && restored.folder?.handles.has(restored.files[0].handle)).toBe(true);
  });

  it('a folder’s record is kept while a file’s write that found the store full may still name it', async () => {
    const a = fileHandle('4001_4610data_sip.txt');
    const b = fileHandle('4002_4610data_sip.txt');
    const folder: SaveFolder = { dir: dirHandle('ftp'), handles: new WeakSet([a, b]) };
    const fa = fromHandle(1, '4001', a);
    const fb = fromHandle(2, '4002', b);
    expect(await writeDrafts([fa, fb], 10, folder)).toBe('kept');
    // b closed; a, typed on, is now kept without the folder (its handle no longer among the folder's), and the store is full.
    const a2 = { ...fa, doc: parseText('\r\nContrast=8\r\n') };
    expect(await withStoreFull(() => writeDrafts([a2], 11, { ...folder, handles: new WeakSet() }))).toBe('full');
    // a's record in the store still names the folder: its record stays.
    expect(await folderRecords()).toHaveLength(1);
    expect(restoreWithFolder((await offeredAfterReload()) as NonNullable<Awaited<ReturnType<typeof readDrafts>>>).folder?.dir).toEqual({ kind: 'directory', name: 'ftp' });
  });

  it('a folder’s record left without files (the page closed before it forgot it) is forgotten on the next start', async () => {
    const a = fileHandle('4001_4610data_sip.txt');
    const folder: SaveFolder = { dir: dirHandle('ftp'), handles: new WeakSet([a]) };
    const file = fromHandle(1, '4001', a);
    await writeDrafts([file], 10, folder);
    // Saved, and the closing page's rescue forgot the file's record: the folder's is left.
    rescueDrafts([{ ...file, savedDoc: file.doc }]);
    expect(await offeredAfterReload()).toBeNull();
    await waitFor(async () => expect(await folderRecords()).toHaveLength(0));
  });

  it('a browser that cannot keep a handle in IndexedDB (a DataCloneError) keeps the draft without it', async () => {
    // Not cloneable, as a handle is not where the browser cannot keep one.
    const odd = { kind: 'file', name: '4001_4610data_sip.txt', getFile: () => undefined } as unknown as FileSystemFileHandle;
    const folder: SaveFolder = { dir: { kind: 'directory', name: 'ftp', entries: () => undefined } as unknown as FileSystemDirectoryHandle, handles: new WeakSet([odd]) };
    expect(await writeDrafts([fromHandle(1, '4001', odd), fromHandle(2, '4002', fileHandle('4002_4610data_sip.txt'))], 10, folder)).toBe('kept');
    const draft = await offeredAfterReload();
    expect(draft?.files.map((f) => f.text)).toEqual(['\r\nContrast=7\r\n', '\r\nContrast=7\r\n']);
    const restored = restoreWithFolder(draft as NonNullable<typeof draft>);
    expect(restored.files.map((f) => f.handle)).toEqual([null, null]);
    expect(restored.folder).toBeNull();
    expect(await folderRecords()).toHaveLength(0);
  });

  it('a closing page’s rescue (JSON, no handles) keeps the handle of the record it overrides; a file first kept by it has none', async () => {
    const a = fileHandle('4001_4610data_sip.txt');
    const folder: SaveFolder = { dir: dirHandle('ftp'), handles: new WeakSet([a]) };
    const file = fromHandle(1, '4001', a);
    await writeDrafts([file], 10, folder);
    // Edited again, and another file edited for the first time, just before a reload: only the rescue has them.
    const again = { ...file, doc: parseText('\r\nContrast=2\r\n') };
    const other = fromHandle(2, '4002', fileHandle('4002_4610data_sip.txt'));
    rescueDrafts([again, other]);
    const json = Object.entries(window.localStorage).find(([k]) => k.startsWith('avaya4600-editor:drafts:rescue:'))?.[1] ?? '';
    expect(json).not.toContain('"handle"');
    const draft = await offeredAfterReload();
    const restored = restoreWithFolder(draft as NonNullable<typeof draft>);
    expect(restored.files.map((f) => serializeText(f.doc))).toEqual(['\r\nContrast=2\r\n', '\r\nContrast=7\r\n']);
    expect(restored.files.map((f) => f.handle)).toEqual([{ kind: 'file', name: '4001_4610data_sip.txt' }, null]);
    expect(restored.folder?.dir).toEqual({ kind: 'directory', name: 'ftp' });
    expect(restored.files[0]?.handle && restored.folder?.handles.has(restored.files[0].handle)).toBe(true);
  });

  it('restored while the same folder is open, its files join it; while another is, that one stays the folder', async () => {
    const a = fileHandle('4001_4610data_sip.txt');
    await writeDrafts([fromHandle(1, '4001', a)], 10, { dir: dirHandle('ftp'), handles: new WeakSet([a]) });
    const draft = (await offeredAfterReload()) as NonNullable<Awaited<ReturnType<typeof readDrafts>>>;
    const asked: string[] = [];
    const open = (name: string): SaveFolder => ({
      dir: { kind: 'directory', name, isSameEntry: (other: { name: string }) => (asked.push(name), Promise.resolve(other.name === name)) } as unknown as FileSystemDirectoryHandle,
      handles: new WeakSet(),
    });
    const ftp = open('ftp');
    const restored = restoreWithFolder(draft, ftp);
    expect(restored.folder).toBe(ftp);
    await waitFor(() => expect(restored.files[0]?.handle && ftp.handles.has(restored.files[0].handle)).toBe(true));
    const elsewhere = open('elsewhere');
    const other = restoreWithFolder(draft, elsewhere);
    expect(other.folder).toBe(elsewhere);
    await waitFor(() => expect(asked).toEqual(['ftp', 'elsewhere']));
    expect(other.files[0]?.handle && elsewhere.handles.has(other.files[0].handle)).toBe(false);
  });

  it('what JSON made of a handle is not taken for one (a rescue or a draft from localStorage)', async () => {
    window.localStorage.setItem('avaya4600-editor:drafts:v1', JSON.stringify({ savedAt: 1, files: [{ sourceName: '4001_4610data_sip.txt', extension: '4001', model: '4610SW', protocol: 'sip', text: '\r\nContrast=7\r\n', savedText: '\r\n', decoded: null, handle: {}, dir: 'x|y|dir:1' }] }));
    const [restored] = restoreWithFolder((await readDrafts()) as NonNullable<Awaited<ReturnType<typeof readDrafts>>>).files;
    expect(restored?.handle).toBeNull();
    expect(serializeText(restored?.doc ?? parseText(''))).toBe('\r\nContrast=7\r\n');
  });
});

function Boom(): never {
  throw new Error('kaboom');
}

describe('error boundary', () => {
  it('shows what happened and a way back instead of a blank page', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      render(
        <ErrorBoundary onRescue={() => {}}>
          <Boom />
        </ErrorBoundary>,
      );
      expect(screen.getByRole('heading', { name: 'Something went wrong in the editor' })).toBeTruthy();
      expect(screen.getByText('Details: kaboom')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Download the file as it is' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Back to the editor' })).toBeTruthy();
    } finally {
      console.error = original;
    }
  });
});
