import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { BaseWindow, Dialog, OpenDialogOptions, Shell } from 'electron';
import type { Host, PickedFile } from '../../shared/host';
import { AppError } from '../backend/errors';

/**
 * What openPath will hand to the OS: documents Audit Desk writes or reads, and folders. Never programs or
 * scripts, so a compromised page cannot run anything through the shell.
 */
export const OPENABLE_EXTENSIONS = new Set([
  '.docx', '.doc', '.xlsx', '.xls', '.csv', '.pdf', '.eml', '.ics', '.json', '.txt', '.png', '.svg', '.zip', '.html',
]);

export interface ElectronHostDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  shell: Pick<Shell, 'openPath' | 'showItemInFolder'>;
  /** Dialogs are modal to the main window when there is one. */
  getWindow: () => BaseWindow | null;
  writeFileAtomic: (target: string, data: Uint8Array) => Promise<void>;
  readFile?: (path: string) => Promise<Uint8Array>;
  /** Where the first save dialog opens (Documents); later ones reopen the last folder used. */
  defaultDir?: string;
}

const isDirectory = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

export function createElectronHost(deps: ElectronHostDeps): Host {
  const read = deps.readFile ?? readFile;
  let lastDir = deps.defaultDir;

  const mustExist = (path: string) => {
    if (!existsSync(path)) throw new AppError('not_found', `${basename(path)} no longer exists at ${dirname(path)}.`);
  };
  const readPicked = async (path: string): Promise<PickedFile> => {
    const bytes = await read(path);
    return { fileName: basename(path), contentBase64: Buffer.from(bytes).toString('base64'), path };
  };
  const showOpen = (options: OpenDialogOptions) => {
    const win = deps.getWindow();
    return win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options);
  };

  return {
    kind: 'electron',

    async openFile({ title, filters }) {
      const picked = await showOpen({ title, filters, defaultPath: lastDir, properties: ['openFile'] });
      const path = picked.canceled ? undefined : picked.filePaths[0];
      if (!path) return null;
      lastDir = dirname(path);
      return readPicked(path);
    },

    async openFiles({ title, filters }) {
      const picked = await showOpen({ title, filters, defaultPath: lastDir, properties: ['openFile', 'multiSelections'] });
      const paths = picked.canceled ? [] : picked.filePaths;
      if (!paths.length) return [];
      lastDir = dirname(paths[0]!);
      // One at a time, so a hundred returns are not all being read at once.
      const files: PickedFile[] = [];
      for (const path of paths) files.push(await readPicked(path));
      return files;
    },

    async saveFile({ title, suggestedName, contentBase64, filters }) {
      const win = deps.getWindow();
      const options = { title, filters, defaultPath: lastDir ? join(lastDir, suggestedName) : suggestedName };
      const chosen = await (win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options));
      if (chosen.canceled || !chosen.filePath) return null;
      lastDir = dirname(chosen.filePath);
      // A target open in Word/Excel rejects with AppError('file_locked') naming the file; IPC passes it on as a Result.
      await deps.writeFileAtomic(chosen.filePath, Buffer.from(contentBase64, 'base64'));
      return { path: chosen.filePath };
    },

    async pickFolder({ title }) {
      const picked = await showOpen({ title, defaultPath: lastDir, properties: ['openDirectory', 'createDirectory'] });
      const path = picked.canceled ? undefined : picked.filePaths[0];
      if (!path) return null;
      lastDir = path;
      return path;
    },

    async openPath(path) {
      mustExist(path);
      if (!isDirectory(path) && !OPENABLE_EXTENSIONS.has(extname(path).toLowerCase()))
        throw new AppError('validation', `Audit Desk does not open ${extname(path) || 'extensionless'} files. Use Show in folder instead.`);
      // shell.openPath resolves with an error string rather than rejecting.
      const problem = await deps.shell.openPath(path);
      if (problem) throw new AppError('internal', `${basename(path)} could not be opened: ${problem}`);
    },

    async showInFolder(path) {
      mustExist(path);
      deps.shell.showItemInFolder(path);
    },
  };
}
