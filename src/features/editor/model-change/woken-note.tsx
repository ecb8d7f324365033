import { memo, useState } from 'react';
import type { ModelId, Protocol } from '../../../catalog/catalog.ts';
import type { Msg } from '../../../catalog/msg.ts';
import type { BackupDocument } from '../../../format/document.ts';
import { tr, useT } from '../../../i18n/i18n.ts';
import { wokenMessages, type Phone } from '../../../model/woken.ts';

interface Seen {
  /** The telephone as last shown. */
  readonly phone: Phone;
  /**
   * The telephone the note is said against: the one the file was shown with, until a change brings something to
   * life; kept while later changes do (a 4610SW browsed with the arrow keys to the 4620, then the 4620SW, still says
   * what the 4610SW ignored), and moved on when a change leaves nothing to say or the note is dismissed.
   */
  readonly base: Phone;
  readonly notes: readonly Msg[];
}

/**
 * Says which entries and settings a change of the file's telephone brought to life (see model/woken.ts): lines the
 * old model or protocol ignored, kept under Other lines, that the new one reads (a 4610SW's speed dial 49 on a 4620,
 * Transfer Type from H.323 to SIP). The file does not change, but the telephone will do something new, so it is not
 * left unsaid. Follows every change of model or protocol while the file is shown (the Telephone card, an undo or
 * redo, an administrator tool); gone when dismissed or with a change that leaves nothing to say (an undo back to the
 * old telephone).
 */
export const WokenNote = memo(function WokenNote({ doc, model, protocol }: { readonly doc: BackupDocument; readonly model: ModelId; readonly protocol: Protocol }) {
  const t = useT();
  const [seen, setSeen] = useState<Seen>(() => ({ phone: { model, protocol }, base: { model, protocol }, notes: [] }));
  let notes = seen.notes;
  if (seen.phone.model !== model || seen.phone.protocol !== protocol) {
    // React's pattern for state that follows a prop: this render restarts at once with the new telephone's note.
    const phone = { model, protocol };
    notes = wokenMessages(doc, seen.base, phone);
    setSeen({ phone, base: notes.length > 0 ? seen.base : phone, notes });
  }
  const shown = notes.length > 0;
  return (
    // The live region stays in the page, so what appears in it is said.
    <div role="status" className={shown ? 'card alert alert--info' : undefined}>
      {shown ? (
        <>
          {notes.map((note, i) => (
            <p key={i}>{tr(note)}</p>
          ))}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setSeen({ phone: seen.phone, base: seen.phone, notes: [] });
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
