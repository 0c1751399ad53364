import { useEffect, useState } from 'react';

/** Address of the people list, or of one person's page beside it (#/people/<id>): search results and links open it. */
export function personHref(id?: string): string {
  return id ? `#/people/${id}` : '#/people';
}

function personIdFromHash(): string | undefined {
  return /^#\/people\/([\w-]+)/.exec(window.location.hash)?.[1];
}

/** The person whose page is open, or undefined. */
export function usePersonId(): string | undefined {
  const [id, setId] = useState(personIdFromHash);
  useEffect(() => {
    const onChange = () => setId(personIdFromHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}

/** The people list, as the records pattern names it (renderer/components/records: its «Angre» rows). */
export const PEOPLE_LIST = 'people';
