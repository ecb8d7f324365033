import { describe, expect, it, vi } from 'vitest';
import type { WorkspaceAction } from '../session/workspace.ts';
import { atFirstDraw } from './test-first-draw.tsx';
import { useOpen } from './use-open.ts';

function Page() {
  useOpen([], vi.fn<(a: WorkspaceAction) => void>(), vi.fn(), vi.fn());
  return <p>page</p>;
}

/** A file dragged over the page, as the browser sends it: cancelled, the browser does not open the file itself. */
function dragOver(): Event {
  const e = new Event('dragover', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], dropEffect: 'none' } });
  window.dispatchEvent(e);
  return e;
}

describe('a file dropped from the moment the page is drawn', () => {
  it('is the page’s to open, not the browser’s: not only once the effects React runs after the first frame have run', async () => {
    // The page's start as in a browser: its first render replaces index.html's first screen, whose own guard against
    // a drop (public/first-language.js) goes with it. A drop in the tasks before React's later effects was not
    // cancelled, and the browser opened the file in place of the page.
    expect(await atFirstDraw(<Page />, () => dragOver().defaultPrevented)).toBe(true);
  });
});
