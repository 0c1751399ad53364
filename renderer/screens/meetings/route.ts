import { useEffect, useState } from 'react';

export { meetingHref } from '../../components/meetingHref';

function meetingIdFromHash(): string | undefined {
  const m = /^#\/meetings\/([\w-]+)/.exec(window.location.hash);
  return m?.[1];
}

/** The meeting whose page is open (#/meetings/<id>), or undefined on the log (#/meetings). */
export function useMeetingId(): string | undefined {
  const [id, setId] = useState(meetingIdFromHash);
  useEffect(() => {
    const onChange = () => setId(meetingIdFromHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}
