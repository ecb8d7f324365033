import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useCallback, useRef, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n/i18n.ts';
import type { WriteOutcome } from '../session/drafts.ts';

// The service worker's registration stood in for (vite-plugin-pwa): the page's options are kept, and updateSW (the
// waiting worker told to skip waiting, which then takes the page over) is logged. The reload is logged too (jsdom
// cannot make one), and with it whether the browser would have asked "Leave page?" then.
interface SwOptions {
  onNeedRefresh?: () => void;
  onOfflineReady?: () => void;
  onNeedReload?: () => void;
}
const sw = vi.hoisted(() => ({ options: null as SwOptions | null, log: [] as string[] }));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: SwOptions) => {
    sw.options = options;
    return (reload?: boolean) => {
      sw.log.push(`skip waiting (${String(reload)})`);
      return Promise.resolve();
    };
  },
}));
vi.mock('./reload-page.ts', () => ({ reloadPage: () => sw.log.push(`reload (leave prompt: ${String(leavePrompt())})`) }));

const { TAKE_OVER_WAIT_MS, UpdateNotice } = await import('./update-notice.tsx');
const { useShortcuts } = await import('./use-shortcuts.ts');
const { forgetLostParts, lazyPart } = await import('./lost-parts.tsx');

/** Whether leaving the page now would make the browser ask "Leave page?" (a beforeunload handler prevented it). */
function leavePrompt(): boolean {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
}

/** The page as App wires it: unsaved edits, the leave prompt (useShortcuts), the drafts' write now (`keep`). */
function Page({ dirty, keep, children }: { readonly dirty: boolean; readonly keep: () => Promise<WriteOutcome>; readonly children?: ReactNode }) {
  const leaving = useRef(false);
  const unsaved = useCallback(() => dirty, [dirty]);
  const allowLeave = useCallback(() => {
    leaving.current = true;
  }, []);
  useShortcuts({ open: () => {}, save: null, step: null, unsaved: () => !leaving.current && dirty });
  return (
    <>
      <UpdateNotice unsaved={unsaved} keepEdits={keep} allowLeave={allowLeave} />
      {children}
    </>
  );
}

/** A drafts' write that ends when the test says, logged as it starts. */
function heldWrite() {
  let finish: ((outcome: WriteOutcome) => void) | null = null;
  const keep = vi.fn<() => Promise<WriteOutcome>>(
    () =>
      new Promise<WriteOutcome>((resolve) => {
        sw.log.push('write drafts');
        finish = resolve;
      }),
  );
  return { keep, finish: (outcome: WriteOutcome) => act(async () => finish?.(outcome)) };
}

/** The page rendered with the worker registered and a new version waiting. */
async function newVersionWaiting(page: ReactNode) {
  render(page);
  await vi.waitFor(() => expect(sw.options).not.toBeNull());
  act(() => sw.options?.onNeedRefresh?.());
  await screen.findByText(t('update.ready'));
}

/** `page` with a new version waiting, and its Reload pressed. */
async function pressReload(page: ReactNode) {
  await newVersionWaiting(page);
  fireEvent.click(screen.getByRole('button', { name: t('update.reload') }));
}

