import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { newFile, type OpenFile } from '../session/open-file.ts';
import type { WriteOutcome } from '../session/drafts.ts';

// The drafts' module cannot be loaded: an old page's file gone after an update.
vi.mock('../session/drafts.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});
const { useDrafts } = await import('./use-drafts.ts');

afterEach(cleanup);

it('keepNow says the drafts are off when their module cannot be loaded, each time it is asked', async () => {
  const a = { ...newFile('4001', '4620SW', 'h323'), uid: 1 };
  const { result } = renderHook(() => useDrafts([a] as readonly OpenFile[], () => {}, null, () => {}));
  let said: WriteOutcome | null = null;
  await act(async () => void (said = await result.current.keepNow()));
  expect(said).toBe('off');
  // Asked again (Reload pressed again), it answers again: a failure does not stop the writes after it.
  said = null;
  await act(async () => void (said = await result.current.keepNow()));
  expect(said).toBe('off');
});
