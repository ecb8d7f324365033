import { memo, useState } from 'react';
import type { ModelId, Protocol } from '../../catalog/catalog.ts';
import { ModelSelect, ProtocolSelect } from '../../shared/phone-selects.tsx';
import { isValidExtension } from '../../format/file-name.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { useT } from '../../i18n/i18n.ts';
import { Field, FieldNote, noteId } from '../../shared/form-kit.tsx';

/** "New": a file from nothing, for the extension, telephone model and protocol the user gives. */
function NewFileDialogView({ open, onClose, onCreate }: { open: boolean; onClose: () => void; onCreate: (ext: string, model: ModelId, protocol: Protocol) => void }) {
  const t = useT();
  const [ext, setExt] = useState('');
  const [model, setModel] = useState<ModelId>('4620SW');
  const [protocol, setProtocol] = useState<Protocol>('h323');
  const [tried, setTried] = useState(false);
  // Each opening starts from an empty extension with no complaint; the model and protocol stay as last chosen.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setExt('');
      setTried(false);
    }
  }
  const extOk = isValidExtension(ext);
  return (
    <Dialog open={open} onClose={onClose} title={t('newFile.title')}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!extOk) {
            document.getElementById('new-ext')?.focus();
            return;
          }
          onCreate(ext, model, protocol);
        }}
      >
        <Field id="new-ext" label={t('identify.extension')} invalid={tried && !extOk}>
          <input id="new-ext" className="field__input" inputMode="numeric" dir="ltr" autoComplete="off" value={ext} onChange={(e) => setExt(e.target.value.trim())} aria-invalid={tried && !extOk ? true : undefined} aria-describedby={noteId('new-ext')} />
          <FieldNote id="new-ext" error={tried && !extOk}>
            {tried && !extOk ? t('newFile.extensionInvalid') : t('newFile.extensionHint')}
          </FieldNote>
        </Field>
        <ModelSelect id="new-model" value={model} onChange={setModel} />
        <ProtocolSelect id="new-protocol" value={protocol} onChange={setProtocol} />
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('newFile.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Closed, it has nothing to show: the page's renders (a key press) pass it by. */
export const NewFileDialog = memo(NewFileDialogView, (a, b) => !a.open && !b.open);
