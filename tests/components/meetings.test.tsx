import { beforeEach, describe, expect, it } from 'vitest';
import { installRealWorkbook, type RealWorkbook } from './realWorkbook';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import '../../renderer/screens/meetings/i18n';
import { NewMeetingForm } from '../../renderer/screens/meetings/NewMeetingForm';
import { MeetingPage } from '../../renderer/screens/meetings/MeetingPage';
import { fillTemplate } from '../../renderer/screens/meetings/templates';
import { useMeetingDetail } from '../../renderer/screens/meetings/detailStore';
import { useDirectory } from '../../renderer/data/directoryStore';
import { useHistory } from '../../renderer/data/history';
import { useRecordUi } from '../../renderer/components/records';
import { MEETINGS_LIST } from '../../renderer/screens/meetings/logTombstones';

const id = (n: number) => `0190a6b0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const GROUPS = [
  { id: id(1), name: 'Styringsgruppe', kind: 'steering_group' },
  { id: id(2), name: 'Koordineringsteam', kind: 'coordination_team' },
  { id: id(3), name: 'Prosjektgruppe A', kind: 'project_group' },
  { id: id(4), name: 'Prosjektgruppe B', kind: 'project_group' },
] as const;
const PEOPLE = [
  { id: id(10), name: 'Kari Nordmann', position: 'Prosjektleder', affiliation: 'Rakkestad', placeholder: false, email: '' },
  { id: id(11), name: 'Ola Hansen', position: 'Biblioteksjef', affiliation: 'Skiptvet', placeholder: false, email: '' },
];

/**
 * A real workbook with the groups and people above (and Ola in the steering
 * group); `real(n)` is the workbook's id of what `id(n)` names here.
 */
function withDirectory(): { wb: RealWorkbook; real: (n: number) => string } {
  const wb = installRealWorkbook({ empty: true });
  const c = wb.wb.commands;
  const ids = new Map<string, string>();
  for (const g of GROUPS) ids.set(g.id, c.create('group', { name: g.name, kind: g.kind }));
  for (const p of PEOPLE) ids.set(p.id, c.create('person', { name: p.name, position: p.position, affiliation: p.affiliation }));
  c.create('role', { personId: ids.get(id(11))!, role: 'member', groupId: ids.get(id(1))! });
  return { wb, real: (n) => ids.get(id(n))! };
}

describe('a new meeting from the template of its type', () => {
  beforeEach(() => {
    window.location.hash = '#/meetings';
  });

  const form = () => render(<NewMeetingForm groups={GROUPS} onCancel={() => undefined} />);
  const agendaItems = () => within(screen.getByRole('list', { name: 'Saksliste fra malen' })).getAllByRole('listitem').map((li) => li.textContent);
  const groupShown = () => (screen.getByLabelText('Gruppe') as HTMLSelectElement).selectedOptions[0]!.textContent;

  it('fills in title, agenda and group for each type', async () => {
    const user = userEvent.setup();
    form();
    const type = screen.getByLabelText('Møtetype');
    const title = screen.getByLabelText('Tittel') as HTMLInputElement;

    expect(type).toHaveProperty('value', 'steering_group');
    expect(title.value).toBe('Styringsgruppemøte');
    expect(groupShown()).toBe('Styringsgruppe');
    expect(agendaItems()).toEqual([
      'Godkjenning av innkalling og referat', 'Status fra prosjektleder', 'Økonomi', 'Risiko', 'Eventuelt',
    ]);

    await user.selectOptions(type, 'project_group');
    expect(title.value).toBe('Prosjektgruppemøte');
    // Four project groups: the template cannot know which one meets.
    expect(groupShown()).toBe('Ingen gruppe');
    expect(agendaItems()[0]).toBe('Godkjenning av referat fra forrige møte');

    await user.selectOptions(type, 'workshop');
    expect(title.value).toBe('Workshop');
    expect(groupShown()).toBe('Ingen gruppe');
    expect(agendaItems()).toEqual(['Velkommen og mål for dagen', 'Innledning', 'Arbeid i grupper', 'Oppsummering og veien videre']);

    await user.selectOptions(type, 'conference');
    expect(title.value).toBe('Konferanse');
    expect(agendaItems()[0]).toBe('Program og innlegg');

    await user.selectOptions(type, 'other');
    expect(title.value).toBe('Møte');
    expect(agendaItems()).toEqual(['Saker', 'Eventuelt']);
  });

  it('picks the project group when there is only one', () => {
    const t = (key: string) => i18next.t(key, { ns: 'meetings' });
    expect(fillTemplate('project_group', GROUPS.filter((g) => g.id !== id(4)), t).groupId).toBe(id(3));
    expect(fillTemplate('steering_group', [], t).groupId).toBeNull();
  });

  it('keeps a title the user typed when the type changes', async () => {
    const user = userEvent.setup();
    form();
    const title = screen.getByLabelText('Tittel') as HTMLInputElement;
    await user.clear(title);
    await user.type(title, 'Oppstartsmøte');
    await user.selectOptions(screen.getByLabelText('Møtetype'), 'workshop');
    expect(title.value).toBe('Oppstartsmøte');
  });

  it('creates the meeting with the template agenda and opens it', async () => {
    const { wb, real } = withDirectory();
    const user = userEvent.setup();
    render(<NewMeetingForm groups={GROUPS.map((g, i) => ({ ...g, id: real(i + 1) }))} onCancel={() => undefined} />);
    await user.clear(screen.getByLabelText('Dato'));
    await user.type(screen.getByLabelText('Dato'), '12.01.2022');
    await user.type(screen.getByLabelText('Klokkeslett'), '13.00');
    await user.click(screen.getByLabelText('Digitalt møte'));
    await user.click(screen.getByRole('button', { name: 'Opprett møtet' }));
    await waitFor(() => expect(wb.wb.records.list('meeting')).toHaveLength(1));
    const [made] = wb.wb.records.list('meeting');
    await waitFor(() => expect(window.location.hash).toBe(`#/meetings/${made!.id}`));
    expect(made!.fields).toMatchObject({
      title: 'Styringsgruppemøte',
      startsAt: '2022-01-12T13:00',
      type: 'steering_group',
      groupId: real(1),
      place: 'digitalt',
      agenda: '1. Godkjenning av innkalling og referat\n2. Status fra prosjektleder\n3. Økonomi\n4. Risiko\n5. Eventuelt',
    });
  });

  it('creates a meeting without a time of day, and refuses a time it cannot read, said at the field', async () => {
    const { wb, real } = withDirectory();
    const user = userEvent.setup();
    render(<NewMeetingForm groups={GROUPS.map((g, i) => ({ ...g, id: real(i + 1) }))} onCancel={() => undefined} />);
    // Title and date are marked as required (and say so to screen readers); the time is not.
    expect(screen.getByLabelText('Tittel').hasAttribute('required')).toBe(true);
    expect(screen.getByLabelText('Dato').hasAttribute('required')).toBe(true);
    expect(screen.getByLabelText('Klokkeslett').hasAttribute('required')).toBe(false);
    expect(screen.getByText('Felt merket med * må fylles ut. Esc lukker skjemaet.')).toBeTruthy();

    await user.type(screen.getByLabelText('Klokkeslett'), '25.99');
    await user.click(screen.getByRole('button', { name: 'Opprett møtet' }));
    expect(screen.getByLabelText('Klokkeslett').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Skriv et klokkeslett som 13.00, eller la feltet stå tomt')).toBeTruthy();
    expect(wb.writes('createRecord')).toEqual([]);

    await user.clear(screen.getByLabelText('Dato'));
    await user.type(screen.getByLabelText('Dato'), '12.01.2022');
    await user.clear(screen.getByLabelText('Klokkeslett'));
    await user.click(screen.getByRole('button', { name: 'Opprett møtet' }));
    await waitFor(() => expect(wb.wb.records.list('meeting')).toHaveLength(1));
    expect(wb.wb.records.list('meeting')[0]!.fields).toMatchObject({ startsAt: '2022-01-12' });
  });

  it('closes on Escape from any field, as Avbryt does', async () => {
    installRealWorkbook({ empty: true });
    const user = userEvent.setup();
    let cancelled = 0;
    render(<NewMeetingForm groups={GROUPS} onCancel={() => { cancelled += 1; }} />);
    await user.click(screen.getByLabelText('Sted'));
    await user.keyboard('{Escape}');
    expect(cancelled).toBe(1);
  });

  it('speaks English when English is chosen', async () => {
    await i18next.changeLanguage('en');
    try {
      form();
      expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Steering group meeting');
      expect(within(screen.getByRole('list', { name: 'Agenda from the template' })).getAllByRole('listitem')[0]!.textContent)
        .toBe('Approval of the notice and the minutes');
    } finally {
      await i18next.changeLanguage('nb');
    }
  });
});

