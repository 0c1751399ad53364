/** The bytes of a chosen or dropped file as base64, as the API takes sync files. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      // A data: URL, "data:<type>;base64,<bytes>"; an empty file has nothing after the comma.
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** The MIME type of sync files (docs/sync-format.md). */
export const SYNC_MIME_TYPE = 'application/x-prosjektboka-sync';
