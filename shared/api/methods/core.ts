import { z } from 'zod';
import { type Sector } from '../../domain/agency';
import { type HomeTiles } from '../../domain/action';
import { type NextMeeting } from '../../domain/scrutiny';
import { settingsPatchSchema, type AppInfo, type GeneratedFile, type HistoryEntry, type Settings } from '../../domain/settings';
import type { BackupInfo, RestoreResult, StorageInfo } from '../../domain/storage';
import { recordId } from '../schema-fragments';
import { method, id, none } from '../method';

// The app, settings, sectors, history, the home screen, storage and backups.
export const coreMethods = {
  'app.info': method<AppInfo>()(none),

  'settings.get': method<Settings>()(none),

  'settings.update': method<Settings>()(settingsPatchSchema),

  'sectors.list': method<Sector[]>()(none),

  'sectors.create': method<Sector>()(z.object({ name: z.string().trim().min(1).max(80) })),

  'sectors.update': method<Sector>()(
    z.object({ id: recordId, name: z.string().trim().min(1).max(80).optional(), active: z.boolean().optional() }),
  ),

  'sectors.reorder': method<Sector[]>()(z.object({ ids: z.array(recordId).min(1) })),

  'history.list': method<HistoryEntry[]>()(
    z.object({ entityType: z.string().min(1), entityId: recordId }),
  ),

  'history.recent': method<HistoryEntry[]>()(z.object({ limit: z.number().int().min(1).max(500).default(50) }).optional()),

  'home.tiles': method<HomeTiles>()(none),

  'home.nextMeetings': method<NextMeeting[]>()(z.object({ limit: z.number().int().min(1).max(50).default(5) }).optional()),

  /** Where the data folder lives (local or a network share, with the warning), journal mode, last daily backup and integrity check. */
  'storage.info': method<StorageInfo>()(none),

  /** Backups of the database and evidence, newest first. */
  'backups.list': method<BackupInfo[]>()(none),

  /** A manual backup now. */
  'backups.create': method<BackupInfo>()(none),

  /** Replaces the data with a backup, after backing up the current state; the app then reloads its data. */
  'backups.restore': method<RestoreResult>()(z.object({ name: z.string().trim().min(1).max(200).regex(/^[^\\/]+$/, 'a backup name, not a path') })),

  'reports.agencyRegister': method<GeneratedFile>()(
    z.object({ includeInactive: z.boolean().optional(), sectorIds: z.array(z.number().int()).optional() }).optional(),
  ),
} as const;