describe('attendees of a meeting', () => {
  let wb: RealWorkbook;
  let real: (n: number) => string;
  let meetingId: string;
  let kariAttends: string;
  beforeEach(() => {
    useMeetingDetail.setState({ id: undefined, detail: undefined, missing: false, error: undefined });
    useDirectory.setState({ people: [], groups: [], memberships: [], loaded: false, error: undefined });
    ({ wb, real } = withDirectory());
    meetingId = wb.wb.commands.create('meeting', {
      title: 'Styringsgruppemøte', startsAt: '2022-01-12T13:00', type: 'steering_group', groupId: real(1), place: 'digitalt', agenda: '1. Økonomi',
    });
    kariAttends = wb.wb.commands.create('attendance', { meetingId, personId: real(10), present: true });
  });

  const updates = () => wb.writes('updateRecord');

  it('marks an attendee absent and present again, each an update of the attendance record', async () => {
    const user = userEvent.setup();
    render(<MeetingPage id={meetingId} />);
    const kari = await screen.findByRole('radiogroup', { name: /Kari Nordmann/ });
    expect(within(kari).getByRole('radio', { name: 'Til stede' })).toHaveProperty('checked', true);
    expect(screen.getByText('1 til stede, 0 fraværende')).toBeTruthy();

    await user.click(within(kari).getByRole('radio', { name: 'Fraværende' }));
    await waitFor(() => expect(updates()).toEqual([{ kind: 'attendance', id: kariAttends, patch: { present: false } }]));
    await screen.findByText('0 til stede, 1 fraværende');
    expect(within(kari).getByRole('radio', { name: 'Fraværende' })).toHaveProperty('checked', true);

    await user.click(within(kari).getByRole('radio', { name: 'Til stede' }));
    await waitFor(() => expect(updates()).toHaveLength(2));
    expect(updates()[1]).toEqual({ kind: 'attendance', id: kariAttends, patch: { present: true } });
    // Neither toggle made a new record.
    expect(wb.writes('createRecord')).toEqual([]);

    // Undo takes the last toggle back, in the workbook.
    expect(useHistory.getState().undoStep?.label).toBe('oppmøte');
    await useHistory.getState().undo();
    expect(wb.wb.records.get('attendance', kariAttends)!.fields.present).toBe(false);
    await screen.findByText('0 til stede, 1 fraværende');
  });

  it('adds a person as present, and the group members in one go', async () => {
    const user = userEvent.setup();
    render(<MeetingPage id={meetingId} />);
    await screen.findByRole('radiogroup', { name: /Kari Nordmann/ });
    await user.click(await screen.findByRole('button', { name: 'Legg til medlemmene av Styringsgruppe' }));
    await waitFor(() => expect(wb.writes('createRecord')).toEqual([
      { kind: 'attendance', fields: { meetingId, personId: real(11), present: true } },
    ]));
    await screen.findByRole('radiogroup', { name: /Ola Hansen/ });
    expect(screen.getByText('Alle medlemmene av Styringsgruppe er med.')).toBeTruthy();
  });
});

