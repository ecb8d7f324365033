import { lazy, useSyncExternalStore, type LazyExoticComponent } from 'react';
import { useT } from '../i18n/i18n.ts';

/**
 * Whether a part of the page's code could not be loaded: a lazily loaded module (the administrator tools, the fleet
 * view, a dialog, a language's words) whose file is gone. After an update the old page's files are no longer
 * published, and the new version's service worker holds only the new ones: the page must be reloaded to use the new
 * version. UpdateNotice says so. In the built page every `import()` goes through Vite's preload helper, which tells
 * the window of a failure (`vite:preloadError`), also of those whose callers go on without the module; lazyPart
 * tells it itself.
 */
// How many times a part was found lost: each is said again, also after Later put the notice away (a part's note
// points to its Reload).
let lost = 0;
const listeners = new Set<() => void>();
export function partLost(): void {
  lost++;
  for (const l of listeners) l();
}
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};
/** How many times a part of the page was found lost (0: none). */
export const usePartLost = (): number => useSyncExternalStore(subscribe, () => lost, () => 0);
/** For the tests: a page with nothing lost. */
export function forgetLostParts(): void {
  lost = 0;
}

/** What React's lazy() takes: a component of any props. */
type AnyComponent = Parameters<typeof lazy>[0] extends () => Promise<{ default: infer C }> ? C : never;

/** Said where a part that could not be loaded would have been. */
function PartLost() {
  const t = useT();
  return (
    <p className="hint" role="status">
      {t('update.partLost')}
    </p>
  );
}

/**
 * React's lazy(), but a part whose module cannot be loaded says so where it would have been (and UpdateNotice offers
 * the reload) instead of throwing: the error would reach the page's own error boundary, and the page, its open files
 * with it, would be gone.
 */
export function lazyPart<T extends AnyComponent>(load: () => Promise<{ default: T }>): LazyExoticComponent<T> {
  return lazy(() =>
    load().catch(() => {
      partLost();
      // Drawn with the part's props, which it does not read.
      return { default: PartLost as AnyComponent as T };
    }),
  );
}
