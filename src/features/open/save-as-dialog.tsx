import { useState } from 'react';
import { Dialog } from '../../app/dialog.tsx';
import { parseFileName } from '../../format/file-name.ts';

/** "Save as": the user may change the file name; a name off the phone's rule is allowed but flagged. */
export function SaveAsDialog({ open, initialName, onClose, onSave }: { open: boolean; initialName: string; onClose: () => void; onSave: (name: string) => void }) {
  const [name, setName] = useState(initialName);
  const trimmed = name.trim();
  const followsRule = parseFileName(trimmed) !== null;
  return (
    <Dialog open={open} onClose={onClose} title="Save as">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (trimmed) onSave(trimmed);
        }}
      >
        <div className="field">
          <label htmlFor="save-name" className="field__label">
            File name
          </label>
          <input id="save-name" className="field__input" autoComplete="off" spellCheck={false} value={name} onChange={(e) => setName(e.target.value)} aria-describedby="save-name-desc" />
          <div id="save-name-desc" className={followsRule ? 'field__desc' : 'field__error'}>
            {trimmed === ''
              ? 'Give the file a name.'
              : followsRule
                ? 'The telephone finds its backup by this name.'
                : `The telephone only restores from a name like ${initialName}; it will not find this file.`}
          </div>
        </div>
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={trimmed === ''}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
