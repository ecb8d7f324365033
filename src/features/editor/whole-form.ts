import { createContext, useContext } from 'react';
import type { Target } from '../../model/problems.ts';

/**
 * Opening a file draws the form's first screen first and the rest just after (see Editor). A control that is about
 * to move focus to a field that may not be drawn yet (a speed dial past the first rows, a setting, an other line)
 * calls this first: it draws the whole form at once, if it is not yet, before the field is looked up. Given the
 * field's target, it also draws that field where a section draws only some of its rows (Other lines' first hundred).
 */
export type DrawWhole = (target?: Target) => void;

export const DrawWholeForm = createContext<DrawWhole>(() => undefined);

export const useDrawWholeForm = (): DrawWhole => useContext(DrawWholeForm);
