import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, HOST_CHANNEL, METHOD_NAMES } from '../../shared/api/contract';
import type { Host } from '../../shared/host';
import type { Result } from '../../shared/result';
import { createDispatcher, type Dispatch, type Handlers } from '../../electron/backend/api/dispatcher';
import type { ServiceContext } from '../../electron/backend/context';
import { AppError } from '../../electron/backend/errors';
import { createAppUrlCheck } from '../../electron/main/app-url';
import { registerApi } from '../../electron/main/ipc';
import { createFakeElectron } from '../helpers/fake-electron';

const rendererFile = join(sep, 'app', 'out', 'renderer', 'index.html');
const APP_URL = `${pathToFileURL(rendererFile).href}#/agencies`;
const isAppUrl = createAppUrlCheck({ rendererFile });

const fakeHost = (): Host & { [K in Exclude<keyof Host, 'kind'>]: ReturnType<typeof vi.fn> } => ({
  kind: 'fake',
  openFile: vi.fn(async () => null),
  openFiles: vi.fn(async () => [{ fileName: 'a.xlsx', contentBase64: 'UEsDBA==', path: '/tmp/a.xlsx' }]),
  saveFile: vi.fn(async () => ({ path: '/tmp/x.docx' })),
  pickFolder: vi.fn(async () => '/tmp'),
  openPath: vi.fn(async () => undefined),
  showInFolder: vi.fn(async () => undefined),
});

const setup = (dispatch: Dispatch = vi.fn(async () => ({ ok: true as const, value: 'done' })), host: Host = fakeHost()) => {
  const fake = createFakeElectron();
  const log = vi.fn();
  const unregister = registerApi(fake.ipcMain, dispatch, host, isAppUrl, log);
  const api = (method: unknown, input?: unknown, from: string | null = APP_URL) =>
    fake.ipcMain.invoke(API_CHANNEL, from, method, input) as Promise<Result<unknown>>;
  const hostCall = (method: unknown, arg?: unknown, from: string | null = APP_URL) =>
    fake.ipcMain.invoke(HOST_CHANNEL, from, method, arg) as Promise<Result<unknown>>;
  return { fake, dispatch, host, log, api, hostCall, unregister };
};

