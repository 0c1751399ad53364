import { useEffect } from 'react';
import type { ApiError } from '../api/client';
import { fill, S } from './strings';

export function PrintLoading() {
  return <p className="pr-print-status">{S.common.loading}</p>;
}

/** Shows why a printout could not be made, and tells the PDF renderer the same (body[data-print-error]). */
export function PrintFailure({ error }: { error: Pick<ApiError, 'code' | 'message'> }) {
  useEffect(() => {
    document.body.dataset.printErrorCode = error.code;
    document.body.dataset.printError = error.message;
  }, [error]);
  return <p className="pr-print-status pr-print-error" role="alert">{fill(S.common.failed, { message: error.message })}</p>;
}
