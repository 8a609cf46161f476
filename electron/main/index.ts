import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { startBackend } from '../backend/app';
import { writeFileAtomic } from '../backend/io/atomic-write';
import { startApp } from './start-app';

// Entry point: everything else takes Electron as a parameter so it can be tested without it.
startApp({
  electron: { app, BrowserWindow, dialog, ipcMain, Menu, session, shell },
  startBackend,
  writeFileAtomic,
  mainDir: dirname(fileURLToPath(import.meta.url)),
  resourcesPath: process.resourcesPath,
  env: process.env,
}).catch((err: unknown) => {
  console.error('Audit Desk failed to start:', err);
  dialog.showErrorBox('Audit Desk cannot start', err instanceof Error ? err.message : String(err));
  app.exit(1);
});
