import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppPaths } from '../../electron/main/start-app';
import { createMainWindow, mainWindowOptions, type MainWindowDeps } from '../../electron/main/window';
import { createFakeElectron, FakeBrowserWindow } from '../helpers/fake-electron';

const mainDir = join(sep, 'app', 'out', 'main');
const paths = resolveAppPaths({ mainDir, resourcesPath: join(sep, 'res'), env: {} }, false, join(sep, 'repo'));

const open = (extra: Partial<MainWindowDeps> = {}) => {
  const fake = createFakeElectron();
  const win = createMainWindow({
    BrowserWindow: fake.BrowserWindow as unknown as MainWindowDeps['BrowserWindow'],
    ...paths,
    isPackaged: false,
    ...extra,
  }) as unknown as FakeBrowserWindow;
  return { win, prefs: win.options.webPreferences as Record<string, unknown> };
};

describe('main window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security', () => {
    const { prefs } = open();
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
  });

  it('uses the CommonJS preload electron-vite builds beside out/main', () => {
    const { prefs } = open();
    expect(prefs.preload).toBe(join(sep, 'app', 'out', 'preload', 'index.cjs'));
    expect(String(prefs.preload).endsWith('index.cjs')).toBe(true);
  });

  it('is titled, has a minimum size and a background, and stays hidden until ready-to-show', () => {
    const { win } = open();
    expect(win.options).toMatchObject({ title: 'Audit Desk', show: false, backgroundColor: expect.stringMatching(/^#/) });
    expect(win.options.minWidth).toBeGreaterThanOrEqual(800);
    expect(win.options.minHeight).toBeGreaterThanOrEqual(500);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('loads the built index.html, or the dev server when one is given', () => {
    const built = open().win;
    expect(built.loadFile).toHaveBeenCalledWith(join(sep, 'app', 'out', 'renderer', 'index.html'));
    expect(built.loadURL).not.toHaveBeenCalled();
    const dev = open({ devServerUrl: 'http://localhost:5173' }).win;
    expect(dev.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(dev.loadFile).not.toHaveBeenCalled();
  });

  it('turns developer tools off in a packaged build only', () => {
    const base = { preloadPath: paths.preloadPath };
    expect(mainWindowOptions({ ...base, isPackaged: true }).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ ...base, isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('shows the window anyway when the page fails to load, so the user is not left with nothing', async () => {
    const fake = createFakeElectron();
    class Failing extends FakeBrowserWindow {
      override loadFile = vi.fn(async () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')));
    }
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const win = createMainWindow({
      BrowserWindow: Failing as unknown as MainWindowDeps['BrowserWindow'],
      ...paths,
      isPackaged: true,
    }) as unknown as FakeBrowserWindow;
    await vi.waitFor(() => expect(win.show).toHaveBeenCalled());
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
    expect(fake.BrowserWindow.instances).toContain(win);
  });
});

describe('resolveAppPaths', () => {
  it('finds resources in the repo when unpackaged and in <resourcesPath>/resources when packaged', () => {
    expect(paths.resourcesDir).toBe(join(sep, 'repo', 'resources'));
    const packaged = resolveAppPaths({ mainDir, resourcesPath: join(sep, 'res'), env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }, true, '/x');
    expect(packaged.resourcesDir).toBe(join(sep, 'res', 'resources'));
    expect(packaged.icon).toBe(join(sep, 'res', 'resources', 'icons', 'icon.png'));
    // A packaged app never loads a dev server, whatever the environment says.
    expect(packaged.devServerUrl).toBeUndefined();
    expect(resolveAppPaths({ mainDir, resourcesPath: '/r', env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }, false, '/x').devServerUrl).toBe(
      'http://localhost:5173',
    );
  });
});
