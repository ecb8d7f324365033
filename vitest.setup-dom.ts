// Setup for the Vitest `dom` project (src/**/*.test.tsx, jsdom).
// Vitest globals are off, so @testing-library/react cannot register its
// automatic cleanup; unmount rendered trees after every test here instead.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
