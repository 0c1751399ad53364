/**
 * What a refused sync file calls for, by the API's error code
 * (electron/sync/errors.ts): the passphrase only when the file is encrypted,
 * «Prøv igjen» only where trying the same file again can help (another
 * passphrase, a busy workbook or a slow disk), otherwise what to get instead.
 * A damaged, cut-off or foreign file is never answered with a passphrase.
 */
export type FailureAdvice = 'passphraseMissing' | 'passphraseWrong' | 'again' | 'fetchAgain' | 'newerApp' | 'otherFile';

export interface ImportFailureHelp {
  readonly advice: FailureAdvice;
  /** Whether the same file is worth trying again from the page. */
  readonly retry: boolean;
  /** Whether the passphrase field is what the user should go to. */
  readonly passphrase: boolean;
}

const BY_CODE: Readonly<Record<string, FailureAdvice>> = {
  sync_passphrase_missing: 'passphraseMissing',
  sync_passphrase_wrong: 'passphraseWrong',
  sync_truncated: 'fetchAgain',
  sync_newer_format: 'newerApp',
  sync_too_slow: 'again',
  // The preview was made too long ago (or before a restore): «Prøv igjen» previews the file anew.
  sync_preview_unknown: 'again',
  busy: 'again',
  locked: 'again',
  internal: 'again',
};

export function importFailureHelp(code: string | undefined): ImportFailureHelp {
  // A failure without a code (the bridge went away, say) may pass: try again.
  const advice = code === undefined ? 'again' : BY_CODE[code] ?? 'otherFile';
  return {
    advice,
    retry: advice === 'passphraseMissing' || advice === 'passphraseWrong' || advice === 'again',
    passphrase: advice === 'passphraseMissing' || advice === 'passphraseWrong',
  };
}
