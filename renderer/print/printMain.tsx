import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles.css';
import { PrintApp } from './PrintApp';

/**
 * print.html: only the print views, for the pages that print and never show
 * the app (the CLI's and the web host's headless Chromium, the desktop app's
 * hidden print window). A fraction of the app's code to load, so the first
 * printout is ready sooner; the same views and styles as #/print/… in the
 * app, so the paper looks the same. PrintApp follows later hash changes itself.
 */
const route = /^#\/print\/([\w-]+)(?:\/([\w-]+))?/.exec(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PrintApp view={route?.[1] ?? 'index'} id={route?.[2]} />
  </StrictMode>,
);
