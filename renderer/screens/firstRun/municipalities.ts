import { useEffect, useState } from 'react';
import { municipalityChoices } from '../../../shared/rules/installationName';
import { call } from '../../api/client';

/** The workbook's municipalities (the project's parties) to name an installation by; none if it has no project yet. */
export function useMunicipalities(): string[] {
  const [choices, setChoices] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    call('listRecords', { kind: 'project' })
      .then((projects) => {
        const parties = projects.flatMap((p) => (Array.isArray(p.parties) ? p.parties.filter((x): x is string => typeof x === 'string') : []));
        if (live) setChoices(municipalityChoices(parties));
      })
      // Without the list the person types the municipality; the dialog still works.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return choices;
}