describe('API channel', () => {
  it('registers exactly one handler for the API and one for the host', () => {
    const { fake, unregister } = setup();
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(2);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([API_CHANNEL, HOST_CHANNEL].sort());
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('routes every contract method to the dispatcher through that one channel', async () => {
    const dispatch = vi.fn(async (method: string) => ({ ok: true as const, value: method }));
    const { api } = setup(dispatch);
    expect(METHOD_NAMES.length).toBeGreaterThan(10);
    for (const [i, name] of METHOD_NAMES.entries()) {
      const input = { probe: i };
      expect(await api(name, input)).toEqual({ ok: true, value: name });
      expect(dispatch).toHaveBeenLastCalledWith(name, input);
    }
    expect(dispatch).toHaveBeenCalledTimes(METHOD_NAMES.length);
  });

  it('answers unknown methods and malformed input with Results from the real dispatcher', async () => {
    const stubs = Object.fromEntries(METHOD_NAMES.map((m) => [m, vi.fn(async () => ({ stub: m }))])) as unknown as Handlers;
    const dispatch = createDispatcher({} as ServiceContext, stubs, vi.fn());
    const { api } = setup(dispatch);

    const unknown = await api('agencies.dropTable', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });

    const malformed = await api('agencies.get', { id: 'seven' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(malformed.ok === false && malformed.error.details?.[0]?.field).toBe('id');
    expect(stubs['agencies.get']).not.toHaveBeenCalled();

    expect(await api('agencies.get', { id: 7 })).toEqual({ ok: true, value: { stub: 'agencies.get' } });
    expect(await api(42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses callers that are not our page, without reaching the dispatcher', async () => {
    const { api, hostCall, dispatch, host } = setup();
    for (const from of ['https://evil.example/', pathToFileURL(join(sep, 'tmp', 'evil.html')).href, 'file://evilhost/app/out/renderer/index.html', null]) {
      expect(await api('app.info', undefined, from)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
      expect(await hostCall('openPath', '/tmp/a.docx', from)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(host.openPath).not.toHaveBeenCalled();
  });

  it('answers the dev server origin when one is configured', async () => {
    const fake = createFakeElectron();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 1 }));
    registerApi(fake.ipcMain, dispatch, fakeHost(), createAppUrlCheck({ rendererFile, devServerUrl: 'http://localhost:5173' }));
    expect(await fake.ipcMain.invoke(API_CHANNEL, 'http://localhost:5173/#/home', 'app.info')).toEqual({ ok: true, value: 1 });
    expect(await fake.ipcMain.invoke(API_CHANNEL, 'http://localhost:5174/', 'app.info')).toMatchObject({ ok: false });
  });

  it('turns a dispatcher that throws into an internal Result rather than a rejected invoke', async () => {
    const { api, log } = setup(vi.fn(async () => Promise.reject(new Error('disk on fire'))));
    const r = await api('app.info');
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('disk on fire') } });
    expect(log).toHaveBeenCalled();
  });
});

describe('host channel', () => {
  it('runs host methods with checked arguments', async () => {
    const { hostCall, host } = setup();
    const save = { title: 'Save', suggestedName: 'Register.xlsx', contentBase64: 'UEsDBA==', filters: [{ name: 'Excel', extensions: ['xlsx'] }] };
    expect(await hostCall('saveFile', save)).toEqual({ ok: true, value: { path: '/tmp/x.docx' } });
    expect(host.saveFile).toHaveBeenCalledWith(save);
    expect(await hostCall('pickFolder', { title: 'Pick' })).toEqual({ ok: true, value: '/tmp' });
    const pick = { title: 'Add returns', filters: [{ name: 'Returns', extensions: ['xlsx', 'docx'] }] };
    expect(await hostCall('openFiles', pick)).toEqual({ ok: true, value: [{ fileName: 'a.xlsx', contentBase64: 'UEsDBA==', path: '/tmp/a.xlsx' }] });
    expect(host.openFiles).toHaveBeenCalledWith(pick);
    expect(await hostCall('showInFolder', join(sep, 'tmp', 'a.docx'))).toMatchObject({ ok: true });
    expect(host.showInFolder).toHaveBeenCalledWith(join(sep, 'tmp', 'a.docx'));
  });

  it('rejects unknown host methods and bad arguments as Results', async () => {
    const { hostCall, host } = setup();
    expect(await hostCall('exec', 'rm -rf /')).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await hostCall('toString')).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await hostCall('openPath', 'relative/a.docx')).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await hostCall('openFile', { title: 'x', filters: [], extra: true })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await hostCall('openFiles', { title: 'x', filters: [], multiple: true })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await hostCall('openFiles', { title: 'x', filters: [{ name: 'Any', extensions: ['../exe'] }] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await hostCall('openFiles', { filters: [] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      await hostCall('saveFile', { title: 'x', suggestedName: '../../evil.docx', contentBase64: 'AA==', filters: [] }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      await hostCall('saveFile', { title: 'x', suggestedName: 'a.docx', contentBase64: 'not base64!', filters: [] }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(host.openPath).not.toHaveBeenCalled();
    expect(host.openFile).not.toHaveBeenCalled();
    expect(host.openFiles).not.toHaveBeenCalled();
    expect(host.saveFile).not.toHaveBeenCalled();
  });

  it('passes an AppError such as file_locked through with its code and message', async () => {
    const host = fakeHost();
    host.saveFile.mockRejectedValue(new AppError('file_locked', 'Register.xlsx is open in another program.'));
    const { hostCall } = setup(undefined, host);
    const r = await hostCall('saveFile', { title: 'Save', suggestedName: 'Register.xlsx', contentBase64: 'AA==', filters: [] });
    expect(r).toEqual({ ok: false, error: { code: 'file_locked', message: 'Register.xlsx is open in another program.' } });
  });
});
