import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRiskStore, type RiskRow } from '../stores/riskStore';
import { RecordTextField } from '../forms/fields';
import { useKindsVersion } from '../data/changes';

export function Risks() {
  const { t } = useTranslation();
  const { risks, loaded, load } = useRiskStore();
  const [selected, setSelected] = useState<string | undefined>();
  const version = useKindsVersion('risk');
  useEffect(() => {
    void load();
  }, [load, version]);
  const current = risks.find((r) => r.id === selected);
  return (
    <section aria-labelledby="risks-title">
      <h1 id="risks-title">{t('nav.risks')}</h1>
      {loaded && risks.length === 0 ? <p>{t('risks.none')}</p> : null}
      <table className="risk-table">
        <thead>
          <tr>
            <th scope="col">{t('risks.number')}</th>
            <th scope="col">{t('risks.title')}</th>
            <th scope="col">{t('risks.probability')}</th>
            <th scope="col">{t('risks.consequence')}</th>
          </tr>
        </thead>
        <tbody>
          {risks.map((r) => (
            <tr key={r.id} aria-selected={r.id === selected}>
              <td>{r.number}</td>
              <td>
                <button type="button" className="link" onClick={() => setSelected(r.id)}>{r.title}</button>
              </td>
              <td>{r.probability}</td>
              <td>{r.consequence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {current ? <RiskEditor key={current.id} risk={current} /> : null}
    </section>
  );
}

/** Saves each field when it loses focus: there is no Save button. */
function RiskEditor({ risk }: { risk: RiskRow }) {
  const { t } = useTranslation();
  const record = risk as unknown as { id: string } & Record<string, unknown>;
  return (
    <form className="editor" aria-label={t('risks.edit', { number: risk.number })} onSubmit={(e) => e.preventDefault()}>
      <h2>{t('risks.edit', { number: risk.number })}</h2>
      <RecordTextField kind="risk" record={record} field="title" label={t('risks.title')} />
      <RecordTextField kind="risk" record={record} field="measures" label={t('risks.measures')} multiline />
    </form>
  );
}