describe('deleting from a meeting, and taking it back', () => {
  let wb: RealWorkbook;
  let meetingId: string;
  let action: string;
  beforeEach(() => {
    useMeetingDetail.setState({ id: undefined, detail: undefined, missing: false, error: undefined });
    let real: (n: number) => string;
    ({ wb, real } = withDirectory());
    meetingId = wb.wb.commands.create('meeting', {
      title: 'Prosjektgruppemøte', startsAt: '2022-03-02T09:00', type: 'project_group', groupId: null,
      place: 'Skiptvet bibliotek', minutes: 'Vi ble enige om **innbyggertorget**. <img src=x onerror="alert(1)"><em>rå</em>',
    });
    action = wb.wb.commands.create('action', { meetingId, text: 'Sende referatet', ownerId: real(10), dueDate: '2022-03-09', status: 'open' });
    window.location.hash = `#/meetings/${meetingId}`;
  });

  it('shows the minutes rendered from Markdown, without raw HTML', async () => {
    render(<MeetingPage id={meetingId} />);
    const minutes = await screen.findByRole('region', { name: 'Referat' });
    expect(within(minutes).getByText('innbyggertorget').tagName).toBe('STRONG');
    expect(minutes.querySelector('img, em')).toBeNull();
  });

  it('deletes an action item with Angre in place, and the meeting after asking, with Angre back on the log', async () => {
    const user = userEvent.setup();
    render(<MeetingPage id={meetingId} />);
    await user.click(await screen.findByRole('button', { name: 'Slett: Sende referatet' }));
    // Angre right where the item was, with focus; it brings the item back and focus to its text.
    expect(await screen.findByText('«Sende referatet» er slettet.')).toBeTruthy();
    const undo = screen.getByRole('button', { name: 'Angre slettingen av «Sende referatet»' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await user.click(undo);
    await waitFor(() => expect(wb.wb.records.get('action', action)!.deleted).toBe(false));
    const text = await screen.findByLabelText('Oppgave');
    await waitFor(() => expect(document.activeElement).toBe(text));
    expect(screen.queryByText('«Sende referatet» er slettet.')).toBeNull();

    // Deleting the meeting asks first and says what goes with it; Escape says no.
    await user.click(screen.getByRole('button', { name: 'Slett møtet' }));
    expect(screen.getByText(/Slette møtet «Prosjektgruppemøte»\? Referatet, 0 deltakere og 1 oppgave slettes med det\./)).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Slett møtet' })));
    expect(wb.writes('deleteRecord')).toEqual([{ kind: 'action', id: action }]);

    await user.click(screen.getByRole('button', { name: 'Slett møtet' }));
    const asked = wb.callsOf('getMeeting').length;
    await user.click(within(screen.getByRole('group', { name: /Slette møtet/ })).getByRole('button', { name: 'Slett møtet' }));
    await waitFor(() => expect(window.location.hash).toBe('#/meetings'));
    expect(wb.writes('deleteRecord')).toEqual([{ kind: 'action', id: action }, { kind: 'meeting', id: meetingId }]);
    // The page that is leaving does not ask for the meeting it deleted.
    expect(wb.callsOf('getMeeting').length).toBe(asked);
    // The log it went back to keeps the meeting's row with «Angre» (the records pattern's tombstone for the log).
    const stone = useRecordUi.getState().tombstones[MEETINGS_LIST]?.find((t) => t.id === meetingId);
    expect(stone).toMatchObject({ kind: 'meeting', name: 'Prosjektgruppemøte' });
    expect(useHistory.getState().undoStep?.tx).toBe(stone!.tx);
    await useHistory.getState().undo();
    expect(wb.wb.records.get('meeting', meetingId)!.deleted).toBe(false);
    expect(wb.wb.records.get('action', action)!.deleted).toBe(false);
  });
});
