import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App } from './App';
import { PrintApp } from './print/PrintApp';

// Print views live at #/print/<view>[/<id>] and render without the app's frame.
const printRoute = /^#\/print\/([\w-]+)(?:\/([\w-]+))?/.exec(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>{printRoute ? <PrintApp view={printRoute[1]!} id={printRoute[2]} /> : <App />}</StrictMode>,
);
