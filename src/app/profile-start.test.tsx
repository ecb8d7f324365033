import { describe, expect, it, vi } from 'vitest';
import { onProfileStored, PROFILE_STORAGE_KEY } from './profile-start.ts';

describe('a profile another tab keeps, before this tab has loaded the profile’s code', () => {
  it('is said (the page then loads that code, which reads it), and only for a profile kept, not removed or another key', () => {
    const on = vi.fn<() => void>();
    const stop = onProfileStored(on);
    dispatchEvent(new StorageEvent('storage', { key: 'avaya-4600-editor.locale', newValue: 'de' }));
    dispatchEvent(new StorageEvent('storage', { key: PROFILE_STORAGE_KEY, newValue: null }));
    expect(on).not.toHaveBeenCalled();
    dispatchEvent(new StorageEvent('storage', { key: PROFILE_STORAGE_KEY, newValue: '{}' }));
    expect(on).toHaveBeenCalledOnce();
    stop();
    dispatchEvent(new StorageEvent('storage', { key: PROFILE_STORAGE_KEY, newValue: '{}' }));
    expect(on).toHaveBeenCalledOnce();
  });
});
