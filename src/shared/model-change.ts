import type { Dispatch } from 'react';
import type { ModelId } from '../catalog/catalog.ts';
import type { EditorAction, OpenFile } from '../session/open-file.ts';

/**
 * What the question a change of model asks first (the new model has no place for some entries) is given: the editor
 * asks it, the administrator tools draw it (it offers their Convert, and loads with them), the page hands one to the
 * other (features do not import each other).
 */
export interface ModelChangeQuestionProps {
  readonly file: OpenFile;
  /** The model chosen in the field. */
  readonly model: ModelId;
  readonly dispatch: Dispatch<EditorAction>;
  /** Called once answered (Convert, keep, or Cancel and Escape): the question is taken away. */
  readonly onDone: () => void;
}
