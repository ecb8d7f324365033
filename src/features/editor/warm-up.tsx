import { startTransition, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { valuesOf } from '../../model/values.ts';
import { openBytes, valuesAction } from '../../session/open-file.ts';
import { Editor } from './editor.tsx';

/*
 * The first file a page opens was drawn by code, and by a browser, doing it for the first time: V8 compiles each
 * function when it is first called and runs it slowly until it has seen it work, and the browser shapes each word of
 * the form's text the first time it lays it out (the second open of a file in the same page laid out the same first
 * frame in a third of the time: 23 against 8 ms at full speed). So once the page is idle and nothing is open, a
 * small file's first frame is drawn in a root of its own, never in the page, in a transition that gives way to
 * anything the user does; then, in one task, it is put in the page hidden, laid out, and removed. Its ids are the
 * form's, but no other code and no assistive technology can meet them within that task, and nothing is painted.
 * The file the user opens next is read, drawn and laid out by warm code and caches.
 */
const WARM_TEXT = [
  '',
  'ABKNAME001=Reception',
  'ABKNUMBER001=4400',
  'ABKNAME002=Ärztin',
  'ABKNUMBER002=+49 30 1234',
  'PHNLABEL001=Park',
  'Contrast=8',
  'Phone Application Background Color=3',
  'NOTASETTING=1',
  '# a comment',
  '',
].join('\r\n');

/** Calls `then` once its children are committed. */
function Committed({ then, children }: { readonly then: () => void; readonly children: ReactNode }) {
  useLayoutEffect(then, [then]);
  return children;
}

/**
 * Warms the editor up, as said above; `into` is where it is laid out for a moment, and `wanted` says whether it
 * still is (no file open meanwhile: then it is only let go). Resolves when done. Where the browser has no idle
 * callbacks (Safari) there is no telling when the page is idle, and nothing is done.
 */
export function warmUp(into: HTMLElement, wanted: () => boolean): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return Promise.resolve();
  const start = performance.now();
  const opened = openBytes(new TextEncoder().encode(WARM_TEXT), '4400_4620data.txt', null);
  if (!opened.ok) return Promise.resolve();
  const box = document.createElement('div');
  box.className = 'warm-up';
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  const root = createRoot(box);
  return new Promise((done) => {
    let once = false;
    const drawn = () => {
      if (once) return;
      once = true;
      // A task of its own, after the commit: in the page, laid out, and gone. Some 50 ms at full speed, 200 ms at a
      // quarter: done in an idle period of the longest kind, when nothing else waits (or after 5 s).
      const until = performance.now() + 5000;
      const lay = (deadline: IdleDeadline) => {
        if (deadline.timeRemaining() < 40 && performance.now() < until && wanted()) {
          requestIdleCallback(lay, { timeout: 5000 });
          return;
        }
        const laid = wanted();
        // And a key typed into it, as the form writes it into the document: the first key's code is warm too.
        const file = opened.value;
        const before = valuesOf(file.doc, file.model);
        const typed = before.speedDials.map((e, i) => (i === 0 ? { ...e, label: `${e.label ?? ''}x` } : e));
        valuesAction(file.doc, file.model, before, { ...before, speedDials: typed });
        try {
          if (laid) {
            into.append(box);
            void box.offsetHeight;
          }
        } finally {
          root.unmount();
          box.remove();
          // For npm run bench: a file opened from here on is drawn by warm code; and how long it all took. (For the
          // tests: a file opened meanwhile, and nothing was laid out.)
          performance.measure('editor:warm-up', { start });
          performance.mark(laid ? 'editor:warmed-up' : 'editor:warm-up-skipped');
          done();
        }
      };
      requestIdleCallback(lay, { timeout: 5000 });
    };
    startTransition(() =>
      root.render(
        <Committed then={drawn}>
          <Editor file={opened.value} dispatch={() => undefined} />
        </Committed>,
      ),
    );
  });
}
