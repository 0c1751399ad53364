import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { useDrafts, type Draft } from '../data/drafts';
import { updateRecord } from '../data/mutations';
import { formatClock } from '../forms/clock';
import { isKind } from '../../shared/model/kinds';
import { formatDateNb } from '../../shared/rules/dates';
import { useWorkbookStore } from '../stores/workbookStore';
import { TriangleAlert } from 'lucide-react';
import { Button } from '../ui';

/**
 * On start: text typed in an earlier session that never reached the workbook
 * (a failed save, a page closed mid-save), offered back with a way to its
 * field, to save it now, or to discard it. Drafts the workbook turns out to
 * have after all (the save arrived while the page closed) go without a word.
 */
const PAGE_STARTED = Date.now();
const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

export function DraftNotice() {
  const { t, i18n } = useTranslation();
  const workbookId = useWorkbookStore((s) => s.info?.workbookId);
  const all = useDrafts((s) => s.drafts);
  const [checked, setChecked] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Offered back on the next start: a draft kept in this session is shown at its field, which says it failed.
  const drafts = all.filter((d) => d.workbookId === workbookId && Date.parse(d.at) < PAGE_STARTED);

  useEffect(() => {
    if (!workbookId || checked) return;
    setChecked(true);
    void Promise.all(useDrafts.getState().drafts.filter((d) => d.workbookId === workbookId).map(async (d) => {
      if (!d.target || !isKind(d.target.kind)) return;
      try {
        const record = await call('getRecord', { kind: d.target.kind, id: d.target.id }) as Record<string, unknown>;
        if (String(record[d.target.field] ?? '') === d.text) useDrafts.getState().discard(d.workbookId, d.key);
      } catch {
        // The record is gone or the workbook cannot say: the draft stays for the user to decide.
      }
    }));
  }, [workbookId, checked]);

  if (drafts.length === 0) return null;
  const save = async (d: Draft) => {
    if (!d.target || !isKind(d.target.kind)) return;
    try {
      await updateRecord(d.target.kind, d.target.id, { [d.target.field]: d.text }, undefined, d.label);
      useDrafts.getState().discard(d.workbookId, d.key);
    } catch (e) {
      setErrors((x) => ({ ...x, [d.key]: errorMessage(e) }));
    }
  };
  return (
    <section className="draft-notice" aria-labelledby="draft-notice-title">
      <h2 id="draft-notice-title"><TriangleAlert aria-hidden="true" size={16} className="inline-icon" /> {t('drafts.title')}</h2>
      <p>{t('drafts.intro')}</p>
      <ul>
        {drafts.map((d) => {
          const at = new Date(d.at);
          return (
            <li key={d.key}>
              <p>{t('drafts.item', { label: d.label, date: formatDateNb(localDate(at)), time: formatClock(at, i18n.language) })}</p>
              <blockquote className="draft-text">{d.text.length > 300 ? `${d.text.slice(0, 300)} …` : d.text}</blockquote>
              {d.target ? <Button size="sm" variant="primary" onClick={() => void save(d)}>{t('drafts.save')}</Button> : null}{' '}
              {d.route ? <a href={d.route}>{t('drafts.goTo')}</a> : null}{' '}
              <Button size="sm" onClick={() => useDrafts.getState().discard(d.workbookId, d.key)}>{t('drafts.discard')}</Button>
              {errors[d.key] ? <p className="field-error">{t('drafts.saveFailed', { message: errors[d.key] })}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
