import { useTranslation } from 'react-i18next';
import { usePlanStore } from './store';

/** The ansvarstabell: every role row as the plan writes it, with the person's title and affiliation in that row. */
export function ResponsibilityTable() {
  const { t } = useTranslation('plan');
  const { roles, people, groups } = usePlanStore();
  const person = (id: unknown) => people.find((p) => p.id === id);
  const group = (id: unknown) => groups.find((g) => g.id === id);
  return (
    <section className="plan-block">
      <table className="responsibility" aria-label={t('responsibility')}>
        <thead>
          <tr>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('position')}</th>
            <th scope="col">{t('affiliation')}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r) => {
            const p = person(r.personId);
            const g = group(r.groupId);
            const roleName = t(`translation:enums.role.${String(r.role)}`);
            const showGroup = g && (r.role === 'member' || r.role === 'coordinator');
            return (
              <tr key={r.id}>
                <td>{showGroup ? `${String(g.name)}: ${roleName.toLowerCase()}` : roleName}</td>
                <th scope="row">
                  {String(p?.name ?? t('none'))}
                  {p?.placeholder ? <span className="muted"> {t('placeholder')}</span> : null}
                </th>
                <td>{String(r.positionAsWritten || p?.position || t('none'))}</td>
                <td>{String(r.affiliationAsWritten || p?.affiliation || t('none'))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
