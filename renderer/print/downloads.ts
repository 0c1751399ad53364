import type { ApiArgs } from '../../shared/api/contract';
import type { ExportKind } from '../../shared/report/tables';
import { call } from '../api/client';

/** Hands bytes from the API to the browser as a file download (the desktop app shows its save dialog). */
export function downloadBase64(fileName: string, mimeType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Lagre som PDF: the view rendered on the Node side, in the same Chromium print path as the CLI. */
export async function savePdf(args: ApiArgs<'renderPdf'>): Promise<string> {
  const pdf = await call('renderPdf', args);
  downloadBase64(pdf.fileName, pdf.mimeType, pdf.base64);
  return pdf.fileName;
}

/** Last ned Word (.docx): the report written as a Word document on the Node side (electron/export/docx). */
export async function saveDocx(args: ApiArgs<'renderDocx'>): Promise<string> {
  const file = await call('renderDocx', args);
  downloadBase64(file.fileName, file.mimeType, file.base64);
  return file.fileName;
}

export async function saveExport(kind: ExportKind, format: 'csv' | 'xlsx'): Promise<string> {
  const file = await call('exportTable', { kind, format });
  downloadBase64(file.fileName, file.mimeType, file.base64);
  return file.fileName;
}
