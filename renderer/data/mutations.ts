import { KINDS, type Kind } from '../../shared/model/kinds';
import type { ApiArgs } from '../../shared/api/contract';
import { call } from '../api/client';
import { useChanges } from './changes';
import { useHistory } from './history';
import { useSaveStatus } from './saveStatus';

/**
 * Every write the UI makes goes through here: it shows the save status, tells
 * the stores which kinds changed, and records how to undo and redo it. The
 * rules themselves stay in the command layer behind the API.
 */
async function tracked<T>(kinds: readonly Kind[], write: () => Promise<T>): Promise<T> {
  const status = useSaveStatus.getState();
  status.begin();
  try {
    const result = await write();
    status.succeed();
    return result;
  } catch (e) {
    status.fail(e instanceof Error ? e.message : String(e));
    throw e;
  } finally {
    // Even a refused write may have raced another change; reloading is cheap and keeps views honest.
    useChanges.getState().bump(kinds);
  }
}

function withChildren(kind: Kind): Kind[] {
  const children = (KINDS[kind] as { children?: readonly { kind: Kind }[] }).children ?? [];
  return [kind, ...children.map((c) => c.kind)];
}

export async function createRecord(kind: Kind, fields: Record<string, unknown>, label: string): Promise<string> {
  const { id } = await tracked([kind], () => call('createRecord', { kind, fields }));
  useHistory.getState().record({
    label,
    undo: () => tracked(withChildren(kind), () => call('deleteRecord', { kind, id })).then(() => undefined),
    redo: () => tracked(withChildren(kind), () => call('restoreRecord', { kind, id })).then(() => undefined),
  });
  return id;
}

/**
 * Sets fields of a record. `before` holds their values as the user saw them;
 * undo writes those back.
 */
export async function updateRecord(
  kind: Kind, id: string, patch: Record<string, unknown>, before: Record<string, unknown>, label: string,
): Promise<string[]> {
  const { changed } = await tracked([kind], () => call('updateRecord', { kind, id, patch }));
  if (changed.length > 0) {
    const pick = (source: Record<string, unknown>) => Object.fromEntries(changed.map((f) => [f, source[f]]));
    const undoPatch = pick(before);
    const redoPatch = pick(patch);
    useHistory.getState().record({
      label,
      undo: () => tracked([kind], () => call('updateRecord', { kind, id, patch: undoPatch })).then(() => undefined),
      redo: () => tracked([kind], () => call('updateRecord', { kind, id, patch: redoPatch })).then(() => undefined),
    });
  }
  return changed;
}

export async function deleteRecord(kind: Kind, id: string, label: string): Promise<void> {
  const kinds = withChildren(kind);
  await tracked(kinds, () => call('deleteRecord', { kind, id }));
  useHistory.getState().record({
    label,
    undo: () => tracked(kinds, () => call('restoreRecord', { kind, id })).then(() => undefined),
    redo: () => tracked(kinds, () => call('deleteRecord', { kind, id })).then(() => undefined),
  });
}

export interface RiskScores {
  probability: number;
  consequence: number;
  residualProbability: number | null;
  residualConsequence: number | null;
}

/** Moves a risk in the matrix (a dated assessment); undo restores the scores and removes the assessment. */
export async function assessRisk(args: ApiArgs<'assessRisk'>, before: RiskScores, label: string): Promise<string> {
  const kinds: Kind[] = ['risk', 'risk-assessment'];
  const { assessmentId } = await tracked(kinds, () => call('assessRisk', args));
  const after: Record<string, unknown> = { probability: args.probability, consequence: args.consequence };
  if (args.residualProbability !== undefined) after.residualProbability = args.residualProbability;
  if (args.residualConsequence !== undefined) after.residualConsequence = args.residualConsequence;
  const restore = Object.fromEntries(Object.keys(after).map((k) => [k, before[k as keyof RiskScores]]));
  useHistory.getState().record({
    label,
    undo: () =>
      tracked(kinds, async () => {
        await call('deleteRecord', { kind: 'risk-assessment', id: assessmentId });
        await call('updateRecord', { kind: 'risk', id: args.riskId, patch: restore });
      }),
    redo: () =>
      tracked(kinds, async () => {
        await call('restoreRecord', { kind: 'risk-assessment', id: assessmentId });
        await call('updateRecord', { kind: 'risk', id: args.riskId, patch: after });
      }),
  });
  return assessmentId;
}
