import type { RefObject } from 'react';
import { useT } from '../i18n/i18n.ts';
import { isDirty, shownName, type OpenFile } from '../session/open-file.ts';
import { HistoryButtons } from './history-buttons.tsx';
import { LanguageSelect } from './language-select.tsx';

export interface TopBarProps {
  readonly file: OpenFile | null;
  readonly adminOpen: boolean;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onOpen: () => void;
  readonly onInputFiles: (files: readonly File[]) => void;
  readonly onNew: () => void;
  readonly onSample: () => void;
  readonly onToggleAdmin: () => void;
  readonly onSave: () => void;
  readonly onSaveAs: () => void;
  readonly onClose: () => void;
  readonly onStep: (way: 'undo' | 'redo') => void;
}

/** The page's header: the title, the open file's name, whether it is saved, Undo/Redo, the toolbar, the language. */
export function TopBar({ file, adminOpen, inputRef, onOpen, onInputFiles, onNew, onSample, onToggleAdmin, onSave, onSaveAs, onClose, onStep }: TopBarProps) {
  const t = useT();
  return (
    <header className="topbar">
      <div className="topbar__title">
        <h1>{t('app.title')}</h1>
        {file ? (
          <p className="topbar__file">
            <span className="file-name" dir="ltr">{shownName(file)}</span>
            {isDirty(file) ? <span className="badge badge--dirty">{t('app.unsaved')}</span> : <span className="badge">{file.sourceName === null ? t('app.notSavedYet') : t('app.saved')}</span>}
            <HistoryButtons file={file} onUndo={() => onStep('undo')} onRedo={() => onStep('redo')} />
          </p>
        ) : null}
      </div>
      <nav className="toolbar" aria-label={t('app.toolbar')}>
        <button type="button" className="button" onClick={onOpen} title={t('app.openTitle')}>
          {t('app.open')}
        </button>
        <input
          ref={inputRef}
          id="file-input"
          className="visually-hidden"
          type="file"
          accept=".txt,.zip,text/plain,application/zip"
          multiple
          tabIndex={-1}
          aria-label={t('app.fileInput')}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            onInputFiles(files);
          }}
        />
        <button type="button" className="button" onClick={onNew}>
          {t('app.new')}
        </button>
        <button type="button" className="button" onClick={onSample}>
          {t('app.sample')}
        </button>
        <button type="button" className="button" aria-pressed={adminOpen} onClick={onToggleAdmin}>
          {t('app.adminTools')}
        </button>
        {file ? (
          <>
            <button type="button" className="button button--primary" onClick={onSave} title={t('app.saveTitle')}>
              {t('common.save')}
            </button>
            <button type="button" className="button" onClick={onSaveAs}>
              {t('saveAs.title')}
            </button>
            <button type="button" className="button button--quiet" onClick={onClose}>
              {t('app.close')}
            </button>
          </>
        ) : null}
      </nav>
      <LanguageSelect />
    </header>
  );
}
