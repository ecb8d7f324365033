import { tr, useT } from '../i18n/i18n.ts';
import type { Problem } from '../model/problems.ts';
import { Dialog } from './dialog.tsx';

export type ErrorsAnswer = 'cancel' | 'go' | 'save';

/** One error the question lists: its words, and the file's name when several files are saved at once. */
export interface ErrorItem {
  readonly key: string;
  readonly file?: string;
  readonly text: string;
}

/** The question's list: each error in words, with its file's name (and uid, for the key) when several are saved. */
export const errorItems = (errors: readonly Problem[], file?: { readonly uid: number; readonly name: string }): ErrorItem[] =>
  errors.map((p) => ({ key: file ? `${file.uid}:${p.id}` : p.id, file: file?.name, text: tr(p.message) }));

/** How many errors the question lists by name; the rest are counted. */
const LISTED = 8;

/**
 * "Save with errors?" before Save, Save as and Save all write a file the telephone will not take as it is: the
 * errors, then Cancel, "Go to the first error" or "Save anyway". `canSave` false (an extension Save cannot make a
 * name of) leaves only going to the error. Closing the dialog (Escape) is Cancel.
 */
export function ErrorsQuestion({ open, items, files, canSave, onAnswer }: { readonly open: boolean; readonly items: readonly ErrorItem[]; readonly files: number; readonly canSave: boolean; readonly onAnswer: (answer: ErrorsAnswer) => void }) {
  const t = useT();
  const more = items.length - LISTED;
  return (
    <Dialog open={open} onClose={() => onAnswer('cancel')} title={t('errorsQuestion.title', { count: items.length })}>
      <p>{items.some((item) => item.file !== undefined) ? t('errorsQuestion.bodyMany', { files }) : t('errorsQuestion.body')}</p>
      <ul className="errors-question__list">
        {items.slice(0, LISTED).map((item) => (
          <li key={item.key}>
            {item.file ? (
              <>
                <bdi className="file-name">{item.file}</bdi>
                {': '}
              </>
            ) : null}
            {item.text}
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="hint">{t('errorsQuestion.more', { count: more })}</p> : null}
      {canSave ? null : <p>{t('errorsQuestion.cannotSave')}</p>}
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={() => onAnswer('cancel')}>
          {t('common.cancel')}
        </button>
        <button type="button" className={canSave ? 'button' : 'button button--primary'} onClick={() => onAnswer('go')}>
          {t('errorsQuestion.goTo')}
        </button>
        {canSave ? (
          <button type="button" className="button button--primary" onClick={() => onAnswer('save')}>
            {t('errorsQuestion.saveAnyway')}
          </button>
        ) : null}
      </div>
    </Dialog>
  );
}
