import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../electron/backend/io/atomic-write';
import { createElectronHost } from '../../electron/main/host-electron';
import { callHost } from '../../electron/main/ipc';
import { createFakeElectron, type FakeElectron } from '../helpers/fake-electron';

// Only rename is intercepted, and only while a test sets the code: that is where Windows reports a file open in Word.
const renameFailure = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (renameFailure.code) throw Object.assign(new Error(`${renameFailure.code}: resource busy or locked, rename`), { code: renameFailure.code });
      return actual.rename(from, to);
    },
  };
});

let dir: string;
let fake: FakeElectron;
const window = { id: 1 } as unknown as BaseWindow;
const makeHost = (getWindow: () => BaseWindow | null = () => window) =>
  createElectronHost({ dialog: fake.dialog, shell: fake.shell, getWindow, writeFileAtomic, defaultDir: dir });
const saveArgs = { title: 'Save register', suggestedName: 'Register.docx', contentBase64: Buffer.from('hello').toString('base64'), filters: [] };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-desk-host-'));
  fake = createFakeElectron();
  renameFailure.code = null;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('electron host: saveFile', () => {
  it('returns null and writes nothing when the dialog is cancelled', async () => {
    const write = vi.fn(writeFileAtomic);
    const host = createElectronHost({ dialog: fake.dialog, shell: fake.shell, getWindow: () => window, writeFileAtomic: write, defaultDir: dir });
    await expect(host.saveFile(saveArgs)).resolves.toBeNull();
    expect(write).not.toHaveBeenCalled();
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: join(dir, 'Register.docx') }));
  });

  it('writes the decoded bytes where the user chose', async () => {
    const target = join(dir, 'out', 'Chosen.docx');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(makeHost().saveFile(saveArgs)).resolves.toEqual({ path: target });
    expect(readFileSync(target, 'utf8')).toBe('hello');
  });

  it('turns EBUSY (the file is open in Word) into a file_locked Result with a clear message', async () => {
    const target = join(dir, 'Register.docx');
    writeFileSync(target, 'old');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    renameFailure.code = 'EBUSY';
    const log = vi.fn();
    const r = await callHost(makeHost(), 'saveFile', saveArgs, log);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('file_locked');
    expect(r.error.message).toContain('Register.docx');
    expect(r.error.message).toMatch(/open in another program/);
    expect(r.error.message).toMatch(/try again/);
    expect(log).not.toHaveBeenCalled();
    // The old file is untouched and the temp file is gone.
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['Register.docx']);
  });

  it('uses a parentless dialog when there is no window', async () => {
    await makeHost(() => null).saveFile(saveArgs);
    expect(fake.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ title: 'Save register' });
  });
});

