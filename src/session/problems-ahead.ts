import type { Release } from '../catalog/catalog.ts';
import { firmwareRelease } from './firmware-release.ts';
import { contentProblems } from './problems-cache.ts';
import type { OpenFile } from './open-file.ts';

/** A browser's idle period, as requestIdleCallback gives it (or a stand-in where there is none). */
export interface IdleDeadline {
  timeRemaining(): number;
}
export type WhenIdle = (run: (deadline: IdleDeadline) => void) => () => void;

/**
 * Finds the problems of `files` ahead of need, a few at a time while the page is idle, into contentProblems' cache:
 * with a fleet open, the table's problem columns and filters, and Save all's check for errors (some 0.8 s over
 * 5,000 full backups), then take them from there instead of making the user wait for them. A file already found, or
 * edited since (a new document), costs only a look-up. `done` is called once all are found. Returns a stop, for
 * when the files or the firmware release (`release`, which the problems are found for) change.
 */
export function findProblemsAhead(files: readonly OpenFile[], whenIdle: WhenIdle, done: () => void = () => {}, release: Release = firmwareRelease()): () => void {
  let next = 0;
  const step = (deadline: IdleDeadline) => {
    // (2 ms left over for whatever the browser does next in this idle period.)
    while (next < files.length && deadline.timeRemaining() > 2) contentProblems(files[next++] as OpenFile, release);
    if (next < files.length) stop = whenIdle(step);
    else done();
  };
  let stop = whenIdle(step);
  return () => stop();
}
