import { memo, useState } from 'react';
import type { ModelId } from '../../../catalog/catalog.ts';
import type { Msg } from '../../../catalog/msg.ts';
import type { BackupDocument } from '../../../format/document.ts';
import { tr, useT } from '../../../i18n/i18n.ts';
import { wokenMessage } from '../../../model/woken.ts';

/**
 * Says which entries a change of the file's model brought to life (see model/woken.ts): lines the old model
 * ignored, kept under Other lines, that the new one reads (a 4610SW's speed dial 49 on a 4620). The file does not
 * change, but the telephone will do something new, so it is not left unsaid. Follows every change of model while the
 * file is shown (the Telephone card, an undo or redo, an administrator tool); gone when dismissed or with the next
 * change of model that brings nothing to life (an undo back to the old model).
 */
export const WokenNote = memo(function WokenNote({ doc, model }: { readonly doc: BackupDocument; readonly model: ModelId }) {
  const t = useT();
  const [seen, setSeen] = useState<{ readonly model: ModelId; readonly note: Msg | null }>({ model, note: null });
  let note = seen.note;
  if (seen.model !== model) {
    // React's pattern for state that follows a prop: this render restarts at once with the new model's note.
    note = wokenMessage(doc, seen.model, model);
    setSeen({ model, note });
  }
  return (
    // The live region stays in the page, so what appears in it is said.
    <div role="status" className={note ? 'card alert alert--info' : undefined}>
      {note ? (
        <>
          <p>{tr(note)}</p>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setSeen({ model, note: null });
              // The button goes with the note: the keyboard goes back to the model it is about.
              document.getElementById('model')?.focus();
            }}
          >
            {t('woken.dismiss')}
          </button>
        </>
      ) : null}
    </div>
  );
});
