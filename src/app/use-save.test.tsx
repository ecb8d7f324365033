import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { openBytes, type OpenFile } from '../session/open-file.ts';
import type * as FileIo from '../file-io/file-io.ts';
import type { EditorAction } from '../session/open-file.ts';
import { useSave } from './use-save.ts';
import { loadFormWords } from '../i18n/i18n.ts';
import type { Target } from '../model/problems.ts';

const answers = vi.hoisted(() => ({ kind: 'cancelled' as 'cancelled' | 'downloaded' }));
const downloads = vi.hoisted(() => [] as string[]);
vi.mock('../file-io/file-io.ts', async (original) => ({
  ...(await original<typeof FileIo>()),
  // Save as's system dialog, answered as the test says; no download happens in jsdom.
  saveAs: async (_bytes: Uint8Array, name: string) => ({ outcome: answers.kind === 'cancelled' ? { kind: 'cancelled' } : { kind: 'downloaded', name }, handle: null }),
  download: (_bytes: Uint8Array, name: string) => (downloads.push(name), { kind: 'downloaded', name }),
}));

function open(text: string): OpenFile {
  const r = openBytes(encodeUtf8(text), '4711_4620data.txt', null);
  if (!r.ok) throw new Error('did not open');
  return r.value;
}

describe('useSave: removing password-like lines', () => {
  const file = open('\r\nContrast=9\r\nFTP Password=hunter2\r\n');
  const secret = file.doc.lines.find((l) => l.text.startsWith('FTP Password'))?.id;

  it('takes them out of the open file only when Save as goes ahead, not when its dialog is cancelled', async () => {
    const dispatch = vi.fn<(action: EditorAction) => void>();
    const { result } = renderHook(() => useSave(file, dispatch, () => undefined, () => undefined, () => undefined));
    answers.kind = 'cancelled';
    await act(() => result.current.save('remove', 'clean.txt'));
    expect(dispatch).not.toHaveBeenCalled();
    answers.kind = 'downloaded';
    await act(() => result.current.save('remove', 'clean.txt'));
    expect(dispatch.mock.calls.map(([a]) => a.type)).toEqual(['remove-lines', 'saved']);
    expect(dispatch.mock.calls[0]?.[0]).toMatchObject({ lineIds: [secret] });
    expect(dispatch.mock.calls[1]?.[0]).toMatchObject({ name: 'clean.txt' });
  });

  it('asks first when told to ask, and Save (no dialog to cancel) removes them and saves', async () => {
    const dispatch = vi.fn<(action: EditorAction) => void>();
    const { result } = renderHook(() => useSave(file, dispatch, () => undefined, () => undefined, () => undefined));
    await act(() => result.current.save());
    expect(result.current.asked).toEqual({ as: undefined });
    expect(dispatch).not.toHaveBeenCalled();
    await act(async () => result.current.answer('remove'));
    await vi.waitFor(() => expect(dispatch.mock.calls.map(([a]) => a.type)).toEqual(['remove-lines', 'saved']));
  });
});

