import { valuesOf, type FormValues } from '../model/values.ts';
import { valuesAction as actionFor, type EditorAction, type OpenFile } from './open-file.ts';

/**
 * For tests: the action the editor sends when the form's values over `file` become `values` (its valuesAction, from
 * the values the file's document stands for); an unchanged document gives a 'values' action the reducer ignores.
 */
export function valuesAction(file: OpenFile, values: FormValues, at?: number): EditorAction {
  return actionFor(file.doc, file.model, valuesOf(file.doc, file.model), values, at) ?? { type: 'values', base: file.doc, doc: file.doc, label: { id: 'step.changeValues' }, key: null, at };
}
