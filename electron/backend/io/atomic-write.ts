import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors';

const LOCK_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);

/**
 * Writes a file so that readers see the old contents or the new, never half: a temp file beside the
 * target, flushed to disk, then renamed over it. A target held open by Word or Excel on Windows makes the
 * rename fail with EBUSY/EPERM; that becomes a message naming the file, and the temp file is removed.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    if (code && LOCK_CODES.has(code))
      throw new AppError(
        'file_locked',
        `${basename(target)} could not be saved because it is open in another program or read-only (${code}). ` +
          `Close it (for example in Word or Excel) and try again, or save under another name. Folder: ${dir}`,
        [{ file: target, message: `${code}: the file is open or read-only` }],
      );
    throw err;
  }
}
