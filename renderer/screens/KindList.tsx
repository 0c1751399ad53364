import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import type { Screen } from '../useHashRoute';

/** A plain list of one kind of record, for screens whose full view is still being built. */
export function KindList({ screen, kind, titleField }: { screen: Screen; kind: string; titleField: string }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Record<string, unknown>[] | undefined>();
  useEffect(() => {
    let live = true;
    void call('listRecords', { kind }).then((r) => live && setRows(r));
    return () => {
      live = false;
    };
  }, [kind]);
  return (
    <section aria-labelledby={`${screen}-title`}>
      <h1 id={`${screen}-title`}>{t(`nav.${screen}`)}</h1>
      {rows === undefined ? <p>{t('app.loading')}</p> : rows.length === 0 ? <p>{t('common.empty')}</p> : (
        <ul className="kind-list">
          {rows.map((r) => <li key={String(r.id)}>{String(r[titleField] ?? '')}</li>)}
        </ul>
      )}
    </section>
  );
}
