import type { RecordOf } from '../../shared/model/kinds';
import { riskCriteria } from '../../shared/rules/riskCriteria';
import { call } from '../api/client';
import { attention, type Attention, type SyncStatus } from '../data/attention';
import { createLoadedStore, useLoaded } from '../data/loadedStore';

/** Read-only: the records and sync status the frame's counts come from (data/attention.ts derives them). */
export const useAttentionStore = createLoadedStore(
  { actions: [] as RecordOf<'action'>[], risks: [] as RecordOf<'risk'>[], project: undefined as RecordOf<'project'> | undefined, sync: undefined as SyncStatus | undefined },
  async () => {
    const [actions, risks, projects, sync] = await Promise.all([
      call('listRecords', { kind: 'action' }),
      call('listRecords', { kind: 'risk' }),
      call('listRecords', { kind: 'project' }),
      call('getSyncStatus', {}),
    ]);
    return { actions, risks, project: projects[0], sync };
  },
);

/** Reloads when action items or risks change, and on workbook-wide changes (conflicts, imports, exports). */
export function useAttention(): Attention & { loaded: boolean } {
  const { actions, risks, project, sync, loaded } = useLoaded(useAttentionStore, ['action', 'risk', 'project'], { workbook: true });
  return { ...attention(actions, risks, sync, riskCriteria(project).bands), loaded };
}
