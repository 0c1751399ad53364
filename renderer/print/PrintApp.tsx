/**
 * Print views: A4 pages rendered by the same engine everywhere (the app's
 * print dialog, printToPDF, and Chromium from the CLI). Routes: #/print/<view>[/<id>].
 */
export function PrintApp({ view }: { view: string; id?: string }) {
  return <p>Utskriftsvisningen «{view}» finnes ikke ennå.</p>;
}
