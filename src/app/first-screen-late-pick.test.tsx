import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';

const script = readFileSync(join(import.meta.dirname, '../../public/first-language.js'), 'utf8');

/**
 * public/first-language.js on a page whose JavaScript has not taken over yet: the first screen's Open shows the
 * file input's dialog (no system file picker here, as in Firefox and Safari). The page may take over while that
 * dialog is open, replacing the first screen; the file chosen then must still reach the page.
 */
describe('a file chosen in the first screen’s dialog after the page took over', () => {
  afterEach(() => {
    delete window.firstFiles;
    document.body.innerHTML = '';
  });

  it('is kept, and the page is told, though its input is no longer in the page', () => {
    document.body.innerHTML =
      '<div id="root"><div class="first-screen"><button type="button" data-opens-file>Open</button><input type="file" id="file-input"></div></div>';
    // The page's own plain script, run as the page runs it: on this page's globals (jsdom's document and window).
    runInThisContext(script);
    const input = document.querySelector<HTMLInputElement>('#file-input');
    if (!input) throw new Error('no input');
    let told = 0;
    window.addEventListener('first-files', () => told++);

    document.querySelector<HTMLButtonElement>('[data-opens-file]')?.click();
    // The page takes over: its own screen replaces the first screen while the dialog is open.
    document.querySelector('.first-screen')?.remove();
    expect(input.isConnected).toBe(false);
    const file = new File(['\r\nContrast=9\r\n'], '4711_4620data.txt', { type: 'text/plain' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));

    expect(window.firstFiles).toEqual([file]);
    expect(told).toBe(1);
  });
});
