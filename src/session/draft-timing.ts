import type { OpenFile } from './open-file.ts';

/** A write of drafts that takes longer than this (ms) would hold up a key typed meanwhile: see draftWriteDelay. */
export const SLOW_DRAFT_WRITE_MS = 8;
/**
 * Files of more lines than this are taken as slow to write before a write has told (a real backup has a few
 * hundred lines; one of 1 MB, some 27,000, takes tens of milliseconds to keep).
 */
export const LARGE_DRAFT_LINES = 5000;
/** The pause in typing a slow write waits for, and the longest it waits for one (ms). */
export const DRAFT_PAUSE_MS = 1000;
export const DRAFT_MAX_WAIT_MS = 10_000;

/**
 * How long to wait before keeping `files` after an edit at `now`, the first edit not yet kept having come at
 * `firstUnkept`: 0 (as soon as the browser is idle) while writes are quick. For files of many lines, or once the
 * last write took `lastCost` ms, more than a frame can spare, the next waits for a pause in typing, and at most
 * DRAFT_MAX_WAIT_MS after the first edit it keeps, so typing that never pauses is kept too. (The size decides
 * first: a quick write that had nothing to keep, just after a large file is opened, says nothing of the next.)
 * Apart from the drafts' store (src/session/drafts.ts), which loads after the page starts.
 */
export function draftWriteDelay(files: readonly OpenFile[], lastCost: number | null, now: number, firstUnkept: number): number {
  const slow = files.reduce((n, f) => n + f.doc.lines.length, 0) > LARGE_DRAFT_LINES || (lastCost ?? 0) > SLOW_DRAFT_WRITE_MS;
  if (!slow) return 0;
  return Math.max(1, Math.min(DRAFT_PAUSE_MS, firstUnkept + DRAFT_MAX_WAIT_MS - now));
}
