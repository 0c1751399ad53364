import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CircleCheck, Trash2 } from 'lucide-react';
import { Dialog, Field, IconButton, IconText, ListDetail, ToastRegion, showToast, useToasts } from '../../renderer/ui';

/** The kit's promises that screens rely on: errors are announced, Escape closes, a toast can undo, icons have names. */
describe('ui kit', () => {
  it('a Field with an error marks its control invalid and describes it with hint and error', () => {
    const { rerender } = render(
      <Field label="Beløp" hint="I hele kroner">
        <input defaultValue="12a" />
      </Field>,
    );
    const input = screen.getByLabelText('Beløp');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    rerender(
      <Field label="Beløp" hint="I hele kroner" error="Skriv et tall, for eksempel 1 170 000">
        <input defaultValue="12a" />
      </Field>,
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.className).toBe('ui-input');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['I hele kroner', 'Skriv et tall, for eksempel 1 170 000']);
  });

  it('IconText says its state in words: the icon is drawn only, and the tone is a class, not the meaning', () => {
    render(<p><IconText icon={CircleCheck} tone="success">Ingen åpne konflikter.</IconText></p>);
    const text = screen.getByText('Ingen åpne konflikter.');
    const wrap = text.closest('.ui-icon-text')!;
    expect(wrap.className).toBe('ui-icon-text ui-icon-text-success');
    const icon = wrap.querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(wrap.textContent).toBe('Ingen åpne konflikter.');
  });

  it('Escape closes a Dialog, and its close button is named', async () => {
    function Host() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <p>{open ? 'åpen' : 'lukket'}</p>
          <Dialog open={open} title="Slett møtet" onClose={() => setOpen(false)}>
            <input aria-label="Grunn" />
          </Dialog>
        </>
      );
    }
    render(<Host />);
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { name: 'Slett møtet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lukk' })).toBeTruthy();
    await user.click(screen.getByLabelText('Grunn'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByText('lukket')).toBeTruthy());
    expect(screen.queryByRole('heading', { name: 'Slett møtet' })).toBeNull();
  });

  it('a Toast offers «Angre», runs the undo and goes away', async () => {
    render(<ToastRegion />);
    const undo = vi.fn();
    act(() => { showToast('Risikoen er slettet.', undo); });
    const user = userEvent.setup();
    expect(screen.getByRole('status').textContent).toContain('Risikoen er slettet.');
    await user.click(screen.getByRole('button', { name: 'Angre' }));
    expect(undo).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByText('Risikoen er slettet.')).toBeNull());
    expect(useToasts.getState().toasts).toEqual([]);
  });

  it('a Toast without an undo has only its dismiss button', async () => {
    render(<ToastRegion />);
    act(() => { showToast('Lagret.'); });
    expect(screen.queryByRole('button', { name: 'Angre' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Skjul melding' }));
    await waitFor(() => expect(screen.queryByText('Lagret.')).toBeNull());
  });

  it('an IconButton is named by its label, and its icon is hidden from screen readers', () => {
    render(<IconButton icon={Trash2} label="Slett risikoen" />);
    const button = screen.getByRole('button', { name: 'Slett risikoen' });
    expect(button.getAttribute('title')).toBe('Slett risikoen');
    expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(button.textContent).toBe('');
  });

  it('a ListDetail: the current part is the list\'s one tab stop, arrows move along it, the select chooses one', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const items = [
      { key: 'a', label: 'Innledning', href: '#/x/a' },
      { key: 'b', label: 'Mål', href: '#/x/b', meta: '6' },
      { key: 'c', label: 'Mål 1', href: '#/x/c', level: 1 as const },
    ];
    render(<ListDetail label="Deler" items={items} current="b" onSelect={onSelect}><p>Detaljen</p></ListDetail>);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
    expect(links[1]!.getAttribute('aria-current')).toBe('page');
    // The count is beside the label, not part of the link's name.
    expect(screen.getByRole('link', { name: 'Mål' })).toBe(links[1]);
    links[1]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(links[2]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(links[2]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(links[0]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(links[2]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deler' }), 'c');
    expect(onSelect).toHaveBeenCalledWith('c');
    expect(screen.getByText('Detaljen')).toBeTruthy();
  });
});
