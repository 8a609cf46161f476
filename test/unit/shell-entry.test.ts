import { describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../helpers/fake-electron';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectron);
// The real backend opens SQLite; here only the wiring of the entry point is under test.
const startBackend = vi.hoisted(() => vi.fn(async () => ({ dispatch: vi.fn(), close: vi.fn(async () => undefined) })));
vi.mock('../../electron/backend/app', () => ({ startBackend }));

describe('electron/main/index.ts', () => {
  it('starts the app with the real wiring: desktop backend, IPC and a window', async () => {
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(fakeElectron.BrowserWindow.instances).toHaveLength(1));
    expect(startBackend).toHaveBeenCalledWith(expect.objectContaining({ mode: 'desktop', dataDir: expect.any(String) }));
    expect(fakeElectron.ipcMain.handlers.size).toBe(2);
    const prefs = fakeElectron.BrowserWindow.instances[0]?.options.webPreferences as { preload: string; sandbox: boolean };
    expect(prefs.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(prefs.sandbox).toBe(true);
  });
});
