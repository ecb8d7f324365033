import type { ModelId, Protocol } from '../catalog/catalog.ts';
import type { Msg } from '../catalog/msg.ts';
import type { BackupDocument } from '../format/document.ts';

/**
 * Undo and redo, per open file. Each step keeps the file's content as a whole (the document is immutable and
 * shares its unchanged lines, so a step costs little): undo puts back exactly what was, bytes included, and
 * whether the file is unsaved follows from it (it is derived from the content, never flagged). Typing in one field
 * is one step per pause, not one per key; a change to several files is one step in each, with one group, and
 * is undone and redone in all of them together, or in none while one of them has a later step on top, or has lost
 * the step: (redo) to a change made since it was undone, or (undo) to MAX_STEPS later steps (workspace.ts, heldBy).
 */

/** What undo puts back and redo puts forward: the parts of an open file a change alters. */
export interface Content {
  readonly doc: BackupDocument;
  readonly model: ModelId;
  readonly protocol: Protocol;
  readonly extension: string;
}

/**
 * A change made to several files at once: the one object the steps it made share (compared by identity), with the
 * files it made them in, so Redo can tell a file that has since lost its step (see workspace.ts, heldBy).
 */
export interface StepGroup {
  /** The uids of the files the change made a step in. */
  readonly files: ReadonlySet<number>;
}

export interface Step {
  /** In `past`, the content before the change; in `future`, the content after it. */
  readonly content: Content;
  /** What the change did, for "Undo: remove speed dial 5". */
  readonly label: Msg;
  /** Shared by the steps one change made in several files. */
  readonly group: StepGroup | null;
}

export interface History {
  readonly past: readonly Step[];
  readonly future: readonly Step[];
  /** The field being typed in and when its last change came: changes within a pause join the same step. */
  readonly typing: { readonly key: string; readonly at: number } | null;
}

/** What a change says about itself. */
export interface Change {
  readonly label: Msg;
  /** The field typed in, for changes that join the step before while typing goes on (none: a step of its own). */
  readonly key?: string | null;
  /** When it came (ms); changes to the same key less than a pause apart are one step. */
  readonly at?: number;
  readonly group?: StepGroup | null;
}

export const emptyHistory: History = { past: [], future: [], typing: null };
/** Steps kept per file; the oldest go first. */
export const MAX_STEPS = 300;
/** A pause in typing this long ends a step. */
export const TYPING_PAUSE_MS = 1000;

/** `history` after a change away from `before`: a new step, or the typing step it continues. */
export function record(history: History, before: Content, change: Change): History {
  const { key = null, at, group = null } = change;
  const typing = key !== null && at !== undefined ? { key, at } : null;
  const last = history.typing;
  const continues = typing !== null && group === null && last !== null && last.key === typing.key && typing.at - last.at < TYPING_PAUSE_MS && history.past.length > 0 && history.future.length === 0;
  // The step takes the last change's name: typing "12", then emptying the field, then "9" is one step, named as it ends.
  if (continues) {
    const top = history.past[history.past.length - 1] as Step;
    return { ...history, past: [...history.past.slice(0, -1), { ...top, label: change.label }], typing };
  }
  return { past: [...history.past.slice(-(MAX_STEPS - 1)), { content: before, label: change.label, group }], future: [], typing };
}

/** Back one step from `current`: the content to put back and the history after it; null with nothing to undo. */
export function undo(history: History, current: Content): { readonly history: History; readonly content: Content } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return { history: { past: history.past.slice(0, -1), future: [...history.future, { ...step, content: current }], typing: null }, content: step.content };
}

/** Forward one undone step from `current`; null with nothing to redo. */
export function redo(history: History, current: Content): { readonly history: History; readonly content: Content } | null {
  const step = history.future.at(-1);
  if (!step) return null;
  return { history: { past: [...history.past, { ...step, content: current }], future: history.future.slice(0, -1), typing: null }, content: step.content };
}
