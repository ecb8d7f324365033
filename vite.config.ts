/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/;

/**
 * The dev server needs inline scripts (React Fast Refresh), so it is served without the page's CSP; the
 * production builds keep it.
 */
function devWithoutCsp(): Plugin {
  return { name: 'dev-without-csp', apply: 'serve', transformIndexHtml: (html) => html.replace(CSP_META, '') };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The single-file build inlines its script and styles, which `'self'` would block: allow exactly those
 * by their SHA-256 hashes, so the CSP stays as strict (no 'unsafe-inline'). Runs on the written file,
 * after vite-plugin-singlefile has inlined everything.
 */
function cspHashesForInlined(outDir: string): Plugin {
  return {
    name: 'csp-hashes-for-inlined',
    apply: 'build',
    closeBundle() {
      const file = resolve(outDir, 'index.html');
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1] ?? ''));
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1] ?? ''));
      const next = html.replace(CSP_META, (_m, csp: string) => {
        const policy = csp
          .replace("script-src 'self'", `script-src 'self' ${scripts.join(' ')}`)
          .replace("style-src 'self'", `style-src 'self' ${styles.join(' ')}`)
          // Opened from disk there is no origin to install a manifest or worker from.
          .replace(/; manifest-src 'self'/, '');
        return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      });
      writeFileSync(file, next);
    },
  };
}

/** From file:// there is no service worker; the single-file build gets a registerSW that does nothing. */
function noServiceWorker(): Plugin {
  const id = 'virtual:pwa-register';
  return {
    name: 'no-service-worker',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? 'export function registerSW() { return async () => {}; }' : undefined),
  };
}

/**
 * The one-file build carries no worker file (a page opened from disk cannot load one anyway): the zip's helper
 * (src/file-io/zip-helper.ts) is replaced by a module that has none, and the page packs a zip itself.
 */
function noZipHelper(): Plugin {
  const stub = '\0no-zip-helper';
  return {
    name: 'no-zip-helper',
    enforce: 'pre',
    resolveId: (source, importer) => (source === './zip-helper.ts' && importer?.replaceAll('\\', '/').includes('/src/file-io/') ? stub : undefined),
    load: (id) => (id === stub ? 'export function startZipHelper() { return null; }' : undefined),
  };
}

/**
 * The first screen in index.html, so the page shows before its JavaScript has run (a slow PC waits a second or more
 * for it): App's screen with no file open, rendered at build time in every language (src/app/first-screen-html.tsx),
 * and public/first-language.js in the head, which picks the page's language before the body is read; app.css shows
 * only that language's screen. App replaces it with the same elements when it starts (src/app/first-screen.test.tsx).
 * The one-file build gets the script inline (its CSP allows it by hash, see cspHashesForInlined).
 */
function prerenderFirstScreen(single: boolean, define: Record<string, string>): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          root: import.meta.dirname,
          logLevel: 'error',
          appType: 'custom',
          define,
          optimizeDeps: { noDiscovery: true, include: [] },
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        let screens: string;
        try {
          const module = (await server.ssrLoadModule('/src/app/first-screen-html.tsx')) as { firstScreenHtml: () => Promise<string> };
          screens = await module.firstScreenHtml();
        } finally {
          await server.close();
        }
        const script = single
          ? `<script>${readFileSync(resolve(import.meta.dirname, 'public/first-language.js'), 'utf8')}</script>`
          : '<script src="./first-language.js"></script>';
        if (!html.includes('<div id="root"></div>')) throw new Error('prerender-first-screen: no empty #root in index.html');
        // The stylesheet holds the first paint: it is asked for first, before the JavaScript the page needs later.
        const sheet = /\s*<link rel="stylesheet"[^>]*>/.exec(html)?.[0] ?? '';
        return html
          .replace(sheet, '')
          .replace('</title>', `</title>\n    ${script}${sheet}`)
          .replace('<div id="root"></div>', `<div id="root">${screens}</div>`);
      },
    },
  };
}

/**
 * `import … from 'zod/mini?own-copy'`: a copy of the package's modules of its own, bundled only with the code that
 * imports it so. A library's module is one module for the whole build, and whatever any chunk uses of it goes where
 * the module goes: the format profile's schema (a lazy chunk) used zod's objects, records and literals, and they went
 * into the initial JavaScript, where the page's own zod is (some 2.4 KB). The tag follows every import the copy makes.
 */
