import { KINDS, KIND_NAMES, type Kind } from '../../shared/model/kinds';
import type { ApiArgs, ApiResult, CallOptions } from '../../shared/api/contract';
import { call } from '../api/client';
import { useChanges } from './changes';
import { useHistory } from './history';
import { useSaveStatus } from './saveStatus';
import { windowSession } from './windowSession';

/**
 * Every write the UI makes goes through here, as one API call: the workbook
 * validates it, makes it one transaction, and (given this window's session
 * and the label) puts it on this window's undo history. Every window reloads
 * on the workbook's change events (data/changes.ts). No rule lives here: undo,
 * redo and what a risk assessment carries are the command layer's.
 */
async function tracked<T extends { tx: string }>(
  label: string, kinds: readonly Kind[], write: () => Promise<T>, isStep: (r: T) => boolean,
): Promise<T> {
  const status = useSaveStatus.getState();
  status.begin();
  try {
    const result = await write();
    status.succeed();
    if (isStep(result)) useHistory.getState().recorded(result.tx, label);
    return result;
  } catch (e) {
    status.fail(e instanceof Error ? e.message : String(e));
    throw e;
  } finally {
    // The workbook's change event says the same a moment later; the screen that wrote reloads at once.
    useChanges.getState().bump(kinds);
  }
}

function withChildren(kind: Kind): Kind[] {
  const children = (KINDS[kind] as { children?: readonly { kind: Kind }[] }).children ?? [];
  return [kind, ...children.map((c) => c.kind)];
}

const tag = (label: string) => ({ session: windowSession(), label });
const always = () => true;

export async function createRecord(kind: Kind, fields: Record<string, unknown>, label: string): Promise<string> {
  return (await tracked(label, [kind], () => call('createRecord', { kind, fields, history: tag(label) }), always)).id;
}

/**
 * Sets fields of a record as one undo step. `before` is no longer needed
 * (the workbook knows what it replaces) and is ignored; it stays in the
 * signature for the screens that pass it.
 */
export async function updateRecord(
  kind: Kind, id: string, patch: Record<string, unknown>, _before: Record<string, unknown> | undefined, label: string,
  options: CallOptions = {},
): Promise<string[]> {
  const write = () => call('updateRecord', { kind, id, patch, history: tag(label) }, options);
  return (await tracked(label, [kind], write, (r) => r.changed.length > 0)).changed;
}

/** Deletes a record and the children deleted with it; returns the transaction, so an in-place «Angre» can tell it is still the last step. */
export async function deleteRecord(kind: Kind, id: string, label: string): Promise<string> {
  return (await tracked(label, withChildren(kind), () => call('deleteRecord', { kind, id, history: tag(label) }), always)).tx;
}

/**
 * Brings a deleted record back with the children deleted with it: the
 * workbook's own restore, for when the delete is no longer the last step
 * that Angre would take back.
 */
export async function restoreRecord(kind: Kind, id: string, label: string): Promise<string> {
  return (await tracked(label, withChildren(kind), () => call('restoreRecord', { kind, id, history: tag(label) }), always)).tx;
}

/** Puts records of one kind in this order (their sortOrder or number), as one undo step. */
export async function moveRecord(kind: Kind, ids: readonly string[], label: string): Promise<string[]> {
  const write = () => call('reorderRecords', { kind, ids: [...ids], history: tag(label) });
  return (await tracked(label, [kind], write, (r) => r.changed.length > 0)).changed;
}

export interface RiskScores {
  probability: number;
  consequence: number;
  residualProbability: number | null;
  residualConsequence: number | null;
}

/**
 * A saved change of a risk's scores: the workbook sets them and records the
 * dated assessment (one per editing session when `editing` is given). Returns
 * the assessment's id, or null when no score changed. `before` is ignored.
 */
export async function assessRisk(args: Omit<ApiArgs<'assessRisk'>, 'history'>, _before: RiskScores | undefined, label: string): Promise<string | null> {
  const write = () => call('assessRisk', { ...args, history: tag(label) });
  return (await tracked(label, ['risk', 'risk-assessment'], write, (r) => r.assessmentId !== null)).assessmentId;
}

/** «Publiser»: the workbook freezes the report (electron/workbook/statusReportPublish.ts), one undo step. */
export async function publishStatusReport(id: string, label: string): Promise<string> {
  return (await tracked(label, ['status-report'], () => call('publishStatusReport', { id, history: tag(label) }), always)).publishedAt;
}

/** Settles a sync conflict as an undoable step. */
export async function resolveConflict(
  id: string, resolution: { keep: 'current' | 'other' } | { value: unknown }, label: string,
): Promise<void> {
  await tracked(label, [], () => call('resolveConflict', { id, ...resolution, history: tag(label) }), always);
}

/**
 * Erases a person on every installation (electron/workbook/erasure.ts). Not
 * an undo step: the workbook forgets the history instead (an undo would bring
 * the name back), so Angre and Gjør om read it again.
 */
export async function erasePerson(id: string): Promise<ApiResult<'erasePerson'>> {
  const result = await tracked('', KIND_NAMES, () => call('erasePerson', { id }), () => false);
  await useHistory.getState().load();
  return result;
}

/** Names this installation (first start, the sync page). Not an undo step: it is this installation's own setting. */
export async function nameInstallation(name: string): Promise<ApiResult<'setReplicaName'>> {
  const status = useSaveStatus.getState();
  status.begin();
  try {
    const info = await call('setReplicaName', { name });
    status.succeed();
    return info;
  } catch (e) {
    status.fail(e instanceof Error ? e.message : String(e));
    throw e;
  }
}
