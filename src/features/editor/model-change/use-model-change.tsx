import { lazy, Suspense, useCallback, useLayoutEffect, useRef, useState, type Dispatch, type ReactNode } from 'react';
import type { ModelId } from '../../../catalog/catalog.ts';
import { pushesPastCapacity } from '../../../model/capacity.ts';
import { ruleFileName, type EditorAction, type OpenFile } from '../../../session/open-file.ts';

// Asked only when a change of model would leave entries without a place: it and its words load then. (It takes
// the file's names from here: importing the session's open-file module from the lazy chunk made the bundler split
// the catalog out of the initial chunk into a chunk of its own, which costs the initial JavaScript 1 KB.)
const ModelChangeQuestion = lazy(() =>
  import('./model-change-question.tsx').then(async (m) => {
    await m.loadModelChangeWords();
    return { default: m.ModelChangeQuestion };
  }),
);

/**
 * A change of the Telephone model: at once when the new model has a place for every entry, else after the
 * question (model-change-question.tsx), which nothing changes before. `onModel` is for the model's field (the
 * same function for the editor's life, so the Telephone card need not draw again); `question` goes in the page.
 */
export function useModelChange(file: OpenFile, dispatch: Dispatch<EditorAction>): { onModel: (model: ModelId) => void; question: ReactNode } {
  const [asking, setAsking] = useState<ModelId | null>(null);
  // The file as last drawn, for the field's handler: the Telephone card does not draw again for each key press.
  const latest = useRef(file);
  useLayoutEffect(() => {
    latest.current = file;
  });
  const onModel = useCallback(
    (model: ModelId) => {
      const f = latest.current;
      if (model !== f.model && pushesPastCapacity(f.doc, f.model, model)) setAsking(model);
      else dispatch({ type: 'identify', model });
    },
    [dispatch],
  );
  const question = asking ? (
    <Suspense fallback={null}>
      <ModelChangeQuestion file={file} model={asking} names={[ruleFileName(file), ruleFileName({ ...file, model: asking })]} dispatch={dispatch} onDone={() => setAsking(null)} />
    </Suspense>
  ) : null;
  return { onModel, question };
}
