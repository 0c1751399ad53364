import { useTranslation } from 'react-i18next';
import { conflictValue, fieldLabel, kindLabel, markedLines, recordTitleText } from './format';
import type { Conflict, ImportReport } from './store';

const DELETED = '_deleted';

/**
 * The conflicts an import will raise, in its preview: for each, the record,
 * the field, the value that holds after the import and the one set aside
 * (with whose it is), shown as the user knows them. Long text shows only
 * the lines that differ.
 */
export function RaisedConflicts({ report }: { report: ImportReport }) {
  const { t } = useTranslation('sync');
  if (report.conflicts.length === 0) return null;
  const more = report.newConflicts - report.conflicts.length;
  return (
    <>
      <table className="sync-raised">
        <caption>{t('raised.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('raised.record')}</th>
            <th scope="col">{t('raised.field')}</th>
            <th scope="col">{t('raised.kept')}</th>
            <th scope="col">{t('raised.setAside')}</th>
          </tr>
        </thead>
        <tbody>
          {report.conflicts.map((c) => (
            <tr key={c.id}>
              <td>{kindLabel(t, c.kind)} «{recordTitleText(t, c)}»</td>
              <td>{fieldLabel(t, c.field)}</td>
              <td><Side conflict={c} side="current" /></td>
              <td>
                <Side conflict={c} side="other" />
                <span className="sync-raised-from">{t('raised.from', { name: c.otherReplicaName || t('conflicts.otherInstallation') })}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 ? <p className="panel-hint">{t('raised.more', { count: more })}</p> : null}
    </>
  );
}

function Side({ conflict, side }: { conflict: Conflict; side: 'current' | 'other' }) {
  const { t } = useTranslation('sync');
  if (conflict.field === DELETED) return <>{conflict[side] === true ? t('raised.recordDeleted') : t('raised.recordKept')}</>;
  const value = conflict[side];
  const other = conflict[side === 'current' ? 'other' : 'current'];
  if (conflict.longText && typeof value === 'string' && value !== '') {
    // Only the lines that differ: the rest is the same on both sides.
    const differing = markedLines(value, typeof other === 'string' ? other : '').filter((l) => l.differs && l.line.trim() !== '');
    return <>{differing.map((l, i) => <span key={i} className="sync-line sync-line-differs">{l.line}</span>)}</>;
  }
  const shown = conflictValue(t, conflict, side);
  return (
    <>
      <span className="sync-value">{shown.text}</span>
      {shown.detail ? <span className="sync-value-detail">{shown.detail}</span> : null}
    </>
  );
}
