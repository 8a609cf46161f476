import { getMeetingDetail } from '../services/meeting-detail';
import { recordMeeting } from '../services/meeting-record';
import { meetingAgendaFiles, overviewFile } from '../services/scrutiny-documents';
import { scrutinyOverview } from '../services/scrutiny-overview';
import { todayOf } from '../services/write-context';
import type { Handlers } from './dispatcher';

// One scrutiny meeting in full, recording it, its Word agenda; the cycle's scrutiny overview.
type Methods = 'meetings.get' | 'meetings.record' | 'meetings.agendas' | 'scrutiny.overview' | 'scrutiny.overviewDocx';

export const scrutinyHandlers: Pick<Handlers, Methods> = {
  'meetings.get': (ctx, { id }) => getMeetingDetail(ctx.db, id, todayOf(ctx)),
  'meetings.record': (ctx, input) => recordMeeting(ctx.db, ctx, input),
  'meetings.agendas': (ctx, { meetingIds, folder }) => meetingAgendaFiles(ctx.db, ctx, meetingIds, folder),
  'scrutiny.overview': (ctx, { cycleId }) => scrutinyOverview(ctx.db, cycleId),
  'scrutiny.overviewDocx': (ctx, { cycleId }) => overviewFile(ctx.db, ctx, cycleId),
};
