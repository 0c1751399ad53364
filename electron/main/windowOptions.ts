import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 860 };

/**
 * The main window's options. The webPreferences are the security baseline of
 * the app (tests/electron/security.test.ts fails if any is weakened): the page
 * is sandboxed and isolated from the preload, has no Node, loads no insecure
 * content and hosts no webviews.
 */
export function windowOptions(preload: string, bounds: WindowBounds = DEFAULT_BOUNDS): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Prosjektboka',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    },
  };
}
