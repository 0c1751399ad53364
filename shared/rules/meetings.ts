import { endOfISOWeek, formatISO, startOfISOWeek } from 'date-fns';
import type { ActionStatus } from '../model/enums.js';

/**
 * Rules of the meeting log and its action items (oppgaver): meeting times as
 * people type them, and when an action item counts as overdue or due soon.
 */

/** Reads a time of day as people type it: "13.00", "13:00", "1300", "kl. 13"; "9.5" is refused. Returns "HH:mm". */
export function parseTimeNb(text: string): string | undefined {
  const t = text.trim().replace(/^kl\.?\s*/i, '');
  const m = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(t);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** "13:00" → "13.00", the Norwegian way. */
export function formatTimeNb(time: string): string {
  return time.replace(':', '.');
}

/** The date and time parts of a meeting's "2022-01-12T13:00". */
export function splitDateTime(isoDateTime: string): { date: string; time: string } {
  const [date = '', time = ''] = isoDateTime.split('T');
  return { date, time };
}

/** Statuses of an action item that still ask something of its owner. */
export const UNFINISHED_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];

export function isUnfinished(status: ActionStatus): boolean {
  return UNFINISHED_ACTION_STATUSES.includes(status);
}

/** An unfinished action item whose due date has passed; due today is not yet overdue. */
export function isOverdue(item: { dueDate: string | null; status: ActionStatus }, today: string): boolean {
  return item.dueDate !== null && item.dueDate < today && isUnfinished(item.status);
}

/** Monday and Sunday of the ISO week (Norwegian calendar week) that holds `today`. */
export function isoWeekBounds(today: string): { from: string; to: string } {
  const day = localDate(today);
  return { from: toIso(startOfISOWeek(day)), to: toIso(endOfISOWeek(day)) };
}

/** Due some day of the current calendar week, Monday to Sunday. */
export function isDueThisWeek(dueDate: string | null, today: string): boolean {
  if (dueDate === null) return false;
  const { from, to } = isoWeekBounds(today);
  // Zero-padded ISO dates order as strings exactly as in time.
  return from <= dueDate && dueDate <= to;
}

function localDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

function toIso(d: Date): string {
  return formatISO(d, { representation: 'date' });
}
