import { format } from 'date-fns';
import { join } from 'node:path';
import type { Handlers } from './dispatcher';
import { buildAgencyRegister } from '../reports/agency-register';
import { listAgencies } from '../services/agencies';
import { listHistory, recentHistory } from '../services/history';
import { listSectors } from '../services/sectors';
import { getSettings, updateSettings } from '../services/settings';
import { todayOf } from '../services/write-context';

type CoreMethods = Extract<keyof Handlers, `app.${string}` | `settings.${string}` | `history.${string}` | `reports.${string}`>;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const coreHandlers: Pick<Handlers, CoreMethods> = {
  'app.info': async (ctx) => ({
    version: ctx.appVersion,
    mode: ctx.mode === 'desktop' ? 'desktop' : 'browser',
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    userName: ctx.userName,
    schemaVersion: ctx.schemaVersion,
    today: todayOf(ctx),
  }),
  'settings.get': (ctx) => getSettings(ctx.db),
  'settings.update': (ctx, patch) => updateSettings(ctx.db, ctx, patch),
  'history.list': (ctx, { entityType, entityId }) => listHistory(ctx.db, entityType, entityId),
  'history.recent': (ctx, input) => recentHistory(ctx.db, input?.limit ?? 50),
  'reports.agencyRegister': async (ctx, input) => {
    const [settings, agencies, sectors] = await Promise.all([
      getSettings(ctx.db),
      listAgencies(ctx.db, { includeInactive: input?.includeInactive ?? false, sectorIds: input?.sectorIds }),
      listSectors(ctx.db),
    ]);
    const buffer = await buildAgencyRegister({
      settings,
      generatedAt: ctx.now(),
      authorName: ctx.userName,
      agencies,
      sectors,
      fontsDir: join(ctx.resourcesDir, 'fonts'),
    });
    return {
      fileName: `Agency register ${format(ctx.now(), 'yyyy-MM-dd')}.docx`,
      mimeType: DOCX,
      contentBase64: buffer.toString('base64'),
    };
  },
};
