import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, HOST_CHANNEL } from '../../shared/api/contract';
import { BRIDGE_CHANNELS, type AuditDeskBridge } from '../../shared/bridge';
import { HOST_METHODS } from '../../shared/host';
import { fakeElectron } from '../helpers/fake-electron';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectron);

let bridge: AuditDeskBridge;
let exposeCalls: unknown[][];
beforeAll(async () => {
  await import('../../electron/preload/index');
  bridge = fakeElectron.contextBridge.exposed.auditDesk as AuditDeskBridge;
  // Copied now: this Vitest clears mock call records before each test.
  exposeCalls = [...fakeElectron.contextBridge.exposeInMainWorld.mock.calls];
});

describe('preload', () => {
  it('exposes exactly one global, auditDesk, with invoke, host and platform', () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0]?.[0]).toBe('auditDesk');
    expect(Object.keys(fakeElectron.contextBridge.exposed)).toEqual(['auditDesk']);
    expect(Object.keys(bridge).sort()).toEqual(['host', 'invoke', 'platform']);
    expect(Object.keys(bridge.host).sort()).toEqual([...HOST_METHODS].sort());
    expect(bridge.platform).toBe('desktop');
  });

  it('hands the page functions only — never ipcRenderer or another Electron object', () => {
    const values = [bridge.invoke, ...Object.values(bridge.host)];
    for (const v of values) expect(typeof v).toBe('function');
    expect(values).not.toContain(fakeElectron.ipcRenderer.invoke);
    expect(Object.values(bridge)).not.toContain(fakeElectron.ipcRenderer);
  });

  it('sends API calls over API_CHANNEL and returns the main process answer', async () => {
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [1, 2] });
    const input = { search: 'school' };
    await expect(bridge.invoke('agencies.list', input)).resolves.toEqual({ ok: true, value: [1, 2] });
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith(API_CHANNEL, 'agencies.list', input);
  });

  it('sends each host operation over HOST_CHANNEL with its name and argument', async () => {
    const args = {
      openFile: { title: 'Open', filters: [] },
      openFiles: { title: 'Open several', filters: [{ name: 'Excel', extensions: ['xlsx'] }] },
      saveFile: { title: 'Save', suggestedName: 'a.docx', contentBase64: 'AA==', filters: [] },
      pickFolder: { title: 'Folder' },
      openPath: '/tmp/a.docx',
      showInFolder: '/tmp/a.docx',
    } as const;
    for (const name of HOST_METHODS) {
      await (bridge.host[name] as (a: unknown) => Promise<unknown>)(args[name]);
      expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith(HOST_CHANNEL, name, args[name]);
    }
  });
});

/** Bare packages reached through value imports (not `import type`) from a TypeScript entry file. */
function runtimePackages(entry: string, seen = new Set<string>(), found = new Set<string>()): Set<string> {
  if (seen.has(entry)) return found;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    const [, , typeOnly, spec] = m;
    if (typeOnly || !spec) continue;
    if (!spec.startsWith('.')) found.add(spec);
    else {
      const file = [`${spec}.ts`, `${spec}/index.ts`].map((f) => resolve(dirname(entry), f)).find(existsSync);
      if (!file) throw new Error(`Cannot resolve ${spec} from ${entry}`);
      runtimePackages(file, seen, found);
    }
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) if (m[1] && !m[1].startsWith('.')) found.add(m[1]);
  return found;
}

describe('preload bundle', () => {
  it('requires nothing but electron, since a sandboxed preload cannot load packages', () => {
    const entry = join(import.meta.dirname, '..', '..', 'electron', 'preload', 'index.ts');
    expect([...runtimePackages(entry)]).toEqual(['electron']);
    // The scanner itself would notice the contract and its zod.
    expect(runtimePackages(join(import.meta.dirname, '..', '..', 'shared', 'api', 'contract.ts')).has('zod')).toBe(true);
  });

  it('uses the same channel names as the contract', () => {
    expect(BRIDGE_CHANNELS).toEqual({ api: API_CHANNEL, host: HOST_CHANNEL });
  });
});
