import { createContext, useContext } from 'react';

/**
 * Opening a file draws the form's first screen first and the rest just after (see Editor). A control that is about
 * to move focus to a field that may not be drawn yet (a speed dial past the first rows, a setting, an other line)
 * calls this first: it draws the whole form at once, if it is not yet, before the field is looked up.
 */
export const DrawWholeForm = createContext<() => void>(() => undefined);

export const useDrawWholeForm = (): (() => void) => useContext(DrawWholeForm);
