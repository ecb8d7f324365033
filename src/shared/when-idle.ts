/**
 * Runs `task` when the browser is idle, and within `within` ms at the latest. Safari has no requestIdleCallback:
 * there it runs `fallbackDelay` ms later.
 */
export function whenIdle(task: () => void, within: number, fallbackDelay = 0): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: within });
  else setTimeout(task, fallbackDelay);
}
