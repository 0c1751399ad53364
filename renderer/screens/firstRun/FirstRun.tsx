import { useState } from 'react';
import { useWorkbookStore } from '../../stores/workbookStore';
import { InstallationNameDialog } from './InstallationNameDialog';

/**
 * First start: while nobody has named this installation, ask once per start.
 * «Senere» lets the person work first; the next start asks again, and the
 * name can be chosen any time on the Synkronisering page.
 */
export function FirstRun() {
  const info = useWorkbookStore((s) => s.info);
  const [dismissed, setDismissed] = useState(false);
  if (!info || info.replicaNameChosen || dismissed) return null;
  return <InstallationNameDialog onClose={() => setDismissed(true)} />;
}
