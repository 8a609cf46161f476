import { getCycle } from '../services/cycles';
import { commitHistory, previewHistory } from '../services/history-import';
import { commitReturn, previewReturn } from '../services/return-import';
import { issueTool } from '../services/tools';
import type { Handlers } from './dispatcher';

// Issuing the self-assessment tool, taking completed returns back in, and importing past results.
type Methods = 'tools.issue' | 'returns.importPreview' | 'returns.importCommit' | 'cycles.importHistoryPreview' | 'cycles.importHistoryCommit';

export const toolHandlers: Pick<Handlers, Methods> = {
  'tools.issue': (ctx, { cycleAgencyId, formats, folder, markIssued }) => issueTool(ctx.db, ctx, cycleAgencyId, formats, folder, markIssued),
  'returns.importPreview': (ctx, { cycleId, file }) => previewReturn(ctx.db, cycleId, file, ctx.readTool),
  'returns.importCommit': (ctx, { cycleId, file }) => commitReturn(ctx.db, ctx, cycleId, file, ctx.readTool),
  'cycles.importHistoryPreview': (ctx, input) => previewHistory(ctx.db, input),
  'cycles.importHistoryCommit': async (ctx, input) => getCycle(ctx.db, await commitHistory(ctx.db, ctx, input)),
};
