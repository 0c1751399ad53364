import { fireEvent, render, screen } from '@testing-library/react';
import { formatLocalDateTime } from '../../shared/report/dates';
import { SyncScreen } from '../../renderer/screens/sync/SyncScreen';

/** The Synkronisering page in the component tests: rendered, and given files as the file input and the drop zone get them. */
export const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;
export const asFile = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);
export const choose = (bytes: Uint8Array, name: string) => fireEvent.change(fileInput(), { target: { files: [asFile(bytes, name)] } });
export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
/** A time as the page shows it, in the test machine's zone. */
export const when = (iso: string) => formatLocalDateTime(new Date(iso));

export async function renderPage(): Promise<void> {
  render(<SyncScreen />);
  await screen.findByRole('heading', { level: 2, name: 'Lag synkfil' });
}
