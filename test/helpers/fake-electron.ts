import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, which cannot run here: each object records the calls the shell
 * makes and lets a test fire the events Electron would. Use with
 * `vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectron)`,
 * or pass `createFakeElectron()` objects to the shell's injectable functions.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== wrapped));
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of [...(this.listeners.get(event) ?? [])]) l(...args);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron Event: records preventDefault, optionally carries a url like will-navigate's details. */
export const fakeEvent = (extra: Record<string, unknown> = {}) => {
  const event = { defaultPrevented: false, preventDefault: vi.fn(() => void (event.defaultPrevented = true)), ...extra };
  return event;
};

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: Listener | null = null;
  setWindowOpenHandler = vi.fn((handler: Listener) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadFile = vi.fn(async (_file: string) => undefined);
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

export function createFakeSession() {
  const session = {
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    headersHandler: null as Listener | null,
    setPermissionRequestHandler: vi.fn((h: Listener | null) => void (session.permissionRequestHandler = h)),
    setPermissionCheckHandler: vi.fn((h: Listener | null) => void (session.permissionCheckHandler = h)),
    webRequest: { onHeadersReceived: vi.fn((h: Listener) => void (session.headersHandler = h)) },
  };
  return session;
}

export function createFakeElectron() {
  const handlers = new Map<string, Listener>();
  const exposed: Record<string, unknown> = {};
  const app = Object.assign(new FakeEmitter(), {
    isPackaged: false,
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn((name: string) => `/fake/${name}`),
    setPath: vi.fn(),
    getAppPath: vi.fn(() => '/fake/app'),
    getVersion: vi.fn(() => '0.1.0'),
    requestSingleInstanceLock: vi.fn(() => true),
    setAppUserModelId: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  FakeBrowserWindow.instances = [];
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers,
      handle: vi.fn((channel: string, listener: Listener) => {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, listener);
      }),
      removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
      /** What ipcRenderer.invoke would reach, sent from a frame at senderUrl. */
      async invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
        const handler = handlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args);
      },
    },
    ipcRenderer: { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })) },
    contextBridge: {
      exposed,
      exposeInMainWorld: vi.fn((key: string, api: unknown) => void (exposed[key] = api)),
    },
    session: { defaultSession: createFakeSession() },
    dialog: {
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath: string }> => ({ canceled: true, filePath: '' })),
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
    },
    shell: {
      openExternal: vi.fn(async (_url: string) => undefined),
      openPath: vi.fn(async (_path: string) => ''),
      showItemInFolder: vi.fn(),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The instance `vi.mock('electron', …)` hands out; reset it in beforeEach. */
export const fakeElectron: FakeElectron = createFakeElectron();
export const resetFakeElectron = (): FakeElectron => {
  const next = createFakeElectron();
  // Keep the same object, since the mocked module captured it.
  Object.assign(fakeElectron, next);
  return fakeElectron;
};
