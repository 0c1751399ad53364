import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planChapters } from '../../shared/report/planChapters';
import { PlanScreen } from '../../renderer/screens/plan/PlanScreen';
import { usePlanStore } from '../../renderer/screens/plan/store';
import { useRecordUi } from '../../renderer/components/records';
import { useHistory } from '../../renderer/data/history';
import { usePlanSelection } from '../../renderer/screens/plan/usePlanRoute';
import { installRealWorkbook, settle, type RealWorkbook } from './realWorkbook';

let real: RealWorkbook;

beforeEach(() => {
  usePlanStore.setState({ project: [], sections: [], goals: [], groups: [], roles: [], people: [], loaded: false, error: undefined });
  useRecordUi.setState({ editing: {}, created: undefined, focusToggle: undefined, orders: {}, tombstones: {} });
  usePlanSelection.setState({ last: undefined });
  window.location.hash = '#/plan';
});

const live = (kind: 'goal' | 'section') => real.wb.records.list(kind).filter((r) => !r.deleted);
const nav = () => screen.getByRole('navigation', { name: 'Plandeler' });
/** The chapters in the list of parts, in their order (the top-level entries after the title page's). */
const toc = () => [...nav().querySelectorAll('.ui-navlist-level-0 a')].map((a) => a.textContent).slice(1);
/** Chooses a part in the list, as a click on its entry does. */
async function open(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await within(await screen.findByRole('navigation', { name: 'Plandeler' })).findByRole('link', { name }));
  await waitFor(() => expect(within(nav()).getByRole('link', { name }).getAttribute('aria-current')).toBe('page'));
}

/** The plan over a real workbook: its sections, and what it says when the workbook cannot be read. */
describe('the plan screen', () => {
  it('says why it could not load, instead of «loading» forever, and loads on a retry', async () => {
    real = installRealWorkbook();
    real.failing.add('listRecords');
    render(<PlanScreen />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kunne ikke lese arbeidsboka: Disken er full.');
    expect(screen.queryByText('Laster …')).toBeNull();

    real.failing.clear();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists each chapter once, numbered as the printout numbers them', async () => {
    real = installRealWorkbook();
    render(<PlanScreen />);
    await screen.findByRole('link', { name: '1. Bakgrunn' });
    const expected = [
      'Innledning', '1. Bakgrunn', '2. Mål og resultat', '3. Prosjektorganisering', '4. Ansvarstabell',
      '5. Arbeidsmetoder', '6. Milepælsplan', '7. Budsjett', '8. Risikovurdering',
    ];
    expect(toc()).toEqual(expected);
    // The printout's chapters come from the same rule, with the print's words for a part's own chapter.
    const sections = real.wb.records.list('section').map((r) => ({ id: r.id, ...r.fields }) as never);
    const print = planChapters(sections, {
      goals: 'Prosjektets mål', organisation: 'Prosjektorganisering', responsibilities: 'Ansvarstabell',
      milestones: 'Milepæler', budget: 'Budsjett', risks: 'Risikovurdering',
    });
    expect(print.map((c) => c.title)).toEqual(expected);
    // Above the chapters: the plan's version and approval date, for the printout's title page.
    expect(within(nav()).getAllByRole('link')[0]!.textContent).toBe('Versjon og vedtak');
    // The first chapter is shown until another part is chosen.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Innledning']);
    // «6. Milepælsplan» sends the user to the screen that edits milestones, and to its project years here.
    await open(userEvent.setup(), '6. Milepælsplan');
    expect(screen.getByRole('link', { name: 'Se og rediger milepælene under Milepæler' }).getAttribute('href')).toBe('#/milestones');
    expect(within(screen.getByRole('list', { name: 'I dette kapitlet' })).getByRole('link', { name: 'Prosjektår' }).getAttribute('href')).toBe('#/plan/milestones');
  });
});

describe('version and approval', () => {
  it('saves the plan version and the date it was approved into the project, as the title page prints them', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, 'Versjon og vedtak');
    const version = await screen.findByLabelText('Planens versjon');
    await user.type(version, '1.2');
    await user.tab();
    const date = screen.getByLabelText('Vedtatt dato');
    await user.type(date, '15.06.2021');
    await user.tab();
    const project = () => real.wb.records.list('project')[0]!.fields;
    await waitFor(() => expect(project().planVersion).toBe('1.2'));
    await waitFor(() => expect(project().approvedDate).toBe('2021-06-15'));
  });
});

