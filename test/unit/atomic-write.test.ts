import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../electron/backend/errors';
import { writeFileAtomic } from '../../electron/backend/io/atomic-write';

// rename is wrapped so a test can make it fail as Windows does when Word holds the file; it renames for real otherwise.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-desk-atomic-'));
});
afterEach(() => {
  vi.mocked(rename).mockReset();
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text and bytes, replacing what was there', async () => {
    const target = join(dir, 'report.docx');
    await writeFileAtomic(target, 'first');
    expect(readFileSync(target, 'utf8')).toBe('first');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });

  it('leaves no temp file behind', async () => {
    const target = join(dir, 'register.docx');
    await writeFileAtomic(target, 'content');
    expect(readdirSync(dir)).toEqual(['register.docx']);
  });

  it('creates the folder when it does not exist', async () => {
    const target = join(dir, 'a', 'b', 'out.txt');
    await writeFileAtomic(target, 'x');
    expect(readFileSync(target, 'utf8')).toBe('x');
  });

  it.each(['EBUSY', 'EPERM', 'EACCES'])('turns %s on rename (file open in Word) into file_locked, keeps the old file, removes the temp', async (code) => {
    const target = join(dir, 'Agency register.docx');
    writeFileSync(target, 'old');
    vi.mocked(rename).mockRejectedValueOnce(errno(code));
    const err = await writeFileAtomic(target, 'new').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('file_locked');
    expect((err as AppError).message).toContain('Agency register.docx');
    expect((err as AppError).message).toContain(code);
    expect((err as AppError).details).toEqual([{ file: target, message: `${code}: the file is open or read-only` }]);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['Agency register.docx']);
  });

  it('rethrows other errors unchanged (e.g. a full disk), still removing the temp file', async () => {
    const target = join(dir, 'out.docx');
    const original = errno('ENOSPC');
    vi.mocked(rename).mockRejectedValueOnce(original);
    await expect(writeFileAtomic(target, 'x')).rejects.toBe(original);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('rethrows EISDIR when the target is a folder: not a lock, so not file_locked', async () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    const err = await writeFileAtomic(target, 'x').catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(AppError);
    expect((err as NodeJS.ErrnoException).code).toBe('EISDIR');
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('reports a read-only folder as file_locked (real EACCES)', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      const err = await writeFileAtomic(join(locked, 'out.docx'), 'x').catch((e: unknown) => e);
      // open() of the temp file fails before rename: still a lock code, so still the clear message
      expect((err as AppError).code).toBe('file_locked');
      expect(existsSync(join(locked, 'out.docx'))).toBe(false);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});
