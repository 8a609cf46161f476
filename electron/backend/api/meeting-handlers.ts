import { inTransaction } from '../db/transaction';
import { setCommonQuestions, listCommonQuestions } from '../services/common-questions';
import { meetingsIcs } from '../services/meeting-calendar';
import { setMeetingStatus, updateMeeting } from '../services/meeting-changes';
import { meetingInvites } from '../services/meeting-invites';
import { proposeSchedule } from '../services/meeting-schedule';
import { checkClashes, createMeetings, deleteMeeting } from '../services/meetings';
import { listMeetings, meetingRows } from '../services/meetings-read';
import { nextMeetings } from '../services/next-meetings';
import type { Handlers } from './dispatcher';
import { scrutinyHandlers } from './scrutiny-handlers';

// Scheduling, saving and moving scrutiny meetings; calendar files and invitations; common questions.
type Methods =
  | 'meetings.propose'
  | 'meetings.createMany'
  | 'meetings.list'
  | 'meetings.create'
  | 'meetings.update'
  | 'meetings.setStatus'
  | 'meetings.delete'
  | 'meetings.checkClashes'
  | 'meetings.ics'
  | 'meetings.invites'
  | 'commonQuestions.list'
  | 'commonQuestions.set'
  | 'home.nextMeetings';

// A changed meeting is answered with the whole meeting, which the scrutiny area builds.
const detail = (ctx: Parameters<Handlers['meetings.get']>[0], id: number) => scrutinyHandlers['meetings.get'](ctx, { id });

export const meetingHandlers: Pick<Handlers, Methods> = {
  'meetings.propose': (ctx, request) => proposeSchedule(ctx.db, request),
  'meetings.createMany': async (ctx, { meetings }) => meetingRows(ctx.db, await inTransaction(ctx.db, (trx) => createMeetings(trx, ctx, meetings))),
  'meetings.list': (ctx, filter) => listMeetings(ctx.db, filter ?? {}),
  'meetings.create': async (ctx, meeting) => {
    const [id] = await inTransaction(ctx.db, (trx) => createMeetings(trx, ctx, [meeting]));
    return detail(ctx, id!);
  },
  'meetings.update': async (ctx, { id, patch, reason, allowClashes }) => {
    await updateMeeting(ctx.db, ctx, id, patch, reason, allowClashes);
    return detail(ctx, id);
  },
  'meetings.setStatus': async (ctx, { id, status, reason }) => {
    await setMeetingStatus(ctx.db, ctx, id, status, reason);
    return detail(ctx, id);
  },
  'meetings.delete': (ctx, { id }) => deleteMeeting(ctx.db, ctx, id),
  'meetings.checkClashes': (ctx, { meeting, ignoreId }) => checkClashes(ctx.db, meeting, ignoreId),
  'meetings.ics': (ctx, input) => meetingsIcs(ctx.db, ctx, input),
  'meetings.invites': (ctx, { meetingIds, folder }) => meetingInvites(ctx.db, ctx, meetingIds, folder),
  'commonQuestions.list': (ctx, { cycleId }) => listCommonQuestions(ctx.db, cycleId),
  'commonQuestions.set': (ctx, { cycleId, questions }) => setCommonQuestions(ctx.db, ctx, cycleId, questions),
  'home.nextMeetings': (ctx, input) => nextMeetings(ctx.db, ctx, input?.limit ?? 5),
};
