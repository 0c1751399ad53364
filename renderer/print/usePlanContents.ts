import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { printLanguage } from './strings';

/**
 * The contents' page numbers for a plan opened in a browser and printed from
 * its own print dialog, where no first rendering has told them (CSS has no
 * target-counter for print in Chromium). The same Chromium on the Node side
 * draws the plan, as «Lagre som PDF» does, and says on which page each
 * chapter starts; the view then shows those numbers, laid out in the space
 * kept for them, so nothing moves. Where the API cannot render (the desktop
 * app prints itself, with the numbers: electron/print/desktopPrint.ts) the
 * contents stay links without numbers.
 */
export function usePlanContents(given: readonly number[] | undefined, date: string | undefined): readonly number[] | undefined {
  const [asked, setAsked] = useState<readonly number[] | undefined>(undefined);
  useEffect(() => {
    if (given) return;
    let live = true;
    call('renderPdf', { view: 'plan', lang: printLanguage, ...(date ? { date } : {}) })
      .then((pdf) => {
        if (live && pdf.contents && pdf.contents.some((n) => n > 0)) setAsked(pdf.contents);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [given, date]);
  return given ?? asked;
}
