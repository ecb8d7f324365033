import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newFile, type OpenFile } from '../session/open-file.ts';
import type { WriteOutcome } from '../session/drafts.ts';

// The drafts' store stood in for: each write waits until the test says how it went, and the log says what was done in what order.
const log: string[] = [];
const pending: ((outcome: WriteOutcome) => void)[] = [];
const restoredFile = { ...newFile('4999', '4620SW', 'h323'), uid: 99 };
vi.mock('../session/drafts.ts', () => ({
  holdTab: () => {},
  together: (a: unknown, b: unknown) => a ?? b,
  readDrafts: () => Promise.resolve({ savedAt: 1, files: [{}], keys: ['tab|old-visit|1'], last: 0, folders: {} }),
  findLeftDrafts: () => Promise.resolve(null),
  writeDrafts: (files: readonly OpenFile[]) => {
    log.push(`write [${files.map((f) => f.extension).join(',')}]`);
    return new Promise<WriteOutcome>((resolve) => pending.push(resolve));
  },
  forgetDrafts: ({ keys }: { keys: string[] }) => {
    log.push(`forget ${keys.join(',')}`);
    return Promise.resolve();
  },
  restoreInto: (_d: unknown, _now: unknown, dispatch: (a: unknown) => void) => dispatch({ type: 'add', files: [restoredFile] }),
  rescueDrafts: () => {},
  dropRescue: () => {},
}));
const { useDrafts } = await import('./use-drafts.ts');

afterEach(cleanup);
beforeEach(() => {
  log.length = 0;
  pending.length = 0;
});

/** The page with file 4001 open, its draft offered, and Restore pressed while the write of [4001] is under way. */
async function restoredDuringWrite() {
  const a = { ...newFile('4001', '4620SW', 'h323'), uid: 1 };
  const { result, rerender } = renderHook(({ files }) => useDrafts(files, () => {}, null, () => {}), { initialProps: { files: [a] as readonly OpenFile[] } });
  await vi.waitFor(() => expect(result.current.draft).not.toBeNull());
  await vi.waitFor(() => expect(log).toEqual(['write [4001]']));
  act(() => result.current.restore());
  rerender({ files: [a, restoredFile] });
  return { result };
}

describe('useDrafts: Restore', () => {
  it('pressed while an earlier write is under way, forgets the old draft only once the restored files are written', async () => {
    await restoredDuringWrite();
    // The write under way holds none of the restored files: the old draft is their only copy still.
    await act(async () => pending.shift()?.('kept'));
    await vi.waitFor(() => expect(log).toEqual(['write [4001]', 'write [4001,4999]']));
    await act(async () => pending.shift()?.('kept'));
    await vi.waitFor(() => expect(log).toEqual(['write [4001]', 'write [4001,4999]', 'forget tab|old-visit|1']));
  });

  it('keeps the old draft while the restored files’ write finds the store full, and says so', async () => {
    const { result } = await restoredDuringWrite();
    await act(async () => pending.shift()?.('kept'));
    await vi.waitFor(() => expect(log).toEqual(['write [4001]', 'write [4001,4999]']));
    await act(async () => pending.shift()?.('full'));
    await vi.waitFor(() => expect(result.current.full).toBe(true));
    expect(log).not.toContain('forget tab|old-visit|1');
  });
});

describe('useDrafts: keepNow (what a reload for a new version waits for)', () => {
  it('waits for the write under way, writes the latest files after it, and says how that went', async () => {
    const a = { ...newFile('4001', '4620SW', 'h323'), uid: 1 };
    const b = { ...newFile('4002', '4620SW', 'h323'), uid: 2 };
    const { result, rerender } = renderHook(({ files }) => useDrafts(files, () => {}, null, () => {}), { initialProps: { files: [a] as readonly OpenFile[] } });
    await vi.waitFor(() => expect(log).toEqual(['write [4001]']));
    rerender({ files: [a, b] });
    let said: WriteOutcome | null = null;
    act(() => void result.current.keepNow().then((o) => (said = o)));
    // Not written over the write under way, and not said before its own write ends.
    await act(async () => pending.shift()?.('kept'));
    await vi.waitFor(() => expect(log).toEqual(['write [4001]', 'write [4001,4002]']));
    expect(said).toBeNull();
    await act(async () => pending.shift()?.('full'));
    await vi.waitFor(() => expect(said).toBe('full'));
    expect(result.current.full).toBe(true);
  });

  it('an edit made while its write is under way is written too before it answers: the reload goes with the latest edits kept', async () => {
    const a = { ...newFile('4001', '4620SW', 'h323'), uid: 1 };
    // The same file after an edit (a new object, as the workspace makes one).
    const a2 = { ...a };
    const { result, rerender } = renderHook(({ files }) => useDrafts(files, () => {}, null, () => {}), { initialProps: { files: [a] as readonly OpenFile[] } });
    await vi.waitFor(() => expect(log).toEqual(['write [4001]']));
    await act(async () => pending.shift()?.('kept'));
    let said: WriteOutcome | null = null;
    act(() => void result.current.keepNow().then((o) => (said = o)));
    await vi.waitFor(() => expect(log).toEqual(['write [4001]', 'write [4001]']));
    // Typed while Reload's write is under way.
    rerender({ files: [a2] });
    await act(async () => pending.shift()?.('kept'));
    // Not yet: that edit is not in the drafts.
    await vi.waitFor(() => expect(log).toEqual(['write [4001]', 'write [4001]', 'write [4001]']));
    expect(said).toBeNull();
    await act(async () => pending.shift()?.('kept'));
    await vi.waitFor(() => expect(said).toBe('kept'));
  });
});
