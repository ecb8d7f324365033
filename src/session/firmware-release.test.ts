import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'avaya-4600-editor.firmwareRelease';

/** The browser's storage, as a map (these tests run without a DOM). */
const store = new Map<string, string>();
const localStorage = {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
  clear: () => store.clear(),
};
beforeEach(() => vi.stubGlobal('localStorage', localStorage));
/** A fresh module each time: the release is read from storage once, on first use. */
const load = async () => {
  vi.resetModules();
  return import('./firmware-release.ts');
};

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('the firmware release preference', () => {
  it('is R2.7 or later until the user picks another, then kept in this browser', async () => {
    const m = await load();
    expect(m.firmwareRelease()).toBe('r27');
    const heard: string[] = [];
    const stop = m.subscribeFirmwareRelease(() => heard.push(m.firmwareRelease()));
    m.setFirmwareRelease('preR27');
    expect(m.firmwareRelease()).toBe('preR27');
    expect(localStorage.getItem(KEY)).toBe('preR27');
    // The same again tells no one.
    m.setFirmwareRelease('preR27');
    expect(heard).toEqual(['preR27']);
    stop();
    m.setFirmwareRelease('r27');
    expect(heard).toEqual(['preR27']);
    // The default is not stored.
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('without storage (private browsing) it is the default, and a pick lasts for the page', async () => {
    vi.stubGlobal('localStorage', undefined);
    const m = await load();
    expect(m.firmwareRelease()).toBe('r27');
    m.setFirmwareRelease('preR27');
    expect(m.firmwareRelease()).toBe('preR27');
  });

  it('is read back on the next visit; a stored value it does not know is the default', async () => {
    localStorage.setItem(KEY, 'preR27');
    expect((await load()).firmwareRelease()).toBe('preR27');
    localStorage.setItem(KEY, 'R3.0');
    expect((await load()).firmwareRelease()).toBe('r27');
  });
});
