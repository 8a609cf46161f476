import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** out/preload/index.cjs: sandboxed preloads must be CommonJS. */
  preloadPath: string;
  /** out/renderer/index.html, or devServerUrl while developing. */
  rendererFile: string;
  devServerUrl?: string;
  /** Window icon for Linux; Windows takes it from the executable. */
  icon?: string;
  isPackaged: boolean;
}

export const MAIN_WINDOW_TITLE = 'Audit Desk';

export function mainWindowOptions(deps: Pick<MainWindowDeps, 'preloadPath' | 'icon' | 'isPackaged'>): BrowserWindowConstructorOptions {
  return {
    title: MAIN_WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    // Fluent's neutral page background, so a slow first paint does not flash.
    backgroundColor: '#f5f5f5',
    ...(deps.icon ? { icon: deps.icon } : {}),
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      devTools: !deps.isPackaged,
    },
  };
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const win = new deps.BrowserWindow(mainWindowOptions(deps));
  win.once('ready-to-show', () => win.show());
  const loading = deps.devServerUrl ? win.loadURL(deps.devServerUrl) : win.loadFile(deps.rendererFile);
  // A failed load leaves the window hidden forever; show it so the error page and the menu are reachable.
  loading.catch((err: unknown) => {
    console.error('Could not load the Audit Desk window:', err);
    if (!win.isDestroyed()) win.show();
  });
  return win;
}