describe('useSave: errors are asked about first', () => {
  const file = open('\r\nContrast=99\r\nABKNAME01=Desk\r\nABKNUMBER01=12ab34\r\n');

  it('lists the errors and saves nothing until the answer; Save anyway saves, Go to takes the user to the first', async () => {
    const dispatch = vi.fn<(action: EditorAction) => void>();
    const goTo = vi.fn<(uid: number, target: Target) => void>();
    const { result } = renderHook(() => useSave(file, dispatch, () => undefined, () => undefined, goTo));
    await act(() => result.current.save());
    expect(dispatch).not.toHaveBeenCalled();
    expect(result.current.errorsAsked?.canSave).toBe(true);
    expect(result.current.errorsAsked?.errors.map((p) => p.target)).toEqual([
      { kind: 'setting', id: 'contrast' },
      { kind: 'list', list: 'speedDial', index: 1, field: 'number' },
    ]);
    const first = result.current.errorsAsked?.errors[0];
    act(() => result.current.answerErrors('go'));
    expect(goTo).toHaveBeenCalledWith(file.uid, first?.target);
    expect(result.current.errorsAsked).toBeNull();
    expect(dispatch).not.toHaveBeenCalled();

    await act(() => result.current.save());
    await act(async () => result.current.answerErrors('save'));
    await vi.waitFor(() => expect(dispatch.mock.calls.map(([a]) => a.type)).toEqual(['saved']));
    expect(dispatch.mock.calls[0]?.[0]).toMatchObject({ name: '4711_4620data.txt' });
  });

  it('offers no Save anyway when the extension cannot make a name, and Cancel saves nothing', async () => {
    const dispatch = vi.fn<(action: EditorAction) => void>();
    const { result } = renderHook(() => useSave({ ...file, extension: '47a' }, dispatch, () => undefined, () => undefined, () => undefined));
    await act(() => result.current.save());
    expect(result.current.errorsAsked?.canSave).toBe(false);
    expect(result.current.errorsAsked?.errors[0]?.id).toBe('extension-bad');
    await act(async () => result.current.answerErrors('save'));
    act(() => result.current.answerErrors('cancel'));
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('a file without errors is saved at once, and the notice says where it went and what to do next', async () => {
    const dispatch = vi.fn<(action: EditorAction) => void>();
    const notices: string[] = [];
    const clean = open('\r\nContrast=9\r\n');
    const { result } = renderHook(() => useSave(clean, dispatch, () => undefined, (say) => void (say && notices.push(say())), () => undefined));
    await act(() => result.current.save());
    expect(result.current.errorsAsked).toBeNull();
    expect(dispatch.mock.calls.map(([a]) => a.type)).toEqual(['saved']);
    expect(notices.at(-1)).toMatch(/^Downloaded 4711_4620data\.txt to your downloads folder\. Next, put it in the folder your telephones back up to/);
  });
});

/** A handle whose permission is `prompt` (as after a reload) and answered `answer`; it records what is written. */
function handle(answer: PermissionState) {
  const h = {
    kind: 'file',
    name: '4711_4620data.txt',
    asked: 0,
    written: [] as string[],
    queryPermission: () => Promise.resolve('prompt' as PermissionState),
    requestPermission: () => {
      h.asked++;
      return Promise.resolve(answer);
    },
    createWritable: () => Promise.resolve({ write: (b: Uint8Array) => Promise.resolve(void h.written.push(new TextDecoder().decode(b))), close: () => Promise.resolve() }),
  };
  return h;
}

/** Saves a file opened through a handle whose browser answers `answer` when asked to write: what it was told. */
async function saveThrough(answer: Parameters<typeof handle>[0]) {
  await loadFormWords();
  const h = handle(answer);
  const file = { ...open('\r\nContrast=9\r\n'), handle: h as unknown as FileSystemFileHandle };
  const dispatch = vi.fn<(action: EditorAction) => void>();
  const notice = vi.fn<(say: (() => string) | null) => void>();
  const { result } = renderHook(() => useSave(file, dispatch, () => undefined, notice, () => undefined));
  await act(() => result.current.save());
  return { h, dispatch, notice };
}

describe('useSave: writing back through the file’s handle', () => {
  it('asks for permission first (it lasts one visit), and writes when allowed', async () => {
    const { h, dispatch, notice } = await saveThrough('granted');
    expect(h.asked).toBe(1);
    expect(h.written).toEqual(['\r\nContrast=9\r\n']);
    expect(dispatch.mock.calls[0]?.[0]).toMatchObject({ type: 'saved', handle: h });
    expect(notice.mock.calls.at(-1)?.[0]?.()).toMatch(/^Saved 4711_4620data.txt over the file you opened/);
  });

  it('refused, says so plainly and downloads the file instead: nothing is lost, and the next Save asks again', async () => {
    downloads.length = 0;
    const { h, dispatch, notice } = await saveThrough('denied');
    expect(h.asked).toBe(1);
    expect(h.written).toEqual([]);
    expect(downloads).toEqual(['4711_4620data.txt']);
    // Saved as the download, the handle not taken away (a 'saved' without one keeps it).
    expect(dispatch.mock.calls[0]?.[0]).toMatchObject({ type: 'saved', handle: null });
    expect(notice.mock.calls.at(-1)?.[0]?.()).toBe('The browser was not allowed to write to 4711_4620data.txt, so it was downloaded to your downloads folder instead. To write over the file you opened, Save again and allow it; or put the download in the folder your telephones back up to.');
  });
});

describe('useSave: a file the editor could not open again is not written', () => {
  it('says so, with the sizes, and neither downloads nor marks the file saved', async () => {
    await loadFormWords();
    const bytes = new Uint8Array(600 * 1024).fill(0xe9);
    bytes.set([0x0d, 0x0a, 0x41, 0x3d]);
    const r = openBytes(bytes, '4711_4620data.txt', null);
    if (!r.ok) throw new Error('did not open');
    const dispatch = vi.fn<(action: EditorAction) => void>();
    const setError = vi.fn<(say: (() => string) | null) => void>();
    const { result } = renderHook(() => useSave(r.value, dispatch, setError, () => undefined, () => undefined));
    downloads.length = 0;
    await act(() => result.current.save('keep', undefined, true));
    expect(dispatch).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);
    const say = setError.mock.calls.at(-1)?.[0];
    expect(say?.()).toMatch(/Not saved: .*1,228,796 bytes, more than the 1,048,576 bytes the editor opens/);
  });
});
