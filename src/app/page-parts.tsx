import { tx, useLocale, useT } from '../i18n/i18n.ts';
import { Dialog } from '../shared/dialog.tsx';
import type { Draft } from '../session/drafts.ts';
import { visibleName } from '../display/visible-name.ts';

/** An earlier visit's unsaved edits, offered back. */
export function DraftOffer({ draft, onRestore, onDiscard }: { readonly draft: Draft; readonly onRestore: () => void; readonly onDiscard: () => void }) {
  const t = useT();
  const locale = useLocale();
  const when = new Date(draft.savedAt).toLocaleString(locale);
  const [only] = draft.files;
  const some = draft.files.length > 0;
  return (
    <div className="alert alert--info" role="alert">
      {some ? (
        <p>
          {draft.files.length === 1
            ? only?.sourceName
              ? t('drafts.offerOne', { name: visibleName(only.sourceName), when })
              : t('drafts.offerNew', { when })
            : t('drafts.offerMany', { count: draft.files.length, when })}
        </p>
      ) : null}
      {draft.damaged > 0 ? <p>{t('drafts.damaged', { count: draft.damaged })}</p> : null}
      <div className="dialog__actions">
        {some ? (
          <button type="button" className="button button--primary" onClick={onRestore}>
            {t('drafts.restore')}
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={onDiscard}>
          {t('drafts.discard')}
        </button>
      </div>
    </div>
  );
}

/** The page with no file open: what the editor is for, and the three ways to begin. */
export function Welcome({ onOpen, onSample, onNew }: { readonly onOpen: () => void; readonly onSample: () => void; readonly onNew: () => void }) {
  const t = useT();
  return (
    <section className="welcome">
      <h2>{t('welcome.title')}</h2>
      <p>{tx('welcome.body', { models: '4610SW, 4620, 4620SW, 4621SW, 4622SW, 4625SW' }, { example: <code>4711_4620data.txt</code> })}</p>
      <div className="welcome__actions">
        <button type="button" className="button button--primary" onClick={onOpen} data-opens-file="">
          {t('welcome.open')}
        </button>
        <button type="button" className="button" onClick={onSample}>
          {t('app.sample')}
        </button>
        <button type="button" className="button" onClick={onNew}>
          {t('welcome.new')}
        </button>
      </div>
    </section>
  );
}

/** "Close without saving?" for a file with unsaved changes. */
export function CloseQuestion({ name, onKeep, onClose }: { readonly name: string | null; readonly onKeep: () => void; readonly onClose: () => void }) {
  const t = useT();
  return (
    <Dialog open={name !== null} onClose={onKeep} title={t('discard.title')}>
      <p>{t('discard.closeBody', { name: name ?? '' })}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={onKeep}>
          {t('discard.keep')}
        </button>
        <button type="button" className="button button--danger" onClick={onClose}>
          {t('discard.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
