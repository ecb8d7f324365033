import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { ErrorBoundary } from './app/error-boundary.tsx';
import { setLocale, startLocale } from './i18n/i18n.ts';
import { keepOneFirstScreen } from './app/first-click.ts';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing');
const root = container;
// index.html holds the first screen in every language; the page's own is kept until App replaces it.
keepOneFirstScreen(root);

function render() {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

// English is built in; another language's words arrive first (a small file, cached for offline use), so the page
// never flashes English at someone who reads German. If they cannot be fetched, the page starts in English.
setLocale(startLocale(), false, true).then(render, render);
