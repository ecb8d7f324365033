import { describeValuesChange } from '../model/describe-change.ts';
import { applyValues, valuesOf, type FormValues } from '../model/values.ts';
import type { EditorAction, OpenFile } from './open-file.ts';

/** For tests: the action the editor sends when the form's values over `file` become `values` (see editor.tsx). */
export function valuesAction(file: OpenFile, values: FormValues, at?: number): EditorAction {
  const doc = applyValues(file.doc, values, file.model);
  return { type: 'values', base: file.doc, doc, ...describeValuesChange(valuesOf(file.doc, file.model), values), at };
}
