import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import '../../renderer/i18n';
import { closeRealWorkbook } from './realWorkbook';

// findBy… and waitFor give up after one second by default: on a machine whose two cores are busy with
// other test files, a real workbook's answer can take longer than that. A wrong screen still fails, later.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
  closeRealWorkbook();
});
