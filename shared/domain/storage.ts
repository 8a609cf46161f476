// Where the data lives and how it is protected: Settings → Storage and backups, and `backups …` in the CLI.

export type BackupKind = 'daily' | 'weekly' | 'manual' | 'pre-migration' | 'before-restore';

export interface BackupInfo {
  /** What restore takes. */
  name: string;
  kind: BackupKind;
  /** UTC instant it was taken. */
  createdAt: string;
  /** London date. */
  date: string;
  databaseBytes: number;
  evidenceFiles: number;
  evidenceBytes: number;
}

export interface StorageInfo {
  dataDir: string;
  location: 'local' | 'network';
  /** 'unc', 'mapped-drive' or a network file system type, when on a share. */
  via: string | null;
  journalMode: string;
  /** The risk of a network share, and what to do; null on a local disk. */
  warning: string | null;
  lastDailyBackup: { name: string; at: string } | null;
  lastIntegrityCheck: { at: string; ok: boolean; problems: string[] } | null;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The backup of the data as it was just before the restore (null when there was no database). */
  safetyBackup: BackupInfo | null;
  schemaVersion: number;
}
