import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadProblem } from '../../components/LoadProblem';
import { useRecordInRoute } from '../../search/recordRoute';
import { Tabs } from '../../ui';
import { ChangeLog } from './ChangeLog';
import { LessonLog } from './LessonLog';
import { useLogData } from './store';
import './i18n';
import './logs.css';

type Log = 'lessons' | 'changes';

/**
 * Erfaringer og endringer: the erfaringslogg and the endringslogg (issue 14),
 * one tab each. A search hit (#/logs/<id>) opens the tab its record is in;
 * revealRecord then brings the entry into view.
 */
export function LogsScreen() {
  const { t } = useTranslation('logs');
  const { lessons, changes, loaded, error, load } = useLogData();
  const [tab, setTab] = useState<Log>('lessons');
  const routed = useRecordInRoute('logs');
  // Once per address: a later reload (a delete, an edit) must not pull the user back to the routed record's tab.
  const opened = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!routed || opened.current === routed) return;
    const log: Log | undefined = changes.some((c) => c.id === routed) ? 'changes' : lessons.some((l) => l.id === routed) ? 'lessons' : undefined;
    if (!log) return;
    opened.current = routed;
    setTab(log);
  }, [routed, lessons, changes]);
  if (!loaded) return error ? <LoadProblem message={error} onRetry={load} /> : <p>{t('translation:app.loading')}</p>;
  return (
    <section className="screen logs-screen" aria-labelledby="logs-title">
      <h1 id="logs-title">{t('title')}</h1>
      <Tabs label={t('tabs')} value={tab} onChange={setTab} tabs={[
        { value: 'lessons', label: `${t('lessonsTab')} (${lessons.length})`, panel: <LessonLog /> },
        { value: 'changes', label: `${t('changesTab')} (${changes.length})`, panel: <ChangeLog /> },
      ]} />
    </section>
  );
}
