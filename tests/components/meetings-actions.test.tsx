import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installRealWorkbook, type RealWorkbook } from './realWorkbook';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Actions } from '../../renderer/screens/actions/Actions';
import { useActionFilter, useActionItems, type ActionItemRow } from '../../renderer/screens/actions/store';
import { DEFAULT_FILTER, filterActionItems } from '../../renderer/screens/actions/filters';
import { useDirectory } from '../../renderer/data/directoryStore';
import { isDueThisWeek, isOverdue } from '../../shared/rules/meetings';
import { todayIso } from '../../shared/rules/dates';


const id = (n: number) => `0190a6b0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const KARI = id(10);
const OLA = id(11);
const MEETING = { meetingId: id(50), meetingTitle: 'Styringsgruppemøte', meetingStartsAt: '2022-01-12T13:00' };
const today = todayIso();

const ITEMS: ActionItemRow[] = [
  { id: id(1), text: 'Sende referatet', ownerId: KARI, dueDate: '2022-02-01', status: 'open', ...MEETING },
  { id: id(2), text: 'Avklare budsjettet', ownerId: OLA, dueDate: '2022-02-03', status: 'done', ...MEETING },
  { id: id(3), text: 'Bestille lokale', ownerId: OLA, dueDate: today, status: 'in_progress', ...MEETING },
  { id: id(4), text: 'Skrive sluttrapport', ownerId: null, dueDate: null, status: 'open', ...MEETING },
];

// jsdom lays nothing out; give the virtualised list a window to render rows into.
// (They live on Element.prototype; the stand-ins on HTMLElement.prototype shadow them and are removed afterwards.)
beforeAll(() => {
  for (const p of ['clientHeight', 'clientWidth']) Object.defineProperty(HTMLElement.prototype, p, { configurable: true, get: () => 800 });
});
afterAll(() => {
  for (const p of ['clientHeight', 'clientWidth']) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[p];
});

describe('Oppgaver: every action item, by due date', () => {
  let real: RealWorkbook;
  /** The real ids of the meeting and of ITEMS, in order. */
  let meeting: string;
  let itemIds: string[];
  beforeEach(() => {
    useActionItems.setState({ items: [], loaded: false, error: undefined });
    useActionFilter.setState({ filter: DEFAULT_FILTER });
    useDirectory.setState({ people: [], groups: [], memberships: [], loaded: false, error: undefined });
    real = installRealWorkbook({ empty: true });
    const c = real.wb.commands;
    const people = { [KARI]: c.create('person', { name: 'Kari Nordmann' }), [OLA]: c.create('person', { name: 'Ola Hansen' }) };
    meeting = c.create('meeting', { title: MEETING.meetingTitle, startsAt: MEETING.meetingStartsAt, type: 'steering_group' });
    itemIds = ITEMS.map((i) => c.create('action', {
      meetingId: meeting, text: i.text, ownerId: i.ownerId ? people[i.ownerId] : null, dueDate: i.dueDate, status: i.status,
    }));
  });

  const rows = () => screen.getAllByRole('row').slice(1); // the first is the header
  const rowOf = (text: string) => rows().find((r) => r.textContent?.includes(text))!;

  it('marks the overdue item in words and with a symbol, and no finished one', async () => {
    render(<Actions />);
    await screen.findByText('Sende referatet');
    expect(rows().map((r) => within(r).getAllByRole('cell')[1]!.textContent))
      .toEqual(['Sende referatet', 'Avklare budsjettet', 'Bestille lokale', 'Skrive sluttrapport']);
    const overdue = rowOf('Sende referatet');
    expect(within(overdue).getByText('Forfalt')).toBeTruthy();
    // The symbol beside the word: the badge's warning icon (drawn, the word says it).
    expect(within(overdue).getByText('Forfalt').closest('.ui-badge')?.querySelector('svg')).toBeTruthy();
    // Done, and due today: neither is overdue.
    expect(rowOf('Avklare budsjettet').textContent).not.toContain('Forfalt');
    expect(rowOf('Bestille lokale').textContent).not.toContain('Forfalt');
    expect(rowOf('Skrive sluttrapport').textContent).toContain('Ingen frist');
    expect(screen.getByText('Viser 4 av 4 oppgaver')).toBeTruthy();
    expect(screen.getByText('1 forfalt')).toBeTruthy();
    expect(within(rowOf('Sende referatet')).getByRole('link', { name: 'Styringsgruppemøte' }).getAttribute('href'))
      .toBe(`#/meetings/${meeting}`);
  });

  it('filters by owner, status and due date', async () => {
    const user = userEvent.setup();
    render(<Actions />);
    await screen.findByText('Sende referatet');
    const texts = () => rows().map((r) => within(r).getAllByRole('cell')[1]!.textContent);

    await user.selectOptions(screen.getByLabelText('Frist'), 'overdue');
    expect(texts()).toEqual(['Sende referatet']);
    await user.selectOptions(screen.getByLabelText('Frist'), 'this_week');
    expect(texts()).toEqual(['Bestille lokale']);
    await user.selectOptions(screen.getByLabelText('Frist'), 'none');
    expect(texts()).toEqual(['Skrive sluttrapport']);
    await user.selectOptions(screen.getByLabelText('Frist'), 'all');

    await user.selectOptions(screen.getByLabelText('Ansvarlig'), 'Ola Hansen');
    expect(texts()).toEqual(['Avklare budsjettet', 'Bestille lokale']);
    await user.selectOptions(screen.getByLabelText('Status'), 'unfinished');
    expect(texts()).toEqual(['Bestille lokale']);
    expect(screen.getByText('Viser 1 av 4 oppgaver')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Nullstill filtrene' }));
    expect(texts()).toHaveLength(4);
    await user.selectOptions(screen.getByLabelText('Ansvarlig'), 'none');
    expect(texts()).toEqual(['Skrive sluttrapport']);
  });

  it('changes the status inline, and the overdue mark goes with it', async () => {
    const user = userEvent.setup();
    render(<Actions />);
    await screen.findByText('Sende referatet');
    await user.selectOptions(screen.getByLabelText('Status for «Sende referatet»'), 'done');
    await waitFor(() => expect(real.writes('updateRecord')).toEqual([{ kind: 'action', id: itemIds[0], patch: { status: 'done' } }]));
    expect(real.wb.records.get('action', itemIds[0]!)!.fields.status).toBe('done');
    await waitFor(() => expect(rowOf('Sende referatet').textContent).not.toContain('Forfalt'));
    expect((screen.getByLabelText('Status for «Sende referatet»') as HTMLSelectElement).value).toBe('done');
  });

  it('marks an item done with a real checkbox named by its text, and opens it again', async () => {
    const user = userEvent.setup();
    render(<Actions />);
    await screen.findByText('Sende referatet');
    const box = screen.getByRole('checkbox', { name: 'Bestille lokale' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Avklare budsjettet' }) as HTMLInputElement).checked).toBe(true);
    await user.click(box);
    await waitFor(() => expect(real.wb.records.get('action', itemIds[2]!)!.fields.status).toBe('done'));
    await waitFor(() => expect((screen.getByLabelText('Status for «Bestille lokale»') as HTMLSelectElement).value).toBe('done'));
    expect(rowOf('Bestille lokale').className).toContain('status-done');
    await user.click(screen.getByRole('checkbox', { name: 'Bestille lokale' }));
    await waitFor(() => expect(real.wb.records.get('action', itemIds[2]!)!.fields.status).toBe('open'));
  });
});

describe('the due-date rules behind the filters', () => {
  it('counts an unfinished item as overdue the day after its due date', () => {
    expect(isOverdue({ dueDate: '2022-02-01', status: 'open' }, '2022-02-01')).toBe(false);
    expect(isOverdue({ dueDate: '2022-02-01', status: 'in_progress' }, '2022-02-02')).toBe(true);
    expect(isOverdue({ dueDate: '2022-02-01', status: 'cancelled' }, '2022-02-02')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'open' }, '2022-02-02')).toBe(false);
  });

  it('takes this week as Monday to Sunday, the Norwegian calendar week', () => {
    // Wednesday 2 February 2022 is in week 5: Monday 31 January to Sunday 6 February.
    expect(isDueThisWeek('2022-01-31', '2022-02-02')).toBe(true);
    expect(isDueThisWeek('2022-02-06', '2022-02-02')).toBe(true);
    expect(isDueThisWeek('2022-01-30', '2022-02-02')).toBe(false);
    expect(isDueThisWeek('2022-02-07', '2022-02-02')).toBe(false);
  });

  it('combines the three filters', () => {
    const found = filterActionItems(ITEMS, { owner: OLA, status: 'all', due: 'overdue' }, '2022-02-10');
    expect(found).toEqual([]);
    expect(filterActionItems(ITEMS, { owner: KARI, status: 'open', due: 'overdue' }, '2022-02-10').map((i) => i.id))
      .toEqual([id(1)]);
  });
});