describe('electron host: openFile and pickFolder', () => {
  it('returns null when cancelled, else the file as base64 with its name and path', async () => {
    const host = makeHost();
    await expect(host.openFile({ title: 'Import', filters: [{ name: 'Excel', extensions: ['xlsx'] }] })).resolves.toBeNull();
    const file = join(dir, 'agencies.xlsx');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 3, 4]));
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    await expect(host.openFile({ title: 'Import', filters: [] })).resolves.toEqual({ fileName: 'agencies.xlsx', contentBase64: 'UEsDBA==', path: file });
    expect(fake.dialog.showOpenDialog).toHaveBeenLastCalledWith(window, expect.objectContaining({ properties: ['openFile'] }));
  });

  it('openFiles asks for several files at once and returns every one, in the order picked', async () => {
    const host = makeHost();
    const a = join(dir, 'Harbour Nursery return.xlsx');
    const b = join(dir, 'sub', 'St Anne return.docx');
    writeFileSync(a, Buffer.from([0x50, 0x4b, 3, 4]));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(b, 'word');
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [a, b] });
    const filters = [{ name: 'Returns', extensions: ['xlsx', 'docx'] }];
    await expect(host.openFiles({ title: 'Add returns', filters })).resolves.toEqual([
      { fileName: 'Harbour Nursery return.xlsx', contentBase64: 'UEsDBA==', path: a },
      { fileName: 'St Anne return.docx', contentBase64: Buffer.from('word').toString('base64'), path: b },
    ]);
    expect(fake.dialog.showOpenDialog).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({ title: 'Add returns', filters, defaultPath: dir, properties: ['openFile', 'multiSelections'] }),
    );
    // The next dialog reopens where the files were.
    await host.openFiles({ title: 'Add returns', filters });
    expect(fake.dialog.showOpenDialog.mock.calls[1]?.[1]).toMatchObject({ defaultPath: dir });
  });

  it('openFiles returns [] and reads nothing when cancelled, even if Electron lists paths', async () => {
    const readFile = vi.fn(async () => new Uint8Array());
    const host = createElectronHost({ dialog: fake.dialog, shell: fake.shell, getWindow: () => null, writeFileAtomic, readFile, defaultDir: dir });
    await expect(host.openFiles({ title: 'Add returns', filters: [] })).resolves.toEqual([]);
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [join(dir, 'a.xlsx')] });
    await expect(host.openFiles({ title: 'Add returns', filters: [] })).resolves.toEqual([]);
    expect(readFile).not.toHaveBeenCalled();
    // No window: a parentless dialog, still asking for several files.
    expect(fake.dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ properties: ['openFile', 'multiSelections'] });
  });

  it('openFiles through IPC: checked arguments, and a file that vanished is a Result naming it, not a crash', async () => {
    const gone = join(dir, 'gone.xlsx');
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [gone] });
    const log = vi.fn();
    const r = await callHost(makeHost(), 'openFiles', { title: 'Add returns', filters: [] }, log);
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('gone.xlsx') } });
    expect(await callHost(makeHost(), 'openFiles', { title: 'Add returns' }, log)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('picks a folder, or null when cancelled', async () => {
    const host = makeHost();
    await expect(host.pickFolder({ title: 'Where?' })).resolves.toBeNull();
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    await expect(host.pickFolder({ title: 'Where?' })).resolves.toBe(dir);
    expect(fake.dialog.showOpenDialog.mock.calls[1]?.[1]).toMatchObject({ properties: expect.arrayContaining(['openDirectory']) });
  });
});

describe('electron host: openPath and showInFolder', () => {
  it('opens a document, and turns the error string shell.openPath resolves with into a rejection', async () => {
    const doc = join(dir, 'Letter.docx');
    writeFileSync(doc, 'x');
    const host = makeHost();
    await expect(host.openPath(doc)).resolves.toBeUndefined();
    expect(fake.shell.openPath).toHaveBeenCalledWith(doc);
    fake.shell.openPath.mockResolvedValueOnce('No application is associated with the specified file');
    await expect(host.openPath(doc)).rejects.toThrow(/Letter\.docx could not be opened: No application/);
  });

  it('refuses programs and missing files without asking the shell', async () => {
    const exe = join(dir, 'setup.exe');
    writeFileSync(exe, 'MZ');
    const host = makeHost();
    await expect(host.openPath(exe)).rejects.toMatchObject({ code: 'validation' });
    await expect(host.openPath(join(dir, 'gone.docx'))).rejects.toMatchObject({ code: 'not_found' });
    expect(fake.shell.openPath).not.toHaveBeenCalled();
    await expect(host.openPath(dir)).resolves.toBeUndefined();
  });

  it('shows an existing file in its folder', async () => {
    const doc = join(dir, 'Letter.docx');
    writeFileSync(doc, 'x');
    await makeHost().showInFolder(doc);
    expect(fake.shell.showItemInFolder).toHaveBeenCalledWith(doc);
    await expect(makeHost().showInFolder(join(dir, 'gone.docx'))).rejects.toMatchObject({ code: 'not_found' });
  });
});
