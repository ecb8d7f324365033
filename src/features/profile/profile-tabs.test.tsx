import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settingById } from '../../catalog/catalog.ts';
import { readFile, type download } from '../../file-io/file-io.ts';
import type { WorkspaceAction } from '../../session/workspace.ts';
import type { ProfileState } from './profile-store.ts';

/*
 * Two tabs of the page share this browser's profile (localStorage). Each tab kept its own copy and wrote it whole on
 * each change, so a name taught in one tab was erased when the other taught another (the later write won).
 * "Another tab" here writes the storage as a tab does, and its StorageEvent is dispatched as the browser would.
 */

const KEY = 'avaya-4600-editor.profile';
const profileText = (settings: unknown) => JSON.stringify({ format: 'avaya-4600-backup-profile', version: 1, settings });
const storedSettings = (): unknown => (JSON.parse(localStorage.getItem(KEY) ?? '{"settings":null}') as { settings: unknown }).settings;
const redial = settingById('redial');
const contrast = settingById('contrast');
const callTimer = settingById('callTimer');

/** This tab: the profile's store loaded afresh (it reads the storage when it loads), with `stored` kept. */
async function load(stored: string | null = null) {
  localStorage.clear();
  if (stored !== null) localStorage.setItem(KEY, stored);
  vi.resetModules();
  const store = await import('./profile-store.ts');
  const document = await import('../../format/document.ts');
  const dispatch = vi.fn<(a: WorkspaceAction) => void>();
  store.connect({ dispatch, shown: () => undefined, download: vi.fn<typeof download>(), readFile });
  dispatch.mockClear();
  /** The keys this tab reads a file's lines as. */
  const keysOf = (text: string) => document.parseText(text).lines.map((l) => (l.kind === 'setting' ? l.key : null));
  return { store, dispatch, keysOf };
}

