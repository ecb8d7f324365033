import { createRef } from 'react';
import { t } from '../i18n/i18n.ts';
import { Welcome } from './page-parts.tsx';
import { TopBar } from './top-bar.tsx';
import { UpdateNotice } from './update-notice.tsx';

const nothing = () => undefined;

/**
 * The page as App draws it before any file is open, with no notice or question on screen: rendered into
 * index.html at build time in each language (see prerenderFirstScreen in vite.config.ts), so a slow PC shows it
 * before the JavaScript has run. It must stay the same as App's first render, element for element, or the page
 * would move when App takes over: src/app/first-screen.test.tsx compares them.
 */
export function FirstScreen() {
  return (
    <div className="app">
      <TopBar
        file={null}
        adminOpen={false}
        inputRef={createRef()}
        onOpen={nothing}
        onInputFiles={nothing}
        folderInputRef={createRef()}
        onOpenFolder={nothing}
        onInputFolder={nothing}
        onNew={nothing}
        onSample={nothing}
        onToggleAdmin={nothing}
        onSave={nothing}
        onSaveAs={nothing}
        onClose={nothing}
        onStep={nothing}
        onProfile={nothing}
      />
      <UpdateNotice />
      <div className="visually-hidden" role="status" aria-live="polite" />
      <div role="status" />
      <main id="main">
        <Welcome onOpen={nothing} onSample={nothing} onNew={nothing} />
      </main>
      <footer className="app-footer">
        <p>{t('app.version', { version: import.meta.env.APP_VERSION })}</p>
      </footer>
    </div>
  );
}
