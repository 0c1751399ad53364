import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlanScreen } from '../../renderer/screens/plan/PlanScreen';
import { usePlanStore } from '../../renderer/screens/plan/store';
import { installRealWorkbook } from './realWorkbook';

/** The plan over a real workbook: its sections, and what it says when the workbook cannot be read. */
describe('the plan screen', () => {
  it('says why it could not load, instead of «loading» forever, and loads on a retry', async () => {
    usePlanStore.setState({ sections: [], goals: [], groups: [], roles: [], people: [], loaded: false, error: undefined });
    const real = installRealWorkbook();
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
});
