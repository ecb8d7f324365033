import { useState } from 'react';
import { Dialog } from '../../shared/dialog.tsx';
import { parseFileName } from '../../format/file-name.ts';
import { useT } from '../../i18n/i18n.ts';
import { Field, FieldNote, noteId } from '../../shared/form-kit.tsx';

/** "Save as": the user may change the file name; a name off the phone's rule is allowed but flagged. */
export function SaveAsDialog({ open, initialName, onClose, onSave }: { open: boolean; initialName: string; onClose: () => void; onSave: (name: string) => void }) {
  const t = useT();
  const [name, setName] = useState(initialName);
  const trimmed = name.trim();
  const followsRule = parseFileName(trimmed) !== null;
  return (
    <Dialog open={open} onClose={onClose} title={t('saveAs.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (trimmed) onSave(trimmed);
        }}
      >
        <Field id="save-name" label={t('saveAs.fileName')}>
          <input id="save-name" className="field__input" dir="ltr" autoComplete="off" spellCheck={false} value={name} onChange={(e) => setName(e.target.value)} aria-describedby={noteId('save-name')} />
          <FieldNote id="save-name" error={!followsRule}>
            {trimmed === ''
              ? t('saveAs.nameEmpty')
              : followsRule
                ? t('saveAs.nameFollowsRule')
                : t('saveAs.nameOffRule', { example: initialName })}
          </FieldNote>
        </Field>
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={trimmed === ''}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