beforeEach(() => {
  vi.stubEnv('PROD', true);
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  sw.options = null;
  sw.log.length = 0;
  forgetLostParts();
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('UpdateNotice: Reload with unsaved edits', () => {
  it('writes the drafts first, then lets the new version take over and reloads without the leave prompt', async () => {
    const { keep, finish } = heldWrite();
    await pressReload(<Page dirty keep={keep} />);
    // The new worker is not activated while the edits are being written: this page is still the old worker's.
    await screen.findByText(t('update.keeping'));
    expect(sw.log).toEqual(['write drafts']);
    expect(leavePrompt()).toBe(true);

    await finish('kept');
    expect(screen.getByText(t('update.kept'))).toBeTruthy();
    expect(sw.log).toEqual(['write drafts', 'skip waiting (true)']);
    // The worker has taken the page over: it reloads at once, and the browser does not ask (no Cancel to press).
    act(() => sw.options?.onNeedReload?.());
    expect(sw.log).toEqual(['write drafts', 'skip waiting (true)', 'reload (leave prompt: false)']);
  });

  it.each<WriteOutcome>(['full', 'off'])('refuses to reload when the drafts cannot be kept (%s), and says to save first', async (outcome) => {
    const { keep, finish } = heldWrite();
    await pressReload(<Page dirty keep={keep} />);
    await finish(outcome);
    expect(screen.getByText(t('update.notKept'))).toBeTruthy();
    // Neither the new worker activated nor the page reloaded; leaving still asks.
    expect(sw.log).toEqual(['write drafts']);
    expect(leavePrompt()).toBe(true);
    // Reload and Later stay: saved first, Reload then goes on.
    expect(screen.getByRole('button', { name: t('update.later') })).toBeTruthy();
  });

  it('refuses to reload when the drafts’ write fails outright', async () => {
    const keep = vi.fn<() => Promise<WriteOutcome>>(() => Promise.reject(new Error('IndexedDB gone')));
    await pressReload(<Page dirty keep={keep} />);
    await screen.findByText(t('update.notKept'));
    expect(sw.log).toEqual([]);
  });

  it('without unsaved edits, reloads through the new worker at once, writing nothing', async () => {
    const { keep } = heldWrite();
    await pressReload(<Page dirty={false} keep={keep} />);
    await vi.waitFor(() => expect(sw.log).toEqual(['skip waiting (true)']));
    act(() => sw.options?.onNeedReload?.());
    expect(sw.log).toEqual(['skip waiting (true)', 'reload (leave prompt: false)']);
    expect(keep).not.toHaveBeenCalled();
  });

  it('reloads the page as it is when the new worker never takes it over (gone in the meantime)', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { keep, finish } = heldWrite();
      await pressReload(<Page dirty keep={keep} />);
      await vi.waitFor(() => expect(sw.log).toEqual(['write drafts']));
      await finish('kept');
      expect(sw.log).toEqual(['write drafts', 'skip waiting (true)']);
      act(() => vi.advanceTimersByTime(TAKE_OVER_WAIT_MS));
      // The old version, whole, under its own worker; the edits are offered back all the same.
      expect(sw.log).toEqual(['write drafts', 'skip waiting (true)', 'reload (leave prompt: false)']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('UpdateNotice: the new version took over from another tab', () => {
  it('with unsaved edits, does not reload by itself: it says so, and its Reload keeps the edits first', async () => {
    const { keep, finish } = heldWrite();
    await newVersionWaiting(<Page dirty keep={keep} />);
    act(() => sw.options?.onNeedReload?.());
    await screen.findByText(t('update.takenOver'));
    expect(sw.log).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: t('update.reload') }));
    await vi.waitFor(() => expect(sw.log).toEqual(['write drafts']));
    await finish('kept');
    // The worker is already this page's: no message to it, just the reload.
    expect(sw.log).toEqual(['write drafts', 'reload (leave prompt: false)']);
  });

  it('taken over while its Reload writes the edits: reloads as soon as they are kept, without waiting for a worker that already came', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { keep, finish } = heldWrite();
      await pressReload(<Page dirty keep={keep} />);
      await vi.waitFor(() => expect(sw.log).toEqual(['write drafts']));
      // Another tab's Reload activates the new worker while this one writes: it controls this page now.
      act(() => sw.options?.onNeedReload?.());
      await finish('kept');
      // No message to a worker that is no longer waiting, and no wait for a take-over that has happened.
      expect(sw.log).toEqual(['write drafts', 'reload (leave prompt: false)']);
      act(() => vi.advanceTimersByTime(TAKE_OVER_WAIT_MS));
      expect(sw.log).toEqual(['write drafts', 'reload (leave prompt: false)']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('UpdateNotice: a part of the page that could not be loaded', () => {
  it('put away with Later, comes back with its Reload when a part of the page is then found lost (the note there points to it)', async () => {
    const { keep } = heldWrite();
    await newVersionWaiting(<Page dirty keep={keep} />);
    act(() => sw.options?.onNeedReload?.());
    await screen.findByText(t('update.takenOver'));
    fireEvent.click(screen.getByRole('button', { name: t('update.later') }));
    expect(screen.queryByRole('button', { name: t('update.reload') })).toBeNull();
    // The administrator tools asked for: their file is gone, and their place says "Reload, at the top of the page".
    act(() => void window.dispatchEvent(new Event('vite:preloadError', { cancelable: true })));
    expect(await screen.findByRole('button', { name: t('update.reload') })).toBeTruthy();
    // Put away again, a second part lost brings it back again.
    fireEvent.click(screen.getByRole('button', { name: t('update.later') }));
    expect(screen.queryByRole('button', { name: t('update.reload') })).toBeNull();
    act(() => void window.dispatchEvent(new Event('vite:preloadError', { cancelable: true })));
    expect(await screen.findByRole('button', { name: t('update.reload') })).toBeTruthy();
  });

  it('says the editor was updated when Vite’s preload helper reports a module it could not load, with Reload', async () => {
    const { keep } = heldWrite();
    render(<Page dirty keep={keep} />);
    await vi.waitFor(() => expect(sw.options).not.toBeNull());
    expect(screen.queryByRole('button', { name: t('update.reload') })).toBeNull();
    act(() => void window.dispatchEvent(new Event('vite:preloadError', { cancelable: true })));
    expect(await screen.findByText(t('update.partLostReload'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: t('update.reload') }));
    // The same Reload: the edits are written before anything else.
    await vi.waitFor(() => expect(sw.log).toEqual(['write drafts']));
  });

  it('a lazily loaded part whose module is gone says so where it would be, and the page stays', async () => {
    const Gone = lazyPart<() => ReactNode>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const { keep } = heldWrite();
    render(
      <Page dirty keep={keep}>
        <main>
          <p>The open file</p>
          <Suspense fallback={null}>
            <Gone />
          </Suspense>
        </main>
      </Page>,
    );
    expect(await screen.findByText(t('update.partLost'))).toBeTruthy();
    expect(screen.getByText('The open file')).toBeTruthy();
    expect(await screen.findByText(t('update.partLostReload'))).toBeTruthy();
  });
});
