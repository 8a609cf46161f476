import { createChallengeEvent, deleteChallengeEvent, updateChallengeEvent } from '../services/challenge-events';
import { setChallengeAgencies, setChallengeAttendees, setChallengeQuestions } from '../services/challenge-parts';
import { getChallengeEvent, listChallengeEvents } from '../services/challenge-read';
import { challengeIcsFile, challengeSummaryFile } from '../services/scrutiny-documents';
import type { Handlers } from './dispatcher';

// The multi-agency challenge event: the event, its sampled questions, invited agencies and attendees, its
// calendar invite and its Word summary.
type Methods =
  | 'challenge.list'
  | 'challenge.get'
  | 'challenge.create'
  | 'challenge.update'
  | 'challenge.setQuestions'
  | 'challenge.setAgencies'
  | 'challenge.setAttendees'
  | 'challenge.delete'
  | 'challenge.ics'
  | 'challenge.summaryDocx';

export const challengeHandlers: Pick<Handlers, Methods> = {
  'challenge.list': (ctx, { cycleId }) => listChallengeEvents(ctx.db, cycleId),
  'challenge.get': (ctx, { id }) => getChallengeEvent(ctx.db, id),
  'challenge.create': (ctx, input) => createChallengeEvent(ctx.db, ctx, input),
  'challenge.update': (ctx, { id, patch }) => updateChallengeEvent(ctx.db, ctx, id, patch),
  'challenge.setQuestions': (ctx, { id, questions }) => setChallengeQuestions(ctx.db, ctx, id, questions),
  'challenge.setAgencies': (ctx, { id, agencies }) => setChallengeAgencies(ctx.db, ctx, id, agencies),
  'challenge.setAttendees': (ctx, { id, attendees }) => setChallengeAttendees(ctx.db, ctx, id, attendees),
  'challenge.delete': (ctx, { id }) => deleteChallengeEvent(ctx.db, ctx, id),
  'challenge.ics': (ctx, { id }) => challengeIcsFile(ctx.db, ctx, id),
  'challenge.summaryDocx': (ctx, { id }) => challengeSummaryFile(ctx.db, ctx, id),
};
