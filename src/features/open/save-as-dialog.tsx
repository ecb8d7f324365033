import { useState } from 'react';
import { Dialog } from '../../shared/dialog.tsx';
import { FORBIDDEN_IN_NAME, isPhoneName, isUnholdableName } from '../../format/file-name.ts';
import { hasHiddenCharacters } from '../../display/visible-name.ts';
import { useT } from '../../i18n/i18n.ts';
import { Field, FieldNote, noteId } from '../../shared/form-kit.tsx';

/** A phone's file name without its extension: the family and protocol part, `4620data_sip.txt`. */
const familyPart = (name: string): string => name.replace(/^\d+_/, '').toLowerCase();

/**
 * "Save as": the user may give the file another name. A name the phone fetches (this file's, or another
 * extension's) is said to be one; any other name is allowed, but warned about, with the phone's name one click
 * away; a name that cannot be a file's (a folder, hidden characters, "..", a final dot) is refused.
 */
export function SaveAsDialog({ open, initialName, ruleName, onClose, onSave }: { open: boolean; initialName: string; ruleName: string; onClose: () => void; onSave: (name: string) => void }) {
  const t = useT();
  const [name, setName] = useState(initialName);
  const trimmed = name.trim();
  // The phone's name for another extension is fine (the file becomes that extension's); another family's is not.
  const fetched = isPhoneName(trimmed) && familyPart(trimmed) === familyPart(ruleName);
  const refused =
    trimmed === '' ? t('saveAs.nameEmpty')
    : FORBIDDEN_IN_NAME.test(trimmed) || hasHiddenCharacters(trimmed) ? t('saveAs.nameRefused')
    : isUnholdableName(trimmed) ? t('saveAs.nameDots')
    : null;
  return (
    <Dialog open={open} onClose={onClose} title={t('saveAs.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!refused) onSave(trimmed);
        }}
      >
        <Field id="save-name" label={t('saveAs.fileName')} invalid={refused !== null}>
          <input
            id="save-name"
            className="field__input"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={refused ? true : undefined}
            aria-describedby={noteId('save-name')}
          />
          {/* Live: whether the name is refused, the phone's or another changes as the user types, and is said. */}
          <FieldNote id="save-name" error={refused !== null} warning={!refused && !fetched} live>
            {refused ?? (fetched ? t('saveAs.nameFollowsRule') : t('saveAs.nameOffRule', { example: ruleName }))}
          </FieldNote>
        </Field>
        {!refused && !fetched ? (
          <p>
            <button type="button" className="button button--quiet" onClick={() => setName(ruleName)}>
              {t('saveAs.usePhoneName', { name: ruleName })}
            </button>
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={refused !== null}>
            {fetched || refused ? t('common.save') : t('saveAs.saveAnyway')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
