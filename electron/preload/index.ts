import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNELS, BRIDGE_KEY, type AuditDeskBridge, type BridgeHost } from '../../shared/bridge';
import type { HostMethod } from '../../shared/host';

// Sandboxed preload: the page gets these functions and nothing else — no ipcRenderer, no Node. It may
// require only `electron`, so it imports no module that pulls in a package (the contract needs zod).
const hostCall =
  <M extends HostMethod>(name: M): BridgeHost[M] =>
  (arg) =>
    ipcRenderer.invoke(BRIDGE_CHANNELS.host, name, arg);

const bridge: AuditDeskBridge = {
  invoke: (method, input) => ipcRenderer.invoke(BRIDGE_CHANNELS.api, method, input),
  host: {
    openFile: hostCall('openFile'),
    openFiles: hostCall('openFiles'),
    saveFile: hostCall('saveFile'),
    pickFolder: hostCall('pickFolder'),
    openPath: hostCall('openPath'),
    showInFolder: hostCall('showInFolder'),
  },
  platform: 'desktop',
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
