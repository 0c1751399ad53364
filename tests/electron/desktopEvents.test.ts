import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  MENU_COMMANDS, isFlushAnswer, isMenuMessage, type FlushReport, type MenuCommand, type MenuMessage, type Progress, type SyncFileCommand,
} from '../../electron/preload/channels.js';
import type { DesktopEvents as PreloadEvents } from '../../electron/preload/preload.js';
import type {
  DesktopEvents, DesktopFlushReport, DesktopMenuCommand, DesktopMenuMessage, DesktopProgress, DesktopSyncFile,
} from '../../renderer/api/desktopEvents.js';

/**
 * The renderer spells out the preload's desktop events (it may import
 * nothing from electron/). The type assertions below are checked by
 * `tsc -p .`, which fails when the two drift apart; the renderer's own
 * compiler cannot see electron/.
 */
describe('the desktop events the renderer expects', () => {
  it('name the same menu commands and progress as the preload sends', () => {
    expectTypeOf<DesktopMenuCommand>().toEqualTypeOf<MenuCommand>();
    expectTypeOf<DesktopProgress>().toEqualTypeOf<Progress>();
    const commands: readonly DesktopMenuCommand[] = MENU_COMMANDS;
    expect(commands).toEqual(['import-sync-file', 'export-sync-file', 'print-risk-matrix', 'save-pdf']);
  });

  it('carry a sync file with the import command, and nothing else that looks like one', () => {
    expectTypeOf<DesktopSyncFile>().toEqualTypeOf<SyncFileCommand>();
    expectTypeOf<DesktopMenuMessage>().toEqualTypeOf<MenuMessage>();
    expect(isMenuMessage({ command: 'import-sync-file', name: 'fra-drammen.pbsync', path: '/home/kari/fra-drammen.pbsync' })).toBe(true);
    expect(isMenuMessage('export-sync-file')).toBe(true);
    for (const bad of [{ command: 'import-sync-file', name: 'x.pbsync' }, { command: 'import-sync-file', name: 'x.pbsync', path: '' }, { command: 'import-sync-file', name: 'x.pbsync', base64: 'AAE=' }, { command: 'export-sync-file', name: 'x', path: '/x' }, 'rm -rf', null, 7]) {
      expect(isMenuMessage(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('answer a flush request with the report main expects, and main accepts nothing else', () => {
    expectTypeOf<DesktopFlushReport>().toEqualTypeOf<FlushReport>();
    expect(isFlushAnswer({ id: 3, ok: false, failures: [{ label: 'Referat', message: 'Disken er full' }] })).toBe(true);
    for (const bad of [{ id: 3, ok: 'yes', failures: [] }, { ok: true, failures: [] }, { id: 1, ok: false, failures: [{ label: 1 }] }, null]) {
      expect(isFlushAnswer(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('are the preload\'s events, each optional since the web host\'s bridge has none', () => {
    expectTypeOf<Required<DesktopEvents>>().toEqualTypeOf<PreloadEvents>();
    expectTypeOf<PreloadEvents>().toExtend<DesktopEvents>();
    const webHostBridge: DesktopEvents = {};
    expect(webHostBridge.onMenuCommand).toBeUndefined();
  });
});
