import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import '../../renderer/i18n';
import { closeRealWorkbook } from './realWorkbook';

afterEach(() => {
  cleanup();
  closeRealWorkbook();
});
