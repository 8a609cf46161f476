import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// SQLite's WAL keeps its index in shared memory (the -shm file), which network file systems cannot share
// between machines, and their byte-range locks are unreliable. So a data folder on a share is opened with
// the rollback journal instead, and the user is told the risk.

export type JournalMode = 'WAL' | 'DELETE';

export interface StorageLocation {
  kind: 'local' | 'network';
  /** How the share was recognised: 'unc', 'mapped-drive', or the mount's file system type (nfs, cifs, smbfs…). */
  via: string | null;
  journalMode: JournalMode;
  /** Shown in Settings and printed by the CLI when the folder is on a share. */
  warning: string | null;
}

/** What detection asks of the machine; tests pass their own. */
export interface StorageProbe {
  platform: NodeJS.Platform;
  /** Windows: whether drive "X:" is a network drive; null when it cannot be told. */
  isNetworkDrive(drive: string): boolean | null;
  /** Linux and macOS: the mount table, as /proc/mounts or the output of `mount`. */
  mountTable(): string;
  /** The path with symbolic links resolved (of its nearest existing ancestor). */
  realpath(path: string): string;
}

const NETWORK_FS = new Set([
  'nfs', 'nfs4', 'cifs', 'smb', 'smb2', 'smb3', 'smbfs', 'afpfs', 'webdav', 'davfs', 'fuse.davfs', 'sshfs', 'fuse.sshfs',
  'ncpfs', 'afs', 'ceph', 'glusterfs', 'fuse.glusterfs', 'lustre', 'gpfs', 'cvfs', 'nfs3',
]);

export const defaultProbe: StorageProbe = {
  platform: process.platform,
  isNetworkDrive(drive) {
    // Windows cannot boot from a mapped drive: the usual %APPDATA% folder is answered without starting PowerShell.
    if (drive === (process.env.SystemDrive || 'C:').toUpperCase()) return false;
    try {
      // .NET's DriveInfo asks Windows for the drive type (DRIVE_REMOTE), not a guess from `net use` text.
      const out = execFileSync('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', `([System.IO.DriveInfo]::new('${drive}')).DriveType`], {
        encoding: 'utf8',
        timeout: 5000,
        windowsHide: true,
      });
      return out.trim() === 'Network';
    } catch {
      return null;
    }
  },
  mountTable() {
    if (existsSync('/proc/mounts')) return readFileSync('/proc/mounts', 'utf8');
    try {
      return execFileSync('mount', [], { encoding: 'utf8', timeout: 5000 });
    } catch {
      return '';
    }
  },
  realpath(path) {
    let p = resolve(path);
    // The data folder may not exist yet on a first run: its parent decides where it will live.
    while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
    try {
      return realpathSync.native(p);
    } catch {
      return p;
    }
  },
};

interface Mount {
  point: string;
  type: string;
}

/** Both formats: "dev /mnt/x nfs4 rw 0 0" (/proc/mounts, spaces as \040) and "dev on /mnt/x (smbfs, …)" (mount on macOS/BSD). */
export function parseMountTable(text: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of text.split('\n')) {
    const bsd = / on (.+) \(([^,)]+)/.exec(line);
    if (bsd) {
      mounts.push({ point: bsd[1]!, type: bsd[2]!.trim() });
      continue;
    }
    const parts = line.trim().split(/\s+/);
    if (parts.length >= 3) mounts.push({ point: parts[1]!.replace(/\\040/g, ' ').replace(/\\011/g, '\t'), type: parts[2]! });
  }
  return mounts;
}

const within = (path: string, point: string) => point === '/' || path === point || path.startsWith(point.endsWith('/') ? point : `${point}/`);

function networkVia(dataDir: string, probe: StorageProbe): string | null {
  if (probe.platform === 'win32') {
    const p = dataDir.replace(/\//g, '\\');
    // \\?\UNC\server\share is the long-path form of \\server\share; \\?\C:\ and \\.\ are local device paths.
    if (/^\\\\\?\\UNC\\/i.test(p)) return 'unc';
    if (/^\\\\[^?.\\]/.test(p)) return 'unc';
    const drive = /^(?:\\\\\?\\)?([A-Za-z]):/.exec(p)?.[1];
    if (drive && probe.isNetworkDrive(`${drive.toUpperCase()}:`)) return 'mapped-drive';
    return null;
  }
  const real = probe.realpath(dataDir);
  // The deepest mount containing the folder decides its file system.
  const mount = parseMountTable(probe.mountTable())
    .filter((m) => within(real, m.point))
    .sort((a, b) => b.point.length - a.point.length)[0];
  if (!mount) return null;
  const type = mount.type.toLowerCase();
  return NETWORK_FS.has(type) || type.startsWith('nfs') || type.startsWith('smb') ? type : null;
}

export const networkShareWarning = (dataDir: string, via: string) =>
  `The data folder ${dataDir} is on a network share (${via === 'unc' ? 'a \\\\server\\share path' : via === 'mapped-drive' ? 'a mapped network drive' : `a ${via} file system`}). ` +
  "SQLite's write-ahead log (WAL) does not work over network file systems, and a database written over a share can be damaged " +
  'when the connection drops or two computers write at once. Audit Desk is using the slower rollback journal there instead of WAL. ' +
  'Move the data folder to a local disk (your IT backup can still copy it), or wait for the planned team mode for shared working.';

const cache = new Map<string, StorageLocation>();

/** Where the data folder lives and the journal mode that is safe there. Cached per folder for the default probe. */
export function detectStorageLocation(dataDir: string, probe: StorageProbe = defaultProbe): StorageLocation {
  const cached = probe === defaultProbe ? cache.get(dataDir) : undefined;
  if (cached) return cached;
  const via = networkVia(dataDir, probe);
  const location: StorageLocation = via
    ? { kind: 'network', via, journalMode: 'DELETE', warning: networkShareWarning(dataDir, via) }
    : { kind: 'local', via: null, journalMode: 'WAL', warning: null };
  if (probe === defaultProbe) cache.set(dataDir, location);
  return location;
}
