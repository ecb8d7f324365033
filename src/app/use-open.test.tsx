import { act } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { WorkspaceAction } from '../session/workspace.ts';
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
  type ActGlobal = { IS_REACT_ACT_ENVIRONMENT?: boolean };

  it('is the page’s to open, not the browser’s: not only once the effects React runs after the first frame have run', async () => {
    // The page's start as in a browser (outside act): its first render replaces index.html's first screen, whose own
    // guard against a drop (public/first-language.js) goes with it. A drop in the tasks before React's later effects
    // was not cancelled, and the browser opened the file in place of the page.
    const g = globalThis as ActGlobal;
    const actEnvironment = g.IS_REACT_ACT_ENVIRONMENT;
    g.IS_REACT_ACT_ENVIRONMENT = false;
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    try {
      const cancelled = new Promise<boolean>((done) => {
        const seen = new MutationObserver(() => {
          seen.disconnect();
          done(dragOver().defaultPrevented);
        });
        seen.observe(host, { childList: true });
      });
      root.render(<Page />);
      expect(await cancelled).toBe(true);
    } finally {
      g.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
      act(() => root.unmount());
      host.remove();
    }
  });
});
