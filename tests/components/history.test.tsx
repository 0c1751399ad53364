import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HistoryControls } from '../../renderer/components/HistoryControls';
import { useHistory } from '../../renderer/data/history';

describe('undo and redo', () => {
  it('undoes the last step with Ctrl+Z and redoes it with Ctrl+Shift+Z and Ctrl+Y', async () => {
    const log: string[] = [];
    useHistory.setState({ past: [], future: [], busy: false });
    for (const name of ['a', 'b']) {
      useHistory.getState().record({
        label: name,
        undo: async () => void log.push(`undo ${name}`),
        redo: async () => void log.push(`redo ${name}`),
      });
    }
    render(<HistoryControls />);
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Angre' }).getAttribute('title')).toBe('Angre: b');
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    expect(log).toEqual(['undo b', 'undo a', 'redo a', 'redo b']);
    expect((screen.getByRole('button', { name: 'Gjør om' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a new action clears what could be redone', async () => {
    useHistory.setState({ past: [], future: [], busy: false });
    const step = { label: 'x', undo: vi.fn(async () => undefined), redo: vi.fn(async () => undefined) };
    useHistory.getState().record(step);
    await useHistory.getState().undo();
    expect(useHistory.getState().future).toHaveLength(1);
    useHistory.getState().record({ ...step, label: 'y' });
    expect(useHistory.getState().future).toHaveLength(0);
    expect(useHistory.getState().past.map((s) => s.label)).toEqual(['y']);
  });

  it('leaves Ctrl+Z to a text field while the user types in it', async () => {
    const undo = vi.fn(async () => undefined);
    useHistory.setState({ past: [{ label: 'x', undo, redo: undo }], future: [], busy: false });
    render(<><HistoryControls /><input aria-label="tekst" /></>);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('tekst'));
    await user.keyboard('{Control>}z{/Control}');
    expect(undo).not.toHaveBeenCalled();
  });
});
