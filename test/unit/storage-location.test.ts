import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/open';
import { detectStorageLocation, parseMountTable, type StorageProbe } from '../../electron/backend/db/storage-location';

const windows = (networkDrives: string[] = []): StorageProbe & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    platform: 'win32',
    isNetworkDrive: (d) => (asked.push(d), networkDrives.includes(d)),
    mountTable: () => '',
    realpath: (p) => p,
  };
};
const unix = (platform: NodeJS.Platform, table: string, real: Record<string, string> = {}): StorageProbe => ({
  platform,
  isNetworkDrive: () => null,
  mountTable: () => table,
  realpath: (p) => real[p] ?? p,
});

const PROC_MOUNTS = [
  '/dev/nvme0n1p2 / ext4 rw,relatime 0 0',
  'tmpfs /tmp tmpfs rw 0 0',
  'fileserver:/exports/team /mnt/team nfs4 rw,vers=4.2 0 0',
  '//nas/safeguarding /media/lscp\\040share cifs rw,vers=3.0 0 0',
  '/dev/sdb1 /mnt/team/local-cache ext4 rw 0 0',
].join('\n');

const MAC_MOUNT = [
  '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
  '/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)',
  '//jo@fileserver/Partnership on /Volumes/Partnership (smbfs, nodev, nosuid, mounted by jo)',
  'nas:/vol/audit on /Volumes/audit (nfs)',
].join('\n');

describe('network share detection', () => {
  it('recognises UNC paths, in both spellings, without asking the machine', () => {
    for (const dir of ['\\\\server\\share\\Audit Desk', '//server/share/Audit Desk', '\\\\?\\UNC\\server\\share\\Audit Desk']) {
      const probe = windows();
      expect(detectStorageLocation(dir, probe)).toMatchObject({ kind: 'network', via: 'unc', journalMode: 'DELETE' });
      expect(probe.asked).toEqual([]);
    }
  });

  it('asks the drive-type probe about a drive letter: mapped network drives are shares, local drives are not', () => {
    const probe = windows(['Z:']);
    expect(detectStorageLocation('z:\\Partnership\\Audit Desk', probe)).toMatchObject({ kind: 'network', via: 'mapped-drive', journalMode: 'DELETE' });
    expect(detectStorageLocation('C:\\Users\\jo\\AppData\\Roaming\\Audit Desk', probe)).toMatchObject({ kind: 'local', journalMode: 'WAL', warning: null });
    expect(detectStorageLocation('\\\\?\\C:\\long\\path', probe).kind).toBe('local');
    expect(probe.asked).toEqual(['Z:', 'C:', 'C:']);
  });

  it('reads nfs and cifs mounts from /proc/mounts, choosing the deepest mount that holds the folder', () => {
    expect(detectStorageLocation('/mnt/team/audit', unix('linux', PROC_MOUNTS))).toMatchObject({ kind: 'network', via: 'nfs4' });
    expect(detectStorageLocation('/media/lscp share/Audit Desk', unix('linux', PROC_MOUNTS))).toMatchObject({ kind: 'network', via: 'cifs' });
    expect(detectStorageLocation('/mnt/team/local-cache/audit', unix('linux', PROC_MOUNTS)).kind).toBe('local');
    expect(detectStorageLocation('/home/jo/.config/Audit Desk', unix('linux', PROC_MOUNTS)).kind).toBe('local');
    // /mnt/teamwork is not inside /mnt/team.
    expect(detectStorageLocation('/mnt/teamwork', unix('linux', PROC_MOUNTS)).kind).toBe('local');
    // A symbolic link into the share is followed.
    expect(detectStorageLocation('/home/jo/audit', unix('linux', PROC_MOUNTS, { '/home/jo/audit': '/mnt/team/audit' })).kind).toBe('network');
  });

  it('reads smbfs and nfs mounts from the macOS mount command', () => {
    expect(parseMountTable(MAC_MOUNT).map((m) => m.type)).toEqual(['apfs', 'apfs', 'smbfs', 'nfs']);
    expect(detectStorageLocation('/Volumes/Partnership/Audit Desk', unix('darwin', MAC_MOUNT))).toMatchObject({ kind: 'network', via: 'smbfs' });
    expect(detectStorageLocation('/Volumes/audit', unix('darwin', MAC_MOUNT))).toMatchObject({ kind: 'network', via: 'nfs' });
    expect(detectStorageLocation('/Users/jo/Library/Application Support/Audit Desk', unix('darwin', MAC_MOUNT)).kind).toBe('local');
  });

  it('warns of the risk and points to a local folder or team mode', () => {
    const w = detectStorageLocation('\\\\server\\share\\Audit Desk', windows()).warning!;
    expect(w).toContain('\\\\server\\share\\Audit Desk');
    expect(w).toMatch(/WAL\) does not work over network file systems/);
    expect(w).toMatch(/local disk/);
    expect(w).toMatch(/team mode/);
  });

  it('opens the database without WAL on a share', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-desk-share-'));
    const mode = detectStorageLocation('/mnt/team/audit', unix('linux', PROC_MOUNTS)).journalMode;
    const o = await openDatabase(join(dir, 'audit-desk.sqlite'), { journalMode: mode });
    expect(o.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(o.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    o.sqlite.prepare("insert into settings (key, value) values ('probe', 'x')").run();
    expect(existsSync(join(dir, 'audit-desk.sqlite-wal'))).toBe(false);
    await o.close();
    // An existing WAL database moved onto a share is switched to the rollback journal when opened there.
    const local = await openDatabase(join(dir, 'moved.sqlite'));
    expect(local.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    await local.close();
    const onShare = await openDatabase(join(dir, 'moved.sqlite'), { journalMode: 'DELETE' });
    expect(onShare.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
    await onShare.close();
  });
});
