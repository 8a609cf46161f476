import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Audit Desk';
export const DATABASE_FILE = 'audit-desk.sqlite';

/**
 * The folder Electron's app.getPath('userData') would give, computed without Electron so the browser
 * harness and the CLI open the same database as the desktop app. AUDIT_DESK_DATA overrides it.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.AUDIT_DESK_DATA) return env.AUDIT_DESK_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER_NAME);
}
