import { memo, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { useT } from '../i18n/i18n.ts';
import { isDirty, shownName, type OpenFile } from '../session/open-file.ts';
import { HistoryButtons } from './history-buttons.tsx';
import { LanguageSelect } from './language-select.tsx';
import { MoreList } from './more-menu.tsx';

export interface TopBarProps {
  readonly file: OpenFile | null;
  readonly adminOpen: boolean;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onOpen: () => void;
  readonly onInputFiles: (files: readonly File[]) => void;
  readonly folderInputRef: RefObject<HTMLInputElement | null>;
  readonly onOpenFolder: () => void;
  readonly onInputFolder: (files: readonly File[]) => void;
  readonly onNew: () => void;
  readonly onSample: () => void;
  readonly onToggleAdmin: () => void;
  readonly onProfile: () => void;
  readonly onSave: () => void;
  readonly onSaveAs: () => void;
  readonly onClose: () => void;
  readonly onStep: (way: 'undo' | 'redo') => void;
}

/**
 * The page's header, one row on a laptop's screen in every language: the title, the open file's name, whether it
 * is saved, Undo/Redo, the toolbar (Open, Save, Save as; the rest under "More"), the language.
 */
export function TopBar({ file, adminOpen, inputRef, onOpen, onInputFiles, folderInputRef, onOpenFolder, onInputFolder, onNew, onSample, onToggleAdmin, onProfile, onSave, onSaveAs, onClose, onStep }: TopBarProps) {
  const t = useT();
  const [moreOpen, setMoreOpen] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
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
        {/* data-opens-file: index.html's first screen opens the file picker itself before the page works (public/first-language.js). */}
        <button type="button" className="button" onClick={onOpen} title={t('app.openTitle')} data-opens-file="">
          {t('app.open')}
        </button>
        <FileInputs inputRef={inputRef} folderInputRef={folderInputRef} onInputFiles={onInputFiles} onInputFolder={onInputFolder} />
        {file ? (
          <>
            <button type="button" className="button button--primary" onClick={onSave} title={t('app.saveTitle')}>
              {t('common.save')}
            </button>
            <button type="button" className="button" onClick={onSaveAs}>
              {t('saveAs.title')}
            </button>
          </>
        ) : null}
        <div className="more">
          <button ref={moreButton} type="button" className="button more__button" aria-expanded={moreOpen} aria-controls={moreOpen ? 'more-list' : undefined} onClick={() => setMoreOpen(!moreOpen)}>
            {t('app.more')}
          </button>
          {moreOpen ? <MoreList id="more-list" button={moreButton} setOpen={setMoreOpen} hasFile={file !== null} adminOpen={adminOpen} onNew={onNew} onOpenFolder={onOpenFolder} onSample={onSample} onToggleAdmin={onToggleAdmin} onProfile={onProfile} onClose={onClose} /> : null}
        </div>
      </nav>
      <LanguageSelect />
    </header>
  );
}

/**
 * The hidden file and folder inputs that Open and Open folder click. Drawn again only when their words change: React
 * resets an input's name and type each time it draws it, and the header draws at every key typed in a file.
 */
/** An input's chosen files, handed over once: the input is emptied, so choosing the same files again opens them again. */
const handOver = (take: (files: readonly File[]) => void) => (e: ChangeEvent<HTMLInputElement>) => {
  const files = Array.from(e.target.files ?? []);
  e.target.value = '';
  take(files);
};

const FileInputs = memo(function FileInputs({ inputRef, folderInputRef, onInputFiles, onInputFolder }: Pick<TopBarProps, 'inputRef' | 'folderInputRef' | 'onInputFiles' | 'onInputFolder'>) {
  const t = useT();
  return (
    <>
      <input
        ref={inputRef}
        id="file-input"
        className="visually-hidden"
        type="file"
        accept=".txt,.zip,text/plain,application/zip"
        multiple
        tabIndex={-1}
        aria-label={t('app.fileInput')}
        onChange={handOver(onInputFiles)}
      />
      {/* Open folder where the browser has no folder picker: every file of the folder, subfolders included. */}
      <input
        ref={folderInputRef}
        id="folder-input"
        className="visually-hidden"
        type="file"
        {...{ webkitdirectory: '' }}
        multiple
        tabIndex={-1}
        aria-label={t('app.folderInput')}
        onChange={handOver(onInputFolder)}
      />
    </>
  );
});
