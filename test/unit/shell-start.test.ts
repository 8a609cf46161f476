import { join, sep } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, HOST_CHANNEL } from '../../shared/api/contract';
import { DatabaseTooNewError } from '../../electron/backend/db/migrator';
import { buildMenuTemplate } from '../../electron/main/menu';
import { startApp, type ElectronApi, type StartAppOptions } from '../../electron/main/start-app';
import { createFakeElectron, fakeEvent, type FakeBrowserWindow } from '../helpers/fake-electron';

const mainDir = join(sep, 'app', 'out', 'main');

const run = async (overrides: Partial<StartAppOptions> = {}, tweak: (f: ReturnType<typeof createFakeElectron>) => void = () => {}) => {
  const fake = createFakeElectron();
  tweak(fake);
  const backend = { dispatch: vi.fn(async () => ({ ok: true as const, value: null })), close: vi.fn(async () => undefined) };
  const startBackend = vi.fn(async () => backend);
  const log = vi.fn();
  await startApp({
    electron: fake as unknown as ElectronApi,
    startBackend,
    writeFileAtomic: vi.fn(),
    mainDir,
    resourcesPath: join(sep, 'res'),
    env: {},
    platform: 'win32',
    log,
    ...overrides,
  });
  const menu = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[] | undefined;
  return { fake, backend, startBackend, log, menu, windows: fake.BrowserWindow.instances as FakeBrowserWindow[] };
};

const roles = (template: MenuItemConstructorOptions[] | undefined) =>
  (template ?? []).flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])).map((i) => i.role ?? i.label);

describe('startApp', () => {
  it('starts the backend in desktop mode on the userData folder, then wires IPC, security, menu and one window', async () => {
    const { fake, startBackend, windows, menu } = await run();
    expect(startBackend).toHaveBeenCalledWith({ dataDir: '/fake/userData', resourcesDir: join('/fake/app', 'resources'), mode: 'desktop' });
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([API_CHANNEL, HOST_CHANNEL].sort());
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
    expect(windows).toHaveLength(1);
    expect((windows[0]?.options.webPreferences as { preload: string }).preload).toBe(join(sep, 'app', 'out', 'preload', 'index.cjs'));
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(menu?.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(fake.app.setAppUserModelId).toHaveBeenCalledWith('uk.gov.scp.auditdesk');
  });

  it('uses AUDIT_DESK_DATA as the data folder and as the instance folder', async () => {
    const { fake, startBackend } = await run({ env: { AUDIT_DESK_DATA: '/data/scp' } });
    expect(startBackend).toHaveBeenCalledWith(expect.objectContaining({ dataDir: '/data/scp' }));
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', '/data/scp');
  });

  it('reads resources from <resourcesPath>/resources when packaged', async () => {
    const { startBackend, menu } = await run({}, (f) => void (f.app.isPackaged = true));
    expect(startBackend).toHaveBeenCalledWith(expect.objectContaining({ resourcesDir: join(sep, 'res', 'resources') }));
    expect(roles(menu)).not.toContain('toggleDevTools');
  });

  it('shows the database error and quits when the backend cannot start', async () => {
    const tooNew = new DatabaseTooNewError(9, 3, '/data/audit-desk.sqlite');
    const { fake, windows } = await run({ startBackend: vi.fn(async () => Promise.reject(tooNew)) });
    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(fake.dialog.showErrorBox.mock.calls[0]?.[1]).toContain(tooNew.message);
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('quits at once when another instance holds the lock', async () => {
    const { fake, startBackend, windows } = await run({}, (f) => f.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(fake.app.quit).toHaveBeenCalled();
    expect(startBackend).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { fake, windows } = await run();
    fake.app.emit('second-instance', fakeEvent(), [], '');
    expect(windows[0]?.focus).toHaveBeenCalled();
  });

  it('closes the database before the process exits', async () => {
    const { fake, backend } = await run();
    const first = fakeEvent();
    fake.app.emit('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(backend.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    const second = fakeEvent();
    fake.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(backend.close).toHaveBeenCalledTimes(1);
  });
});

describe('application menu', () => {
  it('offers developer tools only when unpackaged', () => {
    const actions = { openDataFolder: vi.fn(), showAbout: vi.fn() };
    expect(roles(buildMenuTemplate({ ...actions, isPackaged: false }))).toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ ...actions, isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ ...actions, isPackaged: true }))).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'reload', 'zoomIn']));
  });

  it('opens the data folder and the About box from File and Help', async () => {
    const { fake, menu } = await run({ env: { AUDIT_DESK_DATA: '/data/scp' } });
    const item = (label: string) => (menu ?? []).flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])).find((i) => i.label === label);
    (item('Open &data folder')?.click as () => void)();
    expect(fake.shell.openPath).toHaveBeenCalledWith('/data/scp');
    (item('&About Audit Desk')?.click as () => void)();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ message: 'Audit Desk 0.1.0' }));
  });
});
