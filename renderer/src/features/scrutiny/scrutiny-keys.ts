import { invalidate } from '../../components/use-api-data';

// The data keys the scrutiny screens load under, so a save in one place reloads the others.

export const MEETINGS_KEY = 'meetings';
export const meetingKey = (id: number) => `meeting:${id}`;
export const challengeKey = (cycleId: number) => `challenge:${cycleId}`;
export const commonQuestionsKey = (cycleId: number) => `common-questions:${cycleId}`;
export const overviewKey = (cycleId: number) => `scrutiny-overview:${cycleId}`;

/** After meetings change: lists, calendars, the overview, the home tile and (for a moderated rating) returns. */
export function refreshMeetings(cycleId: number, meetingId?: number): void {
  invalidate(MEETINGS_KEY, overviewKey(cycleId), 'home', ...(meetingId ? [meetingKey(meetingId), `history:meeting:${meetingId}`] : []));
}

export function refreshChallenge(cycleId: number): void {
  invalidate(challengeKey(cycleId), overviewKey(cycleId), 'home', MEETINGS_KEY);
}

/** The address of a tab of the scrutiny area. */
export const scrutinyPath = (cycleId: number, tab: string) => `/scrutiny/${cycleId}/${tab}`;
