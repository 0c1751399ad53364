import type { ActionStatus } from '../../../shared/model/enums';
import { isDueThisWeek, isOverdue, isUnfinished } from '../../../shared/rules/meetings';

/** Owner: a person's id, or everyone, or nobody. Ids are UUIDs, so the two words cannot clash with one. */
export type OwnerFilter = 'all' | 'none' | string;
export type StatusFilter = 'all' | 'unfinished' | ActionStatus;
export type DueFilter = 'all' | 'overdue' | 'this_week' | 'none';

export interface ActionFilter {
  owner: OwnerFilter;
  status: StatusFilter;
  due: DueFilter;
}

export const DEFAULT_FILTER: ActionFilter = { owner: 'all', status: 'all', due: 'all' };

interface Filterable {
  ownerId: string | null;
  dueDate: string | null;
  status: ActionStatus;
}

/** The items that pass all three filters, in the order given (by due date). */
export function filterActionItems<T extends Filterable>(items: readonly T[], filter: ActionFilter, today: string): T[] {
  return items.filter((item) => {
    if (filter.owner === 'none' ? item.ownerId !== null : filter.owner !== 'all' && item.ownerId !== filter.owner) return false;
    if (filter.status === 'unfinished' ? !isUnfinished(item.status) : filter.status !== 'all' && item.status !== filter.status) return false;
    switch (filter.due) {
      case 'overdue':
        return isOverdue(item, today);
      case 'this_week':
        return isDueThisWeek(item.dueDate, today);
      case 'none':
        return item.dueDate === null;
      default:
        return true;
    }
  });
}
