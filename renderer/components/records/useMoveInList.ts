import { useTranslation } from 'react-i18next';
import type { Kind } from '../../../shared/model/kinds';
import type { MoveHandlers } from './EditableRecord';
import { moveRecord } from '../../data/mutations';
import './i18n';

/** Flytt opp / Flytt ned for the records of one ordered list, each move one undo step (the workbook renumbers). */
export function useMoveInList<R extends { id: string }>(kind: Kind, records: readonly R[], nameOf: (r: R) => string) {
  const { t } = useTranslation('records');
  return (record: R): MoveHandlers => {
    const at = records.findIndex((r) => r.id === record.id);
    const to = (index: number) => () => {
      const ids = records.map((r) => r.id);
      ids.splice(at, 1);
      ids.splice(index, 0, record.id);
      void moveRecord(kind, ids, t('moveStep', { name: nameOf(record) })).catch(() => undefined);
    };
    return { up: at > 0 ? to(at - 1) : undefined, down: at >= 0 && at < records.length - 1 ? to(at + 1) : undefined };
  };
}
