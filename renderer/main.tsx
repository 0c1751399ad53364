import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
// The one typeface, bundled (works offline); DejaVu Sans is the fallback for glyphs it lacks and for print.
import '@fontsource-variable/inter';
import './ui/tokens.css';
import './ui/ui.css';
import './styles.css';
import { applyTheme, storedTheme } from './ui';
import { App } from './App';
import { PrintApp } from './print/PrintApp';
import { listenToDesktop } from './screens/sync/desktop';
import { listenToWorkbookChanges } from './data/changes';
import { answerDesktopFlush, saveOnEveryWayOut } from './data/pendingSaves';

// Print views live at #/print/<view>[/<id>] and render without the app's frame.
const PRINT_ROUTE = /^#\/print\/([\w-]+)(?:\/([\w-]+))?/;

function Root() {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const print = PRINT_ROUTE.exec(hash);
  // Print views are paper: always light. The app takes the user's theme.
  const isPrint = print !== null;
  useEffect(() => applyTheme(isPrint ? 'light' : storedTheme()), [isPrint]);
  return print ? <PrintApp key={hash} view={print[1]!} id={print[2]} /> : <App />;
}

// Before the first paint, so a dark-theme user never sees a white flash.
if (!PRINT_ROUTE.test(window.location.hash)) applyTheme(storedTheme());
// Before the first render: the desktop app may hand over a sync file as soon as the page has loaded.
listenToDesktop();
// What any commit changes (this window's, another's, an import, the CLI) reloads the screens that show it.
listenToWorkbookChanges();
// Nothing typed waits for a blur: a route change, the page closing or the desktop window closing saves it.
saveOnEveryWayOut();
answerDesktopFlush();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
