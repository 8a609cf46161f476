import { ApiCallError } from '../../../shared/api/client';
import type { Host } from '../../../shared/host';
import type { Result } from '../../../shared/result';
import type { RendererBridge } from '../api/bridge';

/** Host calls come back over IPC as Results; a failure (e.g. the file is open in Word) becomes a thrown error. */
const unwrap = async <T>(pending: Promise<Result<T>>): Promise<T> => {
  const r = await pending;
  if (!r.ok) throw new ApiCallError(r.error.code, r.error.message, r.error.details);
  return r.value;
};

/** The desktop host: the preload's dialogs and shell. */
export function createElectronHost(bridge: RendererBridge): Host {
  const h = bridge.host;
  return {
    kind: 'electron',
    openFile: (o) => unwrap(h.openFile(o)),
    openFiles: (o) => unwrap(h.openFiles(o)),
    saveFile: (o) => unwrap(h.saveFile(o)),
    pickFolder: (o) => unwrap(h.pickFolder(o)),
    openPath: (p) => unwrap(h.openPath(p)),
    showInFolder: (p) => unwrap(h.showInFolder(p)),
  };
}