function ownCopy(): Plugin {
  const TAG = '?own-copy';
  return {
    name: 'own-copy',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const tagged = source.endsWith(TAG);
      if (!tagged && !importer?.endsWith(TAG)) return null;
      const bare = tagged ? source.slice(0, -TAG.length) : source;
      const resolved = await this.resolve(bare, importer?.endsWith(TAG) ? importer.slice(0, -TAG.length) : importer, { ...options, skipSelf: true });
      return resolved && !resolved.external ? { ...resolved, id: resolved.id + TAG } : resolved;
    },
    load: (id) => (id.endsWith('?own-copy') ? readFileSync(id.slice(0, -'?own-copy'.length), 'utf8') : undefined),
  };
}

/** The version the page shows (its footer), so an administrator can tell which release users have. */
const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

export default defineConfig(({ mode, command }) => {
    const single = mode === 'single';
    const define = { 'import.meta.env.APP_VERSION': JSON.stringify(version) };
    return {
    define,
    // Relative asset URLs so dist/ works from any sub-path (intranet share, file server).
    base: './',
    plugins: [
      ownCopy(),
      react(),
      devWithoutCsp(),
      prerenderFirstScreen(single, define),
      ...(single
        ? [noServiceWorker(), noZipHelper(), viteSingleFile({ removeViteModuleLoader: true }), cspHashesForInlined('dist-single')]
        : [
            VitePWA({
              // The page asks the user before a new version takes over (see src/app/update-notice.tsx).
              registerType: 'prompt',
              injectRegister: false,
              manifest: {
                name: 'Avaya 4600 Backup Editor',
                short_name: '4600 Backups',
                description: 'Edit Avaya 4600-series IP telephone backup files, offline, in the browser.',
                start_url: './',
                scope: './',
                display: 'standalone',
                background_color: '#f5f6f8',
                theme_color: '#0b5cad',
                icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
              },
              workbox: {
                globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
                cleanupOutdatedCaches: true,
              },
            }),
          ]),
    ],
    resolve: {
      // No TanStack devtools in the built page: see src/vendor/devtools-event-client-off.ts.
      alias: [
        // React 19 has useSyncExternalStore: TanStack Store's selector hook needs no shim for React 17 and older.
        { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector.js' },
        ...(command === 'build' ? [{ find: '@tanstack/devtools-event-client', replacement: resolve(import.meta.dirname, 'src/vendor/devtools-event-client-off.ts') }] : []),
      ],
    },
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      // The CSP forbids inline scripts; keep Vite from emitting any helper we do not need
      // (all target browsers support <link rel="modulepreload">).
      modulePreload: { polyfill: false },
      rollupOptions: single ? {} : {
        output: {
          // One file per language for the words the editor needs (core, editing, problems, settings), fetched in
          // one request when that language is chosen; the administrator tools' words stay with the tools.
          manualChunks: (id: string) => /i18n\/catalogs\/(?:core|editing|problems|settings)\/(de|fr|ru|he)\.ts$/.exec(id)?.[1]?.replace(/^/, 'messages-'),
        },
      },
    },
    test: {
      // Two Vitest projects instead of per-file `// @vitest-environment` comments,
      // so nobody has to remember the pragma:
      //   unit: src/**/*.test.ts  -> environment 'node'  (pure code, no DOM)
      //   dom:  src/**/*.test.tsx -> environment 'jsdom' (React components)
      //   scripts: scripts/**/*.test.ts -> environment 'node' (the build and release scripts' helpers)
      // Globals are off: tests import { describe, it, expect } from 'vitest'.
      // Run one with `npx vitest run --project unit` (or `dom`, `scripts`).
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
            // Rendering the whole editor in jsdom is slow on a busy two-core machine.
            testTimeout: 20_000,
            include: ['src/**/*.test.tsx'],
            // RTL auto-cleanup needs globals; do it explicitly instead.
            setupFiles: ['./vitest.setup-dom.ts', './src/i18n/test-words.ts'],
            exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
          },
        },
        {
          extends: true,
          test: { name: 'scripts', environment: 'node', include: ['scripts/**/*.test.ts'] },
        },
      ],
    },
  };
});