describe('goals', () => {
  it('read as text; «Rediger» opens the whole goal in a field that saves as typed', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, 'Prosjektets mål');
    const goal1 = 'Lære om effekter og utfordringer ved samorganisering og samlokalisering av bibliotek og innbyggertorg og hvordan man kan tilrettelegge for god samskaping i nærmiljøet';
    const goalText = (text: string) => (_: string, el: Element | null) => el?.className === 'goal-text' && el.textContent === text;
    expect(await screen.findByText(goalText(`Mål 1: ${goal1}`))).toBeTruthy();
    expect(screen.queryByLabelText('Mål 1')).toBeNull(); // no always-open inputs

    await user.click(screen.getByRole('button', { name: 'Rediger: Mål 1' }));
    const field = screen.getByLabelText('Mål 1') as HTMLTextAreaElement;
    expect(field.tagName).toBe('TEXTAREA');
    expect(field.value).toBe(goal1); // the whole goal, not cut off
    await user.clear(field);
    await user.type(field, 'Lære om effekter av samorganisering');
    await user.tab();
    await waitFor(() => expect(real.wb.records.get('goal', real.id('goal.1'))!.fields.text).toBe('Lære om effekter av samorganisering'));
    await user.click(screen.getByRole('button', { name: 'Vis: Mål 1' }));
    expect(await screen.findByText(goalText('Mål 1: Lære om effekter av samorganisering'))).toBeTruthy();
  });

  it('Escape closes a goal’s editor, saving what was typed, and gives focus back to its Rediger button', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, 'Prosjektets mål');
    await user.click(await screen.findByRole('button', { name: 'Rediger: Mål 2' }));
    const field = screen.getByLabelText('Mål 2');
    await user.clear(field);
    await user.type(field, 'Beskrive opplevelsen av tjenesten');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByLabelText('Mål 2')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rediger: Mål 2' })));
    await waitFor(() => expect(real.wb.records.get('goal', real.id('goal.2'))!.fields.text).toBe('Beskrive opplevelsen av tjenesten'));
  });

  it('«Legg til mål» makes goal 7 and puts the focus in its field', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, 'Prosjektets mål');
    await user.click(await screen.findByRole('button', { name: 'Legg til mål' }));
    const field = await screen.findByLabelText('Mål 7');
    await waitFor(() => expect(document.activeElement).toBe(field));
    await user.keyboard('Måle effekten av prosjektet');
    await user.tab();
    await waitFor(() => expect(live('goal').find((g) => g.fields.number === 7)?.fields.text).toBe('Måle effekten av prosjektet'));
  });

  it('a deleted goal leaves «Angre» in its place, which is the workbook’s undo', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, 'Prosjektets mål');
    await user.click(await screen.findByRole('button', { name: 'Slett: Mål 3' }));
    const undo = await screen.findByRole('button', { name: 'Angre slettingen av «Mål 3»' });
    expect(screen.getByText('«Mål 3» er slettet.')).toBeTruthy();
    expect(live('goal')).toHaveLength(5);
    // In its place: between goal 2 and goal 4.
    const items = within(screen.getByRole('heading', { name: 'Prosjektets mål' }).closest('section')!).getAllByRole('listitem');
    expect(items[2]!.textContent).toContain('«Mål 3» er slettet.');
    await waitFor(() => expect(document.activeElement).toBe(undo));

    await user.click(undo);
    await waitFor(() => expect(live('goal')).toHaveLength(6));
    expect(real.callsOf('undo')).toHaveLength(1);
    expect(real.callsOf('restoreRecord')).toHaveLength(0);
    await waitFor(() => expect(screen.queryByText('«Mål 3» er slettet.')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rediger: Mål 3' })));
    expect(useHistory.getState().redoStep?.label).toBe('Slettet «Mål 3»');
  });

  it('after another step, Angre restores the deleted goal without taking back the other step', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, 'Prosjektets mål');
    await user.click(await screen.findByRole('button', { name: 'Slett: Mål 3' }));
    await screen.findByText('«Mål 3» er slettet.');
    await user.click(screen.getByRole('button', { name: 'Slett: Mål 5' }));
    await screen.findByText('«Mål 5» er slettet.');
    await user.click(screen.getByRole('button', { name: 'Angre slettingen av «Mål 3»' }));
    await waitFor(() => expect(live('goal').map((g) => g.fields.number).sort()).toEqual([1, 2, 3, 4, 6]));
    expect(real.callsOf('restoreRecord')).toHaveLength(1);
    expect(screen.getByText('«Mål 5» er slettet.')).toBeTruthy();
  });

  it('moves a goal up: the numbers are handed out again, as one step', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, 'Prosjektets mål');
    await user.click(await screen.findByRole('button', { name: 'Flytt opp: Mål 2' }));
    await waitFor(() => expect(real.wb.records.get('goal', real.id('goal.2'))!.fields.number).toBe(1));
    expect(real.wb.records.get('goal', real.id('goal.1'))!.fields.number).toBe(2);
    expect(real.callsOf('reorderRecords')).toHaveLength(1);
    expect(useHistory.getState().undoStep?.label).toBe('Flyttet «Mål 2»');
    await useHistory.getState().undo();
    expect(real.wb.records.get('goal', real.id('goal.1'))!.fields.number).toBe(1);
  });
});

