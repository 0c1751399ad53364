import { homedir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_WORKBOOK_NAME = 'Prosjektboka.prosjektboka';

/**
 * The per-user data folder: the same folder Electron's app.getPath('userData')
 * gives the desktop app named Prosjektboka, so the CLI, `npm run serve` and the
 * app all find the same default workbook. PROSJEKTBOKA_HOME overrides it.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PROSJEKTBOKA_HOME) return env.PROSJEKTBOKA_HOME;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Prosjektboka');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Prosjektboka');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Prosjektboka');
}

export function defaultWorkbookPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), DEFAULT_WORKBOOK_NAME);
}
