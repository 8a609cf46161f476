import type { Generated } from 'kysely';

// Scrutiny: challenge events, common questions and individual meetings.

export interface ChallengeEventsTable {
  id: Generated<number>;
  cycle_id: number;
  title: string;
  event_date: string;
  start_time: string;
  end_time: string;
  venue: string | null;
  online_link: string | null;
  notes: string | null;
  uid: string;
  sequence: number;
  created_at: string;
  updated_at: string;
}

export interface ChallengeQuestionsTable {
  id: Generated<number>;
  event_id: number;
  target_key: string;
  standard_id: number;
  item_id: number | null;
  bring: string | null;
  discussion: string | null;
  good_practice: string | null;
  recommendations: string | null;
  sort_order: number;
}

export interface ChallengeAgenciesTable {
  id: Generated<number>;
  event_id: number;
  agency_id: number;
  invited: number;
  brought_evidence: number | null;
  evidence_kind: string | null;
  notes: string | null;
}

export interface ChallengeAttendeesTable {
  id: Generated<number>;
  event_id: number;
  contact_id: number | null;
  agency_id: number | null;
  attended: number | null;
}

export interface CommonQuestionsTable {
  id: Generated<number>;
  cycle_id: number;
  text: string;
  sort_order: number;
}

export interface MeetingsTable {
  id: Generated<number>;
  cycle_id: number;
  agency_id: number;
  start_at: string;
  end_at: string;
  location: string | null;
  online_link: string | null;
  status: string;
  uid: string;
  sequence: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface MeetingAttendeesTable {
  id: Generated<number>;
  meeting_id: number;
  contact_id: number | null;
  role: string;
  attended: number | null;
}

export interface MeetingAnswersTable {
  id: Generated<number>;
  meeting_id: number;
  question_id: number;
  answer: string | null;
}

export interface MeetingNotesTable {
  id: Generated<number>;
  meeting_id: number;
  item_key: string;
  note: string;
}

export interface MeetingReschedulesTable {
  id: Generated<number>;
  meeting_id: number;
  previous_start: string;
  previous_end: string;
  reason: string | null;
  at: string;
  by: string;
}