describe('sections', () => {
  it('adds a section at the end, focused on its heading, and edits its text', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await user.click(await screen.findByRole('button', { name: 'Legg til plandel' }));
    const title = await screen.findByLabelText('Overskrift');
    await waitFor(() => expect(document.activeElement).toBe(title));
    await user.keyboard('9. Evaluering');
    await user.tab();
    await user.type(screen.getByLabelText('Tekst (Markdown)'), 'Vi evaluerer **underveis**.');
    await user.tab();
    await waitFor(() => expect(live('section').find((s) => s.fields.title === '9. Evaluering')?.fields.body).toBe('Vi evaluerer **underveis**.'));
    await settle();
    expect(toc().at(-1)).toBe('9. Evaluering');
    // The new section is the part shown, and the address names it.
    expect(within(nav()).getByRole('link', { name: '9. Evaluering' }).getAttribute('aria-current')).toBe('page');
    expect(window.location.hash).toBe(`#/plan/section-${live('section').find((s) => s.fields.title === '9. Evaluering')!.id}`);
  });

  it('deletes a section with Angre in place, and moves one down', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, '5. Arbeidsmetoder');
    await user.click(await screen.findByRole('button', { name: 'Slett: 5. Arbeidsmetoder' }));
    await screen.findByText('«5. Arbeidsmetoder» er slettet.');
    expect(toc()).not.toContain('5. Arbeidsmetoder');
    await user.click(screen.getByRole('button', { name: 'Angre slettingen av «5. Arbeidsmetoder»' }));
    await waitFor(() => expect(toc()).toContain('5. Arbeidsmetoder'));
    expect(await screen.findByRole('heading', { level: 2, name: '5. Arbeidsmetoder' })).toBeTruthy();

    await open(user, 'Innledning');
    await user.click(screen.getByRole('button', { name: 'Flytt ned: Innledning' }));
    await waitFor(() => expect(toc().slice(0, 2)).toEqual(['1. Bakgrunn', 'Innledning']));
  });
});

describe('groups and memberships', () => {
  const liveRoles = () => real.wb.records.list('role').filter((r) => !r.deleted);

  it('adds a person to a group, changes their role in it, and removes them with Angre in place', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, 'Prosjektgruppe C');
    await user.click(await screen.findByRole('button', { name: 'Rediger: Prosjektgruppe C' }));
    const members = screen.getByRole('region', { name: 'Medlemmer av Prosjektgruppe C' });
    const before = within(members).getAllByRole('listitem').length;
    const someone = real.wb.records.list('person').find((p) => p.fields.name === 'Jørgen Hovde')!;
    await user.selectOptions(within(members).getByLabelText('Person'), someone.id);
    await user.click(within(members).getByRole('button', { name: 'Legg til i gruppa' }));
    await waitFor(() => expect(liveRoles().some((r) => r.fields.personId === someone.id && r.fields.groupId === real.id('group.c'))).toBe(true));
    await waitFor(() => expect(within(members).getAllByRole('listitem')).toHaveLength(before + 1));

    await user.selectOptions(within(members).getByLabelText('Rollen til Jørgen Hovde'), 'Koordinator');
    await waitFor(() => expect(liveRoles().find((r) => r.fields.personId === someone.id && r.fields.groupId === real.id('group.c'))?.fields.role).toBe('coordinator'));

    await user.click(within(members).getByRole('button', { name: 'Slett: Jørgen Hovde i Prosjektgruppe C' }));
    expect(await within(members).findByText('«Jørgen Hovde i Prosjektgruppe C» er slettet.')).toBeTruthy();
    await user.click(within(members).getByRole('button', { name: 'Angre slettingen av «Jørgen Hovde i Prosjektgruppe C»' }));
    await waitFor(() => expect(within(members).queryByText(/er slettet/)).toBeNull());
    expect(liveRoles().some((r) => r.fields.personId === someone.id && r.fields.groupId === real.id('group.c'))).toBe(true);
  });

  it('deletes a group with its memberships after asking, and Angre brings both back', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    const memberships = () => liveRoles().filter((r) => r.fields.groupId === real.id('group.b')).length;
    const count = memberships();
    expect(count).toBeGreaterThan(0);
    await open(user, 'Prosjektgruppe B');
    await user.click(await screen.findByRole('button', { name: 'Slett: Prosjektgruppe B' }));
    expect(screen.getByRole('group', { name: 'Slett: Prosjektgruppe B' }).textContent)
      .toContain(`«Prosjektgruppe B» har ${count} medlemskap, som slettes sammen med den.`);
    await user.click(screen.getByRole('button', { name: 'Slett likevel' }));
    await screen.findByText('«Prosjektgruppe B» er slettet.');
    expect(memberships()).toBe(0);
    expect(within(nav()).queryByRole('link', { name: 'Prosjektgruppe B' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Angre slettingen av «Prosjektgruppe B»' }));
    await waitFor(() => expect(memberships()).toBe(count));
    await waitFor(() => expect(within(nav()).getByRole('link', { name: 'Prosjektgruppe B' }).getAttribute('aria-current')).toBe('page'));
  });

  it('adds a group, focused on its name', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, 'Organisasjonskart');
    await user.click(await screen.findByRole('button', { name: 'Legg til gruppe' }));
    const name = await screen.findByLabelText('Navn på gruppa');
    await waitFor(() => expect(document.activeElement).toBe(name));
    await user.keyboard('Prosjektgruppe D');
    await user.tab();
    await waitFor(() => expect(real.wb.records.list('group').some((g) => g.fields.name === 'Prosjektgruppe D')).toBe(true));
    await waitFor(() => expect(within(nav()).getByRole('link', { name: 'Prosjektgruppe D' }).getAttribute('aria-current')).toBe('page'));
  });
});

