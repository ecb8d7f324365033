/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative asset URLs so dist/ works from any sub-path (intranet share, file server).
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    // The CSP forbids inline scripts; keep Vite from emitting any helper we do not need
    // (all target browsers support <link rel="modulepreload">).
    modulePreload: { polyfill: false },
  },
  test: {
    // Two Vitest projects instead of per-file `// @vitest-environment` comments,
    // so nobody has to remember the pragma:
    //   unit: src/**/*.test.ts  -> environment 'node'  (pure code, no DOM)
    //   dom:  src/**/*.test.tsx -> environment 'jsdom' (React components)
    // Globals are off: tests import { describe, it, expect } from 'vitest'.
    // Run one with `npx vitest run --project unit` (or `dom`).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          // RTL auto-cleanup needs globals; do it explicitly instead.
          setupFiles: ['./vitest.setup-dom.ts'],
          exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
        },
      },
    ],
  },
});
