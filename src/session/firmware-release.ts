import { DEFAULT_RELEASE, RELEASES, type Release } from '../catalog/catalog.ts';

/**
 * The firmware release the user's phones run (R2.7 or later, or before R2.7), for which characters their displays
 * show. A preference of this browser, not of a file: a site runs one release, and no backup says which. It changes
 * no file, so it is not a step in any file's history.
 */
const KEY = 'avaya-4600-editor.firmwareRelease';

let current: Release | null = null;
const listeners = new Set<() => void>();

const isRelease = (v: unknown): v is Release => (RELEASES as readonly unknown[]).includes(v);

export function firmwareRelease(): Release {
  if (current === null) {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(KEY);
    } catch {
      // No storage (private browsing, a test without a DOM): the default.
    }
    current = isRelease(stored) ? stored : DEFAULT_RELEASE;
  }
  return current;
}

export function setFirmwareRelease(release: Release): void {
  if (release === firmwareRelease()) return;
  current = release;
  try {
    if (release === DEFAULT_RELEASE) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, release);
  } catch {
    // Kept for this page only.
  }
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: called when the release changes. */
export function subscribeFirmwareRelease(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
