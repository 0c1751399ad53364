import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HistoryControls, HistoryNotice } from '../../renderer/components/HistoryControls';
import { useDrafts } from '../../renderer/data/drafts';
import { updateRecord } from '../../renderer/data/mutations';
import { flushAll } from '../../renderer/data/pendingSaves';
import { RecordTextField } from '../../renderer/forms/fields';
import { installRealWorkbook } from './realWorkbook';

/**
 * Angre and Gjør om over a real workbook: the workbook keeps the history and
 * inverts whole transactions; the buttons say what they will undo. Fields
 * save as the user types, one undo step per pause.
 */
const meeting = (real: ReturnType<typeof installRealWorkbook>) =>
  real.wb.commands.create('meeting', { title: 'Styringsgruppe', startsAt: '2022-03-01T10:00', type: 'steering_group' });

describe('undo and redo', () => {
  it('undoes the last step with Ctrl+Z and redoes it with Ctrl+Shift+Z and Ctrl+Y', async () => {
    const real = installRealWorkbook({ empty: true });
    const id = meeting(real);
    await updateRecord('meeting', id, { place: 'Drammen' }, undefined, 'Sted');
    await updateRecord('meeting', id, { title: 'Nytt navn' }, undefined, 'Tittel');
    render(<HistoryControls />);
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Angre' }).getAttribute('title')).toBe('Angre: Tittel');
    const fields = () => real.wb.records.get('meeting', id)!.fields;
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(fields()).toMatchObject({ place: '', title: 'Styringsgruppe' }));
    expect(screen.getByRole('button', { name: 'Gjør om' }).getAttribute('title')).toBe('Gjør om: Sted');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(fields()).toMatchObject({ place: 'Drammen', title: 'Nytt navn' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Gjør om' }) as HTMLButtonElement).disabled).toBe(true));
  });

  it('a new action clears what could be redone', async () => {
    const real = installRealWorkbook({ empty: true });
    const id = meeting(real);
    render(<HistoryControls />);
    await updateRecord('meeting', id, { place: 'x' }, undefined, 'x');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Angre' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Gjør om' }) as HTMLButtonElement).disabled).toBe(false));
    await act(() => updateRecord('meeting', id, { place: 'y' }, undefined, 'y'));
    expect((screen.getByRole('button', { name: 'Gjør om' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Angre' }).getAttribute('title')).toBe('Angre: y');
  });

  it('leaves Ctrl+Z to a text field while the user types in it', async () => {
    const real = installRealWorkbook({ empty: true });
    const id = meeting(real);
    await updateRecord('meeting', id, { place: 'Drammen' }, undefined, 'Sted');
    render(<><HistoryControls /><input aria-label="tekst" /></>);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('tekst'));
    await user.keyboard('{Control>}z{/Control}');
    expect(real.callsOf('undo')).toEqual([]);
    expect(real.wb.records.get('meeting', id)!.fields.place).toBe('Drammen');
  });

  it('says so when it leaves alone what someone else changed since', async () => {
    const real = installRealWorkbook({ empty: true });
    const id = meeting(real);
    await updateRecord('meeting', id, { minutes: 'Mitt referat' }, undefined, 'Endret referatet');
    // Another process (the CLI) changes the same field.
    real.wb.commands.update('meeting', id, { minutes: 'Fra kommandolinjen' });
    render(<><HistoryControls /><HistoryNotice /></>);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Angre' }));
    const notice = await screen.findByText(/Kunne ikke angre «Endret referatet»/);
    expect(notice.closest('[role="status"]')!.textContent).toContain('Noen andre har endret det siden');
    expect(real.wb.records.get('meeting', id)!.fields.minutes).toBe('Fra kommandolinjen');
  });
});

describe('a field that saves as the user types', () => {
  it('saves a pause after the last key, as one undo step, and says when it was saved', async () => {
    const real = installRealWorkbook({ empty: true });
    const id = meeting(real);
    const record = real.wb.records.get('meeting', id)!;
    render(<><HistoryControls /><RecordTextField kind="meeting" record={{ ...record.fields, id }} field="place" label="Sted" undoLabel="Endret sted" /></>);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Sted'), 'Rakkestad bibliotek');
    // Still in the field: no blur, the pause saves it.
    await waitFor(() => expect(real.wb.records.get('meeting', id)!.fields.place).toBe('Rakkestad bibliotek'));
    await waitFor(() => expect(screen.getByText(/Lagret kl\. \d\d\.\d\d/)).toBeTruthy());
    expect(real.writes('updateRecord')).toEqual([{ kind: 'meeting', id, patch: { place: 'Rakkestad bibliotek' } }]);
    expect(screen.getByRole('button', { name: 'Angre' }).getAttribute('title')).toBe('Angre: Endret sted');
  });

  it('says a failed save failed, keeps the text in the field and as a draft, and saves it on a retry', async () => {
    const real = installRealWorkbook({ empty: true });
    const id = meeting(real);
    real.failing.add('updateRecord');
    const record = real.wb.records.get('meeting', id)!;
    render(<RecordTextField kind="meeting" record={{ ...record.fields, id }} field="place" label="Sted" />);
    const user = userEvent.setup();
    const input = screen.getByLabelText('Sted') as HTMLInputElement;
    await user.type(input, 'Mysen');
    await user.tab();
    expect(await screen.findByText(/Ble ikke lagret: Disken er full\./)).toBeTruthy();
    expect(screen.getByText('Teksten er tatt vare på på denne maskinen.')).toBeTruthy();
    expect(input.value).toBe('Mysen');
    expect(useDrafts.getState().drafts.map((d) => [d.key, d.text])).toEqual([[`meeting:${id}:place`, 'Mysen']]);
    expect((await flushAll()).failures).toEqual([{ label: 'Sted', message: 'Disken er full.' }]);

    real.failing.clear();
    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    await waitFor(() => expect(real.wb.records.get('meeting', id)!.fields.place).toBe('Mysen'));
    await waitFor(() => expect(useDrafts.getState().drafts).toEqual([]));
  });

  it('does not replace the text under the cursor with a change from elsewhere', async () => {
    const real = installRealWorkbook({ empty: true });
    const id = meeting(real);
    const { rerender } = render(<RecordTextField kind="meeting" record={{ ...real.wb.records.get('meeting', id)!.fields, id }} field="place" label="Sted" />);
    const user = userEvent.setup();
    const input = screen.getByLabelText('Sted') as HTMLInputElement;
    await user.click(input);
    real.wb.commands.update('meeting', id, { place: 'Fra kommandolinjen' });
    rerender(<RecordTextField kind="meeting" record={{ ...real.wb.records.get('meeting', id)!.fields, id }} field="place" label="Sted" />);
    expect(input.value).toBe('');
    await user.tab();
    await waitFor(() => expect(input.value).toBe('Fra kommandolinjen'));
  });
});
