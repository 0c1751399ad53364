import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch.js';
import { createHandlers } from '../../electron/api/handlers.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';

/**
 * Every committed transaction reaches the open windows as a change event
 * naming the kinds and ids it touched, whoever made it: this process or the
 * CLI writing the same file from another process.
 */
const { dir, track } = useTempDir();
const CLI = resolve(import.meta.dirname, '../../bin/prosjektboka.js');

type Answer = { epoch: string; cursor: number; reset: boolean; changes: { seq: number; records: { kind: string; ids: string[] | null }[]; workbook: boolean }[] };

function served() {
  const wb = track(newWorkbook(dir(), 'a.prosjektboka', { empty: true }));
  const session = new WorkbookSession(wb, { canSwitch: false });
  const handlers = createHandlers(session);
  const wait = async (after: number, epoch?: string, timeoutMs = 30_000): Promise<Answer> => {
    const envelope = await dispatch(handlers, 'waitForChanges', { after, epoch, timeoutMs });
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.result as Answer;
  };
  return { wb, session, handlers, wait };
}

describe('change events', () => {
  it('answers a waiting window as soon as a commit lands, with the kinds and ids it changed', async () => {
    const { wb, session, wait } = served();
    const start = await wait(-1);
    expect(start).toMatchObject({ changes: [], reset: false });
    const waiting = wait(start.cursor, start.epoch);
    const id = wb.commands.create('meeting', { title: 'Møte', startsAt: '2022-03-01T10:00', type: 'other' });
    const answer = await waiting;
    expect(answer.changes).toHaveLength(1);
    expect(answer.changes[0]!.records).toEqual([{ kind: 'meeting', ids: [id] }]);
    // A window that asks again from the new cursor waits for the next one.
    const next = wait(answer.cursor, answer.epoch);
    wb.commands.create('action', { meetingId: id, text: 'Ring' });
    expect((await next).changes[0]!.records.map((r) => r.kind)).toEqual(['action']);
    session.close();
  });

  it('hears of a commit made by the CLI in another process', async () => {
    const { wb, session, wait } = served();
    const start = await wait(-1);
    const id = wb.commands.create('meeting', { title: 'Møte', startsAt: '2022-03-01T10:00', type: 'other' });
    const afterOwn = await wait(start.cursor, start.epoch);
    const waiting = wait(afterOwn.cursor, afterOwn.epoch);
    const r = spawnSync(process.execPath, [CLI, 'update', wb.path, 'meeting', id, 'place=Fra CLI'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const answer = await waiting;
    expect(answer.changes.flatMap((c) => c.records)).toEqual([{ kind: 'meeting', ids: [id] }]);
    expect(wb.records.get('meeting', id)!.fields.place).toBe('Fra CLI');
    session.close();
  });

  it('tells a window with a cursor from another host (or a missed stretch) to reload everything', async () => {
    const { session, wait } = served();
    const start = await wait(-1);
    expect((await wait(start.cursor, 'another-epoch')).reset).toBe(true);
    expect((await wait(start.cursor + 5, start.epoch)).reset).toBe(true);
    expect((await wait(start.cursor, start.epoch, 0)).reset).toBe(false);
    session.close();
  });

  it('refuses a malformed request with a message naming the argument', async () => {
    const { session, handlers } = served();
    const envelope = await dispatch(handlers, 'waitForChanges', { after: 'soon' });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.message).toMatch(/after/);
    session.close();
  });
});
