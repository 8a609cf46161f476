import { existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, stat, utimes } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Where backup `name` keeps its copy of the evidence store. */
export const evidenceBackupDir = (dbPath: string, name: string) => join(dirname(dbPath), 'backups', 'evidence', name);

/** Files and bytes under a folder (0 when it does not exist). */
export function treeSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = treeSize(p);
      files += sub.files;
      bytes += sub.bytes;
    } else if (e.isFile()) {
      files++;
      bytes += statSync(p).size;
    }
  }
  return { files, bytes };
}

/**
 * Copies the evidence store into a backup. A file unchanged since the previous backup (same relative path,
 * size and modification time) is hard-linked to that backup's copy: backup copies are never opened or
 * edited, so sharing them is safe, unlike linking to the live store, where a document opened from the app
 * could be saved in place. Linking falls back to copying (other volumes, file systems without links).
 * Temp files of an unfinished atomic write (".name.xxxx.tmp") are skipped.
 */
export async function copyEvidence(from: string, to: string, previous?: string): Promise<void> {
  if (!existsSync(from)) return;
  for (const e of await readdir(from, { withFileTypes: true })) {
    const src = join(from, e.name);
    if (e.isDirectory()) {
      await copyEvidence(src, join(to, e.name), previous && join(previous, e.name));
      continue;
    }
    if (!e.isFile() || /^\..*\.tmp$/.test(basename(e.name))) continue;
    await mkdir(to, { recursive: true });
    const dest = join(to, e.name);
    if (previous && (await sameFile(src, join(previous, e.name)))) {
      try {
        await link(join(previous, e.name), dest);
        continue;
      } catch {
        // fall through to a copy
      }
    }
    await copyFile(src, dest);
    // Keep the modification time, so the next backup can tell the file is unchanged.
    const st = await stat(src);
    await utimes(dest, st.atime, st.mtime);
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    // Setting a time goes through a Date (milliseconds), so a copy's time can differ below a millisecond or two.
    return sa.size === sb.size && Math.abs(sa.mtimeMs - sb.mtimeMs) < 2;
  } catch {
    return false;
  }
}
