/**
 * What the browser benchmarks share: a static server for dist/, the end-of-frame probe, and the measures of
 * opening a file and of a key press (see bench/browser.ts for what each measures and why it is measured so).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';

/** dist/, or the build named by BENCH_DIST (ending in a slash): to compare two builds by hand. */
export const DIST = process.env.BENCH_DIST ?? new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('bench: no dist/ — run `npm run build` first.');
  process.exit(2);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
/** Serves dist/ on a free port of 127.0.0.1; `url` ends in a slash. */
export async function serveDist(): Promise<{ readonly server: Server; readonly url: string }> {
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(DIST) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
return { server, url };
}

/**
 * `afterFrame(then)` in the page: calls `then` at the end of the next frame, once its main-thread work (animation
 * frame callbacks, style, layout, paint, commit to the compositor) is done: in a task posted from the frame at
 * user-blocking priority, so it runs before ordinary tasks queued earlier, such as a background render, which the
 * user sees only in a later frame. A string, not a function: tsx would wrap a function in a helper the page lacks.
 */
export const AFTER_FRAME = `window.afterFrame = (then) => requestAnimationFrame(() => {
  if (window.scheduler) void window.scheduler.postTask(then, { priority: 'user-blocking' });
  else setTimeout(then, 0);
});`;
export type AfterFrame = { afterFrame: (then: () => void) => void };

/**
 * For `page.evaluate`: resolves once the page has been idle for two long idle periods in a row (the browser gives at
 * most 50 ms; one alone could fall between two tasks), or after 5 s: what the page does after its start, or after an
 * open, is done. A string: tsx would wrap a function in a helper the page lacks.
 */
export const QUIET = `new Promise((done) => {
  const end = performance.now() + 5000;
  let calm = 0;
  const look = (deadline) => {
    calm = deadline.timeRemaining() >= 40 ? calm + 1 : 0;
    if (calm >= 2 || performance.now() > end) done(undefined);
    else requestIdleCallback(look, { timeout: 1000 });
  };
  requestIdleCallback(look, { timeout: 1000 });
})`;

export const stats = (xs: number[]) => {
  const s = xs.toSorted((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { median: at(0.5), p90: at(0.9) };
};
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/**
 * Types KEYS keys into a field, one at a time, and gives the time from each key press (its keydown's time stamp)
 * to the end of the frame after it (see AFTER_FRAME; a background render the key started is not waited for). Each
 * key is held for a moment, as a finger does, so its keyup is not handled inside the frame being measured
 * (Playwright's `press` sends both at once), and the keys come ten a second, as from a fast typist.
 */
export async function keyPressFrames(field: Locator, key: (i: number) => string, keys: number) {
  const page = field.page();
  await field.click();
  await page.evaluate(() => {
    const w = window as unknown as AfterFrame & { frames: number[]; measured?: () => void };
    w.frames = [];
    // (No named functions in here: tsx would wrap them in a helper the page does not have.)
    document.addEventListener('keydown', (e) => {
      const start = e.timeStamp;
      w.afterFrame(() => (w.frames.push(performance.now() - start), w.measured?.()));
    }, { capture: true });
  });
  for (let i = 0; i < keys; i++) {
    const next = Date.now() + 100;
    // Awaited, not polled: Playwright's waitForFunction would run its own script in the page, in the frames measured.
    const measured = page.evaluate((n) => new Promise<void>((done) => {
      const w = window as unknown as { frames: number[]; measured?: () => void };
      if (w.frames.length >= n) done();
      else w.measured = done;
    }), i + 1);
    await page.keyboard.down(key(i));
    await measured;
    await page.keyboard.up(key(i));
    await page.waitForTimeout(Math.max(0, next - Date.now()));
  }
  const all = await page.evaluate(() => (window as unknown as { frames: number[] }).frames);
  return { ...stats(all), all };
}

/**
 * Before a file is chosen: `window.opened` and `window.whole` become promises of the time from the file input's
 * `change` to the end of the first frame with the form ready to type in (its first speed dial), and with every
 * field drawn (its last speed dial and its last section, the other lines).
 */
export async function watchOpen(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as AfterFrame & { t0?: number; opened?: Promise<number>; whole?: Promise<number> };
    document.getElementById('file-input')?.addEventListener('change', () => (w.t0 = performance.now()), { capture: true });
    // The form is ready once its first speed dial can be typed in; it is whole once its last speed dial and its
    // last section (the other lines) are in. Each promise resolves with the time to the end of the first frame
    // once every element it names is in the page. (Anonymous functions only: see keyPressFrames.)
    [w.opened, w.whole] = [['#speedDial-1-label'], ['#speedDial-108-label', '#other-title']].map(
      (selectors) =>
        new Promise<number>((done) => {
          new MutationObserver((_, observer) => {
            if (!selectors.every((selector) => document.querySelector(selector))) return;
            observer.disconnect();
            w.afterFrame(() => done(performance.now() - (w.t0 ?? NaN)));
          }).observe(document.body, { childList: true, subtree: true });
        }),
    );
  });
}


/** The ceiling the build enforces (scripts/bundle-report.mjs): a bench's verdict and exit code test the same. */
export const CEILING_KB = 115;

/** The initial JavaScript: the module scripts and modulepreloads of index.html, and their size in gzip (level 9). */
export function initialJs(): { readonly files: readonly string[]; readonly gz: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return { files, gz: files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0) };
}
