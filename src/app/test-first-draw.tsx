import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * For tests: renders `page` as a browser starts the page (outside act, so React runs its passive effects in a later
 * task, as it does there) and calls `then` the moment the page is first drawn (a mutation observer's callback runs
 * right after the task that drew it), before those later effects; resolves with what `then` returned, the page
 * unmounted. What the page must do from its first frame on (a key, a drop), it must do here.
 */
export async function atFirstDraw<T>(page: ReactElement, then: () => T): Promise<T> {
  const g = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actEnvironment = g.IS_REACT_ACT_ENVIRONMENT;
  g.IS_REACT_ACT_ENVIRONMENT = false;
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  try {
    const seen = new Promise<T>((done) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        done(then());
      });
      observer.observe(host, { childList: true });
    });
    root.render(page);
    return await seen;
  } finally {
    g.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    act(() => root.unmount());
    host.remove();
  }
}
