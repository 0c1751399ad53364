import { useEffect, useState } from 'react';

export const SCREENS = ['overview', 'plan', 'milestones', 'budget', 'risks', 'meetings', 'actions', 'logs', 'reports', 'people', 'sync'] as const;
export type Screen = (typeof SCREENS)[number];

function screenFromHash(): Screen {
  const name = window.location.hash.replace(/^#\/?/, '').split('/')[0];
  return (SCREENS as readonly string[]).includes(name ?? '') ? (name as Screen) : 'overview';
}

/** Hash routing: works the same under app:// and the web host, with no server-side routes. */
export function useHashRoute(): Screen {
  const [screen, setScreen] = useState<Screen>(screenFromHash);
  useEffect(() => {
    const onChange = () => setScreen(screenFromHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return screen;
}
