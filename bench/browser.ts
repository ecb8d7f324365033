/**
 * The editor in headless Chromium, on the production build (`npm run build` first): `tsx bench/browser.ts`,
 * run by `npm run bench` after the codec benchmark. Not part of `npm test`.
 *
 *   1. open: from a full 4620 file chosen in the file input (its `change` event) to the form on screen and ready
 *      to type in: the end of the first frame that shows it (measured as for key press, below). Target: under
 *      50 ms. The editor draws what a screen shows first (the telephone, the problems, the preview, the first
 *      speed dials) and the rest of the form in an interruptible render just after (src/features/editor/editor.tsx;
 *      in one go if a key press has kept it away for 300 ms), so the time to the first frame with every field in
 *      it (the last speed dial's, the last section's) is printed too, for the record: no target applies to it, but
 *      it should not grow unnoticed.
 *   2. key press: from a key press in a speed dial label to the end of the next frame, keys held briefly and
 *      typed ten a second (see keyPressFrames). Target: under 16 ms. The same measurement on a bare <input> in
 *      an empty page is printed beside it, as the method's floor on this machine.
 *   3. a 1 MB file (bigFileBytes in bench/shared.ts: the full 4620 file and some 24,000 lines the editor does not
 *      know, just under the largest file it opens): the same key press → next frame, at least 15 keys. Target:
 *      under 50 ms. The time from choosing it to the form ready is printed beside it, for the record (no target).
 *   4. initial JavaScript: what index.html loads before a file is opened, gzip. Target: at most 115 KB (the ceiling the build enforces).
 *
 * Prints the median and the 90th percentile of repeated runs, and PASS/FAIL against each target.
 */
import { chromium } from '@playwright/test';
import { browserArgs, browserChoice } from '../e2e/browser.ts';
import { AFTER_FRAME, CEILING_KB, initialJs, keyPressFrames, serveDist, stats, verdict, watchOpen } from './page.ts';
import { bigFileBytes, fullFileBytes } from './shared.ts';

const { server, url } = await serveDist();
const QUICK = process.argv.includes('--quick');
const OPENS = QUICK ? 3 : 15;
const KEYS = QUICK ? 10 : 60;
const BIG_KEYS = QUICK ? 15 : 30;

const { source: _source, ...choice } = browserChoice();
const browser = await chromium.launch({ ...choice, args: browserArgs() });
let failed = false;
try {
  const page = await browser.newPage();
  await page.addInitScript(AFTER_FRAME);
  const bytes = Buffer.from(fullFileBytes());

  // 1. Open.
  const opens: number[] = [];
  const wholes: number[] = [];
  for (let run = 0; run < OPENS; run++) {
    await page.goto(url);
    // Someone takes a moment to pick a file, and the page uses it (src/i18n/i18n.ts warms up number formatting).
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 1000 })));
    await watchOpen(page);
    await page.locator('#file-input').setInputFiles({ name: '4711_4620data.txt', mimeType: 'text/plain', buffer: bytes });
    // Awaited, not polled: Playwright's waitForFunction runs its own script in the page, in the frames measured.
    opens.push(await page.evaluate(() => (window as unknown as { opened: Promise<number> }).opened));
    wholes.push(await page.evaluate(() => (window as unknown as { whole: Promise<number> }).whole));
  }
  const o = stats(opens);
  console.log(`open full 4620 file → form ready: median ${o.median.toFixed(1)} ms, p90 ${o.p90.toFixed(1)} ms (${OPENS} runs)  target < 50 ms  ${verdict(o.median < 50)}`);
  const w = stats(wholes);
  console.log(`  … → every field of the form drawn: median ${w.median.toFixed(1)} ms, p90 ${w.p90.toFixed(1)} ms (no target: the rest of the form comes in an interruptible render)`);
  failed ||= o.median >= 50;

  // 2. Key press in a speed dial label → next frame.
  const k = await keyPressFrames(page.getByLabel('Speed dial 54 label'), (i) => (i % 10 === 9 ? 'Backspace' : 'x'), KEYS);
  console.log(`key press in a speed dial label → next frame: median ${k.median.toFixed(1)} ms, p90 ${k.p90.toFixed(1)} ms (${KEYS} keys)  target < 16 ms  ${verdict(k.median < 16)}`);
  failed ||= k.median >= 16;

  // 3. The same key press in a 1 MB file.
  const big = Buffer.from(bigFileBytes());
  const bigOpens: number[] = [];
  const bigKeys: number[] = [];
  for (let run = 0; run < (QUICK ? 1 : 2); run++) {
    // A page of its own, so the drafts the earlier runs left in the browser are not offered.
    const fresh = await browser.newPage();
    await fresh.addInitScript(AFTER_FRAME);
    await fresh.goto(url);
    await fresh.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 1000 })));
    await watchOpen(fresh);
    await fresh.locator('#file-input').setInputFiles({ name: '4711_4620data.txt', mimeType: 'text/plain', buffer: big });
    bigOpens.push(await fresh.evaluate(() => (window as unknown as { opened: Promise<number> }).opened));
    await fresh.evaluate(() => (window as unknown as { whole: Promise<number> }).whole);
    // The page settles (words loaded when idle) before typing starts, as it has by the time someone types.
    await fresh.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 })));
    const frames = await keyPressFrames(fresh.getByLabel('Speed dial 54 label'), (i) => (i % 10 === 9 ? 'Backspace' : 'y'), BIG_KEYS / (QUICK ? 1 : 2));
    bigKeys.push(...frames.all);
    await fresh.close();
  }
  const bo = stats(bigOpens);
  const bk = stats(bigKeys);
  console.log(`1 MB file (${(big.length / 1e6).toFixed(2)} MB, ${big.toString('latin1').split('\n').length} lines): key press → next frame: median ${bk.median.toFixed(1)} ms, p90 ${bk.p90.toFixed(1)} ms (${bigKeys.length} keys)  target < 50 ms  ${verdict(bk.median < 50)}`);
  console.log(`  … open → form ready: median ${bo.median.toFixed(1)} ms (${bigOpens.length} runs; no target)`);
  failed ||= bk.median >= 50;

  // The same measurement on a bare <input> in an empty page: what waiting for the next frame costs by itself
  // (a key lands anywhere in a 16.7 ms frame), so the editor's own share is the difference.
  await page.setContent('<input id="bare" aria-label="bare">');
  await page.evaluate(AFTER_FRAME);
  const bare = await keyPressFrames(page.locator('#bare'), () => 'x', KEYS);
  console.log(`  baseline, a bare <input> on an empty page: median ${bare.median.toFixed(1)} ms, p90 ${bare.p90.toFixed(1)} ms (the method's floor; the editor adds ${(k.median - bare.median).toFixed(1)} ms)`);
} finally {
  await browser.close();
  server.close();
}

// 4. Initial JavaScript: the module scripts and modulepreloads of index.html.
const { files: initial, gz } = initialJs();
console.log(`initial JavaScript: ${initial.join(', ')} = ${(gz / 1024).toFixed(1)} KB gzip  target ≤ ${CEILING_KB} KB  ${verdict(gz <= CEILING_KB * 1024)}`);
failed ||= gz > CEILING_KB * 1024;
process.exitCode = failed ? 1 : 0;
