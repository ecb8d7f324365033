import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Dialog } from './dialog.tsx';

export type SecretsAnswer = 'cancel' | 'keep' | 'remove';

/**
 * "Remove password-like lines?" before a save (Save, Save as, Save all): Cancel, save with them, or take them out
 * and save. Closing the dialog (Escape) is Cancel. `className` wraps the question and its buttons when the caller
 * lays them out itself.
 */
export function SecretsQuestion({ open, title, keep, remove, className, onAnswer, children }: { readonly open: boolean; readonly title: string; readonly keep: string; readonly remove: string; readonly className?: string; readonly onAnswer: (answer: SecretsAnswer) => void; readonly children: ReactNode }) {
  const t = useT();
  const body = (
    <>
      {children}
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={() => onAnswer('cancel')}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button" onClick={() => onAnswer('keep')}>
          {keep}
        </button>
        <button type="button" className="button button--primary" onClick={() => onAnswer('remove')}>
          {remove}
        </button>
      </div>
    </>
  );
  return (
    <Dialog open={open} onClose={() => onAnswer('cancel')} title={title}>
      {className ? <div className={className}>{body}</div> : body}
    </Dialog>
  );
}