describe('the ansvarstabell and the project years', () => {
  it('adds a role row, edits it, and deletes it with Angre in its row', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, '4. Ansvarstabell');
    const table = await screen.findByRole('table', { name: 'Ansvarstabell' });
    const rowsBefore = within(table).getAllByRole('row').length;
    await user.click(screen.getByRole('button', { name: 'Legg til rolle' }));
    const person = await within(table).findByLabelText('Navn');
    await waitFor(() => expect(document.activeElement).toBe(person));
    const kari = real.wb.records.list('person').find((p) => p.fields.name === 'Elin Brandsrud')!;
    await user.selectOptions(person, kari.id);
    await user.type(within(table).getByLabelText('Stilling i denne raden'), 'Prosjektrådgiver');
    await user.tab();
    const role = () => real.wb.records.list('role').find((r) => r.fields.positionAsWritten === 'Prosjektrådgiver');
    await waitFor(() => expect(role()?.fields.personId).toBe(kari.id));
    await user.click(within(table).getByRole('button', { name: 'Vis: Prosjektleder: Elin Brandsrud' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(rowsBefore + 1));

    const id = role()!.id;
    await user.click(within(table).getByRole('button', { name: 'Slett: Prosjektleder: Elin Brandsrud' }));
    expect((await within(table).findByText('«Prosjektleder: Elin Brandsrud» er slettet.')).closest('tr')).toBeTruthy();
    expect(real.wb.records.get('role', id)?.deleted).toBe(true);
    await user.click(within(table).getByRole('button', { name: 'Angre slettingen av «Prosjektleder: Elin Brandsrud»' }));
    await waitFor(() => expect(real.wb.records.get('role', id)?.deleted).toBe(false));
  });

  it('adds a third project year after the second, edits its dates, and a deleted year takes its planned amounts along', async () => {
    real = installRealWorkbook();
    const user = userEvent.setup();
    render(<PlanScreen />);
    await open(user, 'Prosjektår');
    const table = await screen.findByRole('table', { name: 'Prosjektår' });
    await user.click(screen.getByRole('button', { name: 'Legg til prosjektår' }));
    const label = await within(table).findByLabelText('Navn');
    await waitFor(() => expect(document.activeElement).toBe(label));
    expect((label as HTMLInputElement).value).toBe('Prosjektår 3');
    const third = () => real.wb.records.list('period').find((p) => p.fields.number === 3)!;
    expect(third().fields).toMatchObject({ startDate: '2023-08-31', endDate: '2024-08-30' });
    const end = within(table).getByLabelText('Til');
    await user.clear(end);
    await user.type(end, '31.12.2024');
    await user.tab();
    await waitFor(() => expect(third().fields.endDate).toBe('2024-12-31'));

    await user.click(within(table).getByRole('button', { name: 'Slett: Prosjektår 1' }));
    expect(screen.getByRole('group', { name: 'Slett: Prosjektår 1' }).textContent).toMatch(/har \d+ planlagte beløp i budsjettet/);
    await user.click(screen.getByRole('button', { name: 'Slett likevel' }));
    await within(table).findByText('«Prosjektår 1» er slettet.');
    const plans = () => real.wb.records.list('budget-plan').filter((p) => p.fields.periodId === real.id('period.1') && !p.deleted);
    expect(plans()).toHaveLength(0);
    await user.click(within(table).getByRole('button', { name: 'Angre slettingen av «Prosjektår 1»' }));
    await waitFor(() => expect(plans().length).toBeGreaterThan(0));
  });
});
