import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { Backend, BackendOptions } from '../backend/app';
import { createAppUrlCheck } from './app-url';
import { createElectronHost } from './host-electron';
import { registerApi } from './ipc';
import { buildMenuTemplate } from './menu';
import { applySecurity } from './security';
import { createMainWindow } from './window';

export const APP_USER_MODEL_ID = 'uk.gov.scp.auditdesk';

export type ElectronApi = Pick<typeof import('electron'), 'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'session' | 'shell'>;

export interface StartAppOptions {
  electron: ElectronApi;
  startBackend: (options: BackendOptions) => Promise<Pick<Backend, 'dispatch' | 'close'>>;
  writeFileAtomic: (target: string, data: Uint8Array) => Promise<void>;
  /** Folder of the built main script (out/main); preload and renderer sit beside it. */
  mainDir: string;
  /** process.resourcesPath: where extraResources land in a packaged app. */
  resourcesPath: string;
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  log?: (...args: unknown[]) => void;
}

export interface AppPaths {
  preloadPath: string;
  rendererFile: string;
  devServerUrl?: string;
  resourcesDir: string;
  icon: string;
}

export function resolveAppPaths(o: Pick<StartAppOptions, 'mainDir' | 'resourcesPath' | 'env'>, isPackaged: boolean, appPath: string): AppPaths {
  // Packaged: extraResources copies the repo's resources/ to <resourcesPath>/resources. Dev: the repo itself.
  const resourcesDir = isPackaged ? join(o.resourcesPath, 'resources') : join(appPath, 'resources');
  const devServerUrl = isPackaged ? undefined : o.env.ELECTRON_RENDERER_URL || undefined;
  return {
    preloadPath: join(o.mainDir, '..', 'preload', 'index.cjs'),
    rendererFile: join(o.mainDir, '..', 'renderer', 'index.html'),
    ...(devServerUrl ? { devServerUrl } : {}),
    resourcesDir,
    icon: join(resourcesDir, 'icons', 'icon.png'),
  };
}

/** The desktop process from start to quit. Resolves once the window exists, or after a failed start has quit. */
export async function startApp(o: StartAppOptions): Promise<void> {
  const { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } = o.electron;
  const log = o.log ?? console.error;
  const dataOverride = o.env.AUDIT_DESK_DATA;
  if (dataOverride) {
    // A separate data folder is a separate instance (tests, a second partnership): lock and Chromium data follow it.
    app.setPath('userData', dataOverride);
    app.setPath('sessionData', join(dataOverride, 'chromium'));
  }
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if ((o.platform ?? process.platform) === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  let win: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  const paths = resolveAppPaths(o, app.isPackaged, app.getAppPath());
  const dataDir = dataOverride || app.getPath('userData');

  let backend: Pick<Backend, 'dispatch' | 'close'>;
  try {
    backend = await o.startBackend({ dataDir, resourcesDir: paths.resourcesDir, mode: 'desktop' });
  } catch (err) {
    // DatabaseTooNewError, DatabaseDamagedError, MigrationError… carry messages written for the user.
    const message = err instanceof Error ? err.message : String(err);
    log('Backend failed to start:', err);
    dialog.showErrorBox('Audit Desk cannot open its data', `${message}\n\nData folder: ${dataDir}`);
    app.exit(1);
    return;
  }

  // Close the database before exit so SQLite checkpoints its WAL; the second will-quit goes through.
  let closing: Promise<void> | null = null;
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closing ??= backend
      .close()
      .catch((err: unknown) => log('Closing the database failed:', err))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  const isAppUrl = createAppUrlCheck(paths);
  applySecurity(app, session.defaultSession, { isAppUrl, shell, ...(paths.devServerUrl ? { devServerUrl: paths.devServerUrl } : {}) });
  const host = createElectronHost({
    dialog,
    shell,
    getWindow: () => win,
    writeFileAtomic: o.writeFileAtomic,
    defaultDir: app.getPath('documents'),
  });
  registerApi(ipcMain, backend.dispatch, host, isAppUrl, log);

  const showAbout = () => {
    const options = {
      type: 'info' as const,
      title: 'About Audit Desk',
      message: `Audit Desk ${app.getVersion()}`,
      detail: `Data folder: ${dataDir}\nElectron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · Node ${process.versions.node}`,
      buttons: ['OK'],
    };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };
  const openDataFolder = () => {
    void shell.openPath(dataDir).then((problem) => problem && dialog.showErrorBox('Audit Desk', `The data folder could not be opened: ${problem}`));
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, openDataFolder, showAbout })));

  win = createMainWindow({ BrowserWindow, ...paths, isPackaged: app.isPackaged });
  win.on('closed', () => {
    win = null;
  });
}
