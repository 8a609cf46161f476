import { commitActionImport, previewActionImport } from '../io/actions-import';
import { exportActionsXlsx } from '../io/actions-xlsx-write';
import { buildActionPack } from '../services/action-pack';
import { actionRequestDrafts, createActionRequests } from '../services/action-requests';
import { todayOf } from '../services/write-context';
import type { Handlers } from './dispatcher';

// Action plans as files: the tracker workbook, the assurance meeting pack, requests for updates, and plans
// taken back in.
type Methods = 'actions.exportXlsx' | 'actions.pack' | 'actions.requestDrafts' | 'actions.requestUpdates' | 'actions.importPreview' | 'actions.importCommit';

export const actionFileHandlers: Pick<Handlers, Methods> = {
  'actions.exportXlsx': (ctx, filter) => exportActionsXlsx(ctx.db, filter, todayOf(ctx), ctx.userName),
  'actions.pack': (ctx, input) => buildActionPack(ctx.db, ctx, input),
  'actions.requestDrafts': (ctx, { withinDays, agencyIds }) => actionRequestDrafts(ctx.db, todayOf(ctx), withinDays, agencyIds),
  'actions.requestUpdates': (ctx, { agencyIds, withinDays, method, folder }) => createActionRequests(ctx.db, ctx, agencyIds, withinDays, method, folder),
  'actions.importPreview': (ctx, { mapping, agencyId, cycleId, ...file }) => previewActionImport(ctx.db, file, { mapping, agencyId, cycleId, today: todayOf(ctx) }),
  'actions.importCommit': (ctx, { mapping, agencyId, cycleId, ...file }) => commitActionImport(ctx.db, ctx, file, { mapping, agencyId, cycleId, today: todayOf(ctx) }),
};
