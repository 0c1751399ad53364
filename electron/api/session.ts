import { basename } from 'node:path';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import type { ApiResult } from '../../shared/api/contract.js';
import { ChangeFeed } from '../workbook/changeFeed.js';
import { createWorkbook, openWorkbook, type OpenOptions } from '../workbook/open.js';
import type { Workbook } from '../workbook/workbook.js';

/** Where the desktop app keeps its list of recently opened workbooks; the web host keeps none. */
export interface RecentStore {
  list(): string[];
  remember(path: string): void;
}

/**
 * The workbook a transport is serving. The desktop app may switch files; the
 * web host serves the one file it was started on and refuses to open others,
 * since a web page must not choose paths on the user's disk.
 */
export class WorkbookSession {
  private current: Workbook;
  /** What every commit changed, for the open windows (waitForChanges); it follows the workbook across switches. */
  readonly changes = new ChangeFeed();

  constructor(
    first: Workbook,
    private readonly options: { canSwitch: boolean; recent?: RecentStore; open?: OpenOptions },
  ) {
    this.current = first;
    // A copy found on open becomes its own installation now, so the page can say so at once.
    first.settleInstallation();
    this.changes.attach(first);
    this.changes.watch();
    options.recent?.remember(first.path);
  }

  get workbook(): Workbook {
    return this.current;
  }

  info(): ApiResult<'getWorkbookInfo'> {
    const wb = this.current;
    return {
      path: wb.path,
      fileName: basename(wb.path),
      workbookId: wb.workbookId,
      replicaId: wb.replicaId,
      replicaName: wb.replicaName,
      replicaNameChosen: wb.replicaNameChosen,
      lastChange: wb.changes.latestStamp(),
      canSwitchWorkbook: this.options.canSwitch,
    };
  }

  recent(): ApiResult<'recentWorkbooks'> {
    const paths = this.options.recent?.list() ?? [this.current.path];
    return paths.map((path) => ({ path, fileName: basename(path) }));
  }

  /** Opens another file; the current one stays open if that fails. */
  open(path: string): ApiResult<'openWorkbook'> {
    return this.switchTo(() => openWorkbook(path, this.options.open));
  }

  create(path: string, empty: boolean): ApiResult<'newWorkbook'> {
    return this.switchTo(() => createWorkbook(path, { ...this.options.open, empty }));
  }

  close(): void {
    this.changes.close();
    this.current.close();
  }

  /** Whether this transport may read and write files the user picks (the desktop app), not just its one workbook. */
  get canChooseFiles(): boolean {
    return this.options.canSwitch;
  }

  /** How this transport opens workbooks (the Electron-ABI native binding in the desktop app). */
  get openOptions(): OpenOptions {
    return this.options.open ?? {};
  }

  /** Switches to a workbook made elsewhere (joined from a sync file). */
  adopt(next: Workbook): ApiResult<'openWorkbook'> {
    return this.switchTo(() => next);
  }

  /**
   * Closes the workbook, lets `replace` put another file in its place (a
   * backup restore), and opens the path again, whether or not that worked.
   */
  reopenAfter(replace: (path: string) => void): ApiResult<'getWorkbookInfo'> {
    const path = this.current.path;
    this.current.close();
    try {
      replace(path);
    } finally {
      this.current = openWorkbook(path, this.options.open);
      this.changes.attach(this.current);
    }
    return this.info();
  }

  private switchTo(make: () => Workbook): ApiResult<'openWorkbook'> {
    if (!this.options.canSwitch) {
      throw new WorkbookError('not_available', msg('api.one_workbook'));
    }
    const next = make();
    next.settleInstallation();
    this.current.close();
    this.current = next;
    this.changes.attach(next);
    this.options.recent?.remember(next.path);
    return this.info();
  }
}