/** Another tab keeps `text` (null: removes the profile), and this tab is told, as the browser tells it. */
function otherTab(text: string | null, tell = true): void {
  const oldValue = localStorage.getItem(KEY);
  if (text === null) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, text);
  if (tell) dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue, newValue: text }));
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('a change is made on the profile as stored now, not on this tab’s copy', () => {
  it('teaching keeps a name another tab taught meanwhile (it was erased: the later write won)', async () => {
    const { store } = await load(profileText({ Redial: { aliases: ['REDIALMODE'] } }));
    // Not told yet (the event comes later, or this tab was asleep): this tab's copy is stale.
    otherTab(profileText({ Redial: { aliases: ['REDIALMODE'] }, Contrast: { aliases: ['KONTRAST'] } }), false);
    expect(store.teachName('FOO', callTimer, true)).toBeNull();
    expect(storedSettings()).toEqual({ Redial: { aliases: ['REDIALMODE'] }, Contrast: { aliases: ['KONTRAST'] }, 'Call Timer': { aliases: ['FOO'], write: 'FOO' } });
    expect(stateOf(store).browser.settings).toHaveProperty('Contrast');
  });

  it('forgetting keeps a name another tab taught meanwhile', async () => {
    const { store } = await load(profileText({ Redial: { aliases: ['REDIALMODE'] } }));
    otherTab(profileText({ Redial: { aliases: ['REDIALMODE'] }, Contrast: { aliases: ['KONTRAST'] } }), false);
    store.forgetName('REDIALMODE', redial);
    expect(storedSettings()).toEqual({ Contrast: { aliases: ['KONTRAST'] } });
  });

  it('a name another tab taught as another setting is refused, saying so, and this tab follows (it wrote a profile that could not be read back)', async () => {
    const { store, keysOf } = await load();
    const theirs = profileText({ Contrast: { aliases: ['FOO'] } });
    otherTab(theirs, false);
    expect(store.teachName('FOO', redial, true)?.id).toBe('profile.problem.taughtTwice');
    expect(localStorage.getItem(KEY)).toBe(theirs);
    expect(keysOf('\r\nFOO=1\r\n')).toEqual([null, 'setting:contrast']);
  });

  it('a stored profile another tab left unreadable is never written over by teaching or forgetting; Remove all still can', async () => {
    const { store } = await load(profileText({ Redial: { aliases: ['REDIALMODE'] } }));
    const unreadable = profileText({ Redial: { aliases: ['ABKNAME3'] } });
    otherTab(unreadable, false);
    expect(store.teachName('FOO', callTimer, true)?.id).toBe('profile.problem.storedUnread');
    store.forgetName('REDIALMODE', redial);
    expect(localStorage.getItem(KEY)).toBe(unreadable);
    // This tab now says why, and refuses to teach until it is replaced or removed.
    expect(store.teachProblem('BAR', contrast)?.id).toBe('profile.problem.storedUnread');
    store.clearBrowser();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(store.teachName('FOO', callTimer, true)).toBeNull();
  });

  it('an import replaces what is stored, whatever another tab kept', async () => {
    const { store } = await load();
    otherTab(profileText({ Contrast: { aliases: ['KONTRAST'] } }), false);
    expect(store.importText(profileText({ Redial: { aliases: ['REDIALMODE'] } }))).toEqual([]);
    expect(storedSettings()).toEqual({ Redial: { aliases: ['REDIALMODE'] } });
  });

  it('storage full: each name taught applies until the page closes, and is kept with another tab’s once storage has room', async () => {
    const { store, keysOf } = await load();
    const setItem = Storage.prototype.setItem;
    let full = true;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (full && key === KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    expect(store.teachName('FOO', callTimer, true)).toBeNull();
    expect(store.teachName('BAR', contrast, false)).toBeNull();
    // Each is in use in this tab (the second was made on what is stored, and did not lose the first).
    expect(keysOf('\r\nFOO=1\r\nBAR=2\r\n')).toEqual([null, 'setting:callTimer', 'setting:contrast']);
    full = false;
    otherTab(profileText({ Redial: { aliases: ['REDIALMODE'] } }));
    expect(keysOf('\r\nFOO=1\r\nBAR=2\r\nREDIALMODE=1\r\n')).toEqual([null, 'setting:callTimer', 'setting:contrast', 'setting:redial']);
    expect(store.teachName('BAZ', redial, false)).toBeNull();
    expect(storedSettings()).toEqual({ Redial: { aliases: ['REDIALMODE', 'BAZ'] }, 'Call Timer': { aliases: ['FOO'], write: 'FOO' }, Contrast: { aliases: ['BAR'] } });
  });
});

describe('this tab follows a change another tab made (the storage event)', () => {
  it('reads its open files again with the other tab’s names, and forgets the names it removed', async () => {
    const { store, dispatch, keysOf } = await load(profileText({ Redial: { aliases: ['REDIALMODE'] } }));
    otherTab(profileText({ Redial: { aliases: ['REDIALMODE'] }, Contrast: { aliases: ['KONTRAST'], write: 'KONTRAST' } }));
    expect(keysOf('\r\nKONTRAST=1\r\nREDIALMODE=1\r\n')).toEqual([null, 'setting:contrast', 'setting:redial']);
    expect(dispatch).toHaveBeenCalledWith(expect.objectContaining({ type: 'reread' }));
    expect(store.exportText()).toContain('KONTRAST');
    // Removed there (Remove all), and the storage cleared: gone here too.
    otherTab(null);
    expect(keysOf('\r\nKONTRAST=1\r\nREDIALMODE=1\r\n')).toEqual([null, null, null]);
    otherTab(profileText({ Contrast: { aliases: ['KONTRAST'] } }));
    localStorage.clear();
    dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(keysOf('\r\nKONTRAST=1\r\n')).toEqual([null, null]);
  });

  it('ignores another key, and a change that leaves this tab’s profile as it is (no files read again)', async () => {
    const kept = profileText({ Redial: { aliases: ['REDIALMODE'] } });
    const { dispatch } = await load(kept);
    dispatchEvent(new StorageEvent('storage', { key: 'avaya-4600-editor.locale', newValue: 'de' }));
    otherTab(kept);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('says a profile another tab kept that cannot be read, and refuses to teach over it', async () => {
    const { store } = await load();
    otherTab(profileText({ Redial: { aliases: ['ABKNAME3'] } }));
    expect(store.teachProblem('FOO', callTimer)?.id).toBe('profile.problem.storedUnread');
    const s = stateOf(store);
    expect(s.browserProblems.map((p) => p.id)).toEqual(['profile.problem.listName']);
    expect(store.inUse(s)).toBe(true);
  });
});

/** The store's state, as a component reads it. */
const stateOf = (store: { readonly useProfile: () => ProfileState }) => renderHook(() => store.useProfile()).result.current;
