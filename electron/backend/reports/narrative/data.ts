import type { CycleType, Percent, ReturnStatus } from '../../../../shared/domain/cycle';
import type { ActionKind, ActionStatus } from '../../../../shared/domain/action';
import type { Settings } from '../../../../shared/domain/settings';

// Everything a board paper says, loaded once (services/board-paper-data.ts) and handed to the narrative
// modules, the appendices and the charts. Plain data: the report code never touches the database.

export interface PaperLevel {
  code: string;
  label: string;
  colour: string;
  description?: string | null;
}

export interface PaperStandard {
  id: number;
  number: string;
  title: string;
}

export interface PaperAgency {
  cycleAgencyId: number;
  agencyId: number;
  name: string;
  sectorName: string;
  status: ReturnStatus;
  returnedOn: string | null;
  returned: boolean;
  /** Answers the moderator rated lower than the agency did, and higher. */
  overOptimistic: number;
  underscored: number;
}

/** One standard across the cycle, on the rating in force (moderated where given, else self). */
export interface StandardResult {
  standard: PaperStandard;
  /** Agencies per level code. */
  counts: Record<string, number>;
  notApplicable: number;
  /** In scope with no rating (not returned, or not answered). */
  missing: number;
  rated: number;
  /** Rated at the strong end (the better half of the scale) and at the weak end. */
  strong: number;
  weak: number;
  /** Agencies whose standard rating moderation lowered, and raised. */
  overOptimistic: number;
  underscored: number;
}

export interface MatrixCell {
  /** The rating in force; null when N/A or missing. */
  code: string | null;
  notApplicable: boolean;
  /** Moderation changed the agency's own rating of this standard. */
  changed: boolean;
}

export interface ChallengeData {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string | null;
  questions: Array<{ number: string; title: string; bring: string | null; discussion: string | null; goodPractice: string | null; recommendations: string | null }>;
  invited: number;
  /** Agencies with someone recorded as attending. */
  attended: number;
  broughtEvidence: number;
  agencies: Array<{ name: string; attended: boolean | null; broughtEvidence: boolean | null; evidenceKind: string | null }>;
}

export interface ScrutinyData {
  commonQuestions: Array<{ text: string; answers: Array<{ agencyName: string; answer: string }> }>;
  meetings: {
    /** Live meetings (not cancelled) for the cycle. */
    total: number;
    held: number;
    cancelled: number;
    agenciesMet: number;
    firstDate: string | null;
    lastDate: string | null;
    /** Agencies in scope with no live meeting. */
    notScheduled: number;
  };
  scrutineers: string[];
}

export interface PaperAction {
  reference: string;
  kind: ActionKind;
  agencyName: string | null;
  groupName: string | null;
  /** The standard the action answers (an item's standard for item actions). */
  standardId: number | null;
  standardNumber: string | null;
  standardTitle: string | null;
  theme: string | null;
  description: string;
  owner: string | null;
  dueDate: string;
  status: ActionStatus;
  overdue: boolean;
}

export interface ComparisonSummary {
  previousName: string;
  totals: { improved: number; same: number; worse: number; new: number; notCompared: number };
  standards: Array<{ number: string; title: string; matched: boolean; improved: number; same: number; worse: number }>;
}

export interface PaperContact {
  name: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
}

export interface BoardPaperData {
  today: string;
  settings: Settings;
  cycle: {
    id: number;
    name: string;
    type: CycleType;
    typeLabel: string | null;
    periodLabel: string;
    launchDate: string | null;
    initialDeadline: string | null;
    finalDeadline: string | null;
    notes: string | null;
  };
  framework: {
    name: string;
    versionLabel: string;
    standardCount: number;
    itemCount: number;
    ratingTarget: 'items' | 'standards' | 'both';
    rollup: string;
    scaleName: string;
    allowsNa: boolean;
    naLabel: string;
  };
  /** Best first. */
  levels: PaperLevel[];
  standards: PaperStandard[];
  /** In scope, by sector (register order) then name. */
  agencies: PaperAgency[];
  rates: { initial: (Percent & { date: string }) | null; final: (Percent & { date: string }) | null; now: Percent };
  bySector: Array<{ sectorName: string; returned: Percent }>;
  results: StandardResult[];
  /** One row per agency in `agencies` order, one cell per standard in `standards` order. */
  matrix: MatrixCell[][];
  comparison: ComparisonSummary | null;
  challenge: ChallengeData[];
  scrutiny: ScrutinyData;
  actions: PaperAction[];
  contact: PaperContact | null;
}

/** Levels at the strong end (the better half) and the weak end; the same split as rating-scale's isWeak. */
export function scaleEnds(levels: readonly PaperLevel[]): { strong: PaperLevel[]; weak: PaperLevel[] } {
  const half = Math.floor(levels.length / 2);
  return { strong: levels.slice(0, half), weak: levels.slice(half) };
}
