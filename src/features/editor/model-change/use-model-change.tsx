import { Suspense, useCallback, useLayoutEffect, useRef, useState, type ComponentType, type Dispatch, type ReactNode } from 'react';
import type { ModelId } from '../../../catalog/catalog.ts';
import { pushesPastCapacity } from '../../../model/capacity.ts';
import type { EditorAction, OpenFile } from '../../../session/open-file.ts';
import type { ModelChangeQuestionProps } from '../../../shared/model-change.ts';

/**
 * A change of the Telephone model: at once when the new model has a place for every entry, else after `Question`
 * (the page's, loaded when first asked), which nothing changes before; without one, at once. `onModel` is for the
 * model's field (the same function while `Question` is, so the Telephone card need not draw again); `question`
 * goes in the page.
 */
export function useModelChange(
  file: OpenFile,
  dispatch: Dispatch<EditorAction>,
  Question: ComponentType<ModelChangeQuestionProps> | undefined,
): { onModel: (model: ModelId) => void; question: ReactNode } {
  const [asking, setAsking] = useState<ModelId | null>(null);
  // The file as last drawn, for the field's handler: the Telephone card does not draw again for each key press.
  const latest = useRef(file);
  useLayoutEffect(() => {
    latest.current = file;
  });
  const onModel = useCallback(
    (model: ModelId) => {
      const f = latest.current;
      if (Question && model !== f.model && pushesPastCapacity(f.doc, f.model, model)) setAsking(model);
      else dispatch({ type: 'identify', model });
    },
    [dispatch, Question],
  );
  const question =
    asking && Question ? (
      <Suspense fallback={null}>
        <Question file={file} model={asking} dispatch={dispatch} onDone={() => setAsking(null)} />
      </Suspense>
    ) : null;
  return { onModel, question };
}
