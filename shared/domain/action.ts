import { z } from 'zod';
import { isoDate } from './cycle';

// Action plans: agency actions (from a self-assessment, a weak rating or a scrutiny meeting) and partnership
// actions owned by a group. Dates are ISO yyyy-mm-dd in England's calendar; "overdue" is worked out, never stored.

export const ACTION_KINDS = ['agency', 'partnership'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = ['not_started', 'on_track', 'at_risk', 'complete', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  complete: 'Complete',
  dropped: 'Dropped',
};
/** Complete and dropped actions are closed: never overdue, never chased. */
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = ['complete', 'dropped'];
export const isClosedAction = (s: string): boolean => CLOSED_ACTION_STATUSES.includes(s as ActionStatus);

export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];
export const ACTION_PRIORITY_LABELS: Record<ActionPriority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const RAGS = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAGS)[number];
export const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };
/** RAG fills that read as the usual Office red/amber/green and keep black text legible. */
export const RAG_COLOURS: Record<Rag, string> = { red: '#F4B6B6', amber: '#FFD98A', green: '#B7E1A1' };

/** Where an action came from. 'meeting' is used by scrutiny meetings through the same service. */
export const ACTION_SOURCES = ['manual', 'rating', 'import', 'meeting', 'demo'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];

/** The deadline-tracking buckets of the actions board; each is a filter as well as a count. */
export const ACTION_BUCKETS = ['open', 'overdue', 'due_30', 'due_this_month', 'no_update_90', 'completed_this_quarter', 'all'] as const;
export type ActionBucket = (typeof ACTION_BUCKETS)[number];
export const ACTION_BUCKET_LABELS: Record<ActionBucket, string> = {
  open: 'Open',
  overdue: 'Overdue',
  due_30: 'Due in the next 30 days',
  due_this_month: 'Due this month',
  no_update_90: 'No update for 90 days',
  completed_this_quarter: 'Completed this quarter',
  all: 'All actions',
};
/** Days without an update before an open action is flagged as stale. */
export const STALE_AFTER_DAYS = 90;
/** "Due soon" window. */
export const DUE_SOON_DAYS = 30;
/** A due date moved this many times or more is flagged. */
export const SLIPPAGE_FLAG_MOVES = 2;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));
const optionalId = z.number().int().positive().nullish().transform((v) => v ?? null);

export const actionInputSchema = z
  .object({
    kind: z.enum(ACTION_KINDS),
    /** Required for agency actions. */
    agencyId: optionalId,
    /** Required for partnership actions: the group that owns it. */
    groupId: optionalId,
    cycleId: optionalId,
    /** 's:<standard id>' or 'i:<item id>' of the cycle's framework, when the action answers one. */
    targetKey: z
      .string()
      .regex(/^[si]:\d+$/, 'a target is s:<standard id> or i:<item id>')
      .nullish()
      .transform((v) => v ?? null),
    /** A multi-agency theme, for partnership actions tied to a cycle's theme. */
    theme: optionalText(200),
    description: text(4000).min(1, 'describe the action'),
    /** A contact (agency actions: someone at the agency). */
    ownerContactId: optionalId,
    /** Free-text owner when there is no contact, e.g. "Chair, L&D subgroup". */
    ownerName: optionalText(200),
    dueDate: isoDate,
    priority: z.enum(ACTION_PRIORITIES).default('medium'),
    source: z.enum(ACTION_SOURCES).default('manual'),
    /** e.g. the scrutiny meeting's id, when source is 'meeting'. */
    sourceRef: optionalText(100),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'agency' && !a.agencyId) ctx.addIssue({ code: 'custom', path: ['agencyId'], message: 'an agency action needs its agency' });
    if (a.kind === 'partnership' && !a.groupId)
      ctx.addIssue({ code: 'custom', path: ['groupId'], message: 'a partnership action needs the group that owns it' });
  });
export type ActionInput = z.input<typeof actionInputSchema>;
export type ActionFields = z.output<typeof actionInputSchema>;

/** Editable fields. Due date and status change only through a progress update, so their history is kept. */
export const actionPatchSchema = z.object({
  description: text(4000).min(1, 'describe the action').optional(),
  ownerContactId: optionalId.optional(),
  ownerName: optionalText(200).optional(),
  priority: z.enum(ACTION_PRIORITIES).optional(),
  groupId: optionalId.optional(),
  cycleId: optionalId.optional(),
  targetKey: z
    .string()
    .regex(/^[si]:\d+$/)
    .nullish()
    .transform((v) => v ?? null)
    .optional(),
  theme: optionalText(200).optional(),
  /** Evidence of completion, in words. */
  completionNote: optionalText(8000).optional(),
});
export type ActionPatch = z.input<typeof actionPatchSchema>;

/** A dated progress update. Updates are appended, never edited; a new due date needs the reason it slipped. */
export const actionUpdateInputSchema = z
  .object({
    /** Defaults to today. */
    date: isoDate.optional(),
    text: optionalText(8000),
    rag: z.enum(RAGS).nullish().transform((v) => v ?? null),
    status: z.enum(ACTION_STATUSES).nullish().transform((v) => v ?? null),
    newDueDate: isoDate.nullish().transform((v) => v ?? null),
    slippageReason: optionalText(2000),
    /** Why an action is dropped: required with status 'dropped'. */
    droppedReason: optionalText(2000),
    /** Who reported it: "Jo Smith (Northmoor Police)". Defaults to the user. */
    reportedBy: optionalText(200),
  })
  .superRefine((u, ctx) => {
    if (!u.text && !u.rag && !u.status && !u.newDueDate)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'an update needs some progress, a RAG, a status or a new due date' });
    if (u.newDueDate && !u.slippageReason)
      ctx.addIssue({ code: 'custom', path: ['slippageReason'], message: 'give the reason the due date has moved' });
    if (u.status === 'dropped' && !u.droppedReason)
      ctx.addIssue({ code: 'custom', path: ['droppedReason'], message: 'give the reason the action is dropped' });
  });
export type ActionUpdateInput = z.input<typeof actionUpdateInputSchema>;

export const actionFilterSchema = z
  .object({
    bucket: z.enum(ACTION_BUCKETS).default('open'),
    kind: z.enum(ACTION_KINDS).optional(),
    agencyId: z.number().int().positive().optional(),
    ownerContactId: z.number().int().positive().optional(),
    groupId: z.number().int().positive().optional(),
    cycleId: z.number().int().positive().optional(),
    standardId: z.number().int().positive().optional(),
    statuses: z.array(z.enum(ACTION_STATUSES)).optional(),
    search: z.string().max(200).optional(),
  })
  .default({ bucket: 'open' });
export type ActionFilter = z.input<typeof actionFilterSchema>;
export type ActionFilterParsed = z.output<typeof actionFilterSchema>;

export interface ActionGroup {
  id: number;
  name: string;
  active: boolean;
  sortOrder: number;
  /** Actions owned, open and in all. */
  openActions: number;
}

/** One row of the actions board and every list of actions. */
export interface ActionRow {
  id: number;
  /** "A-0042": what the agency quotes back in its plan. */
  reference: string;
  kind: ActionKind;
  agencyId: number | null;
  agencyName: string | null;
  groupId: number | null;
  groupName: string | null;
  cycleId: number | null;
  cycleName: string | null;
  targetKey: string | null;
  standardId: number | null;
  /** "3" or "3.2", with the standard or item title. */
  standardNumber: string | null;
  standardTitle: string | null;
  theme: string | null;
  description: string;
  ownerContactId: number | null;
  /** The contact's name, else the free-text owner. */
  owner: string | null;
  priority: ActionPriority;
  status: ActionStatus;
  originalDueDate: string;
  dueDate: string;
  /** How many times the due date has moved. */
  dueDateMoves: number;
  /** Moved SLIPPAGE_FLAG_MOVES times or more. */
  slipping: boolean;
  /** Open and the due date is before today. */
  overdue: boolean;
  /** Whole calendar days past the due date, when overdue. */
  daysOverdue: number | null;
  /** Open with no update (or since creation) for STALE_AFTER_DAYS. */
  stale: boolean;
  lastUpdateOn: string | null;
  lastUpdateText: string | null;
  lastRag: Rag | null;
  completedOn: string | null;
  source: ActionSource;
  createdOn: string;
}

export interface ActionUpdate {
  id: number;
  date: string;
  text: string | null;
  rag: Rag | null;
  /** The status set by this update, if it changed it. */
  status: ActionStatus | null;
  previousDueDate: string | null;
  newDueDate: string | null;
  slippageReason: string | null;
  reportedBy: string | null;
  createdAt: string;
  createdBy: string;
}

export interface ActionEvidence {
  id: number;
  kind: 'file' | 'link';
  fileName: string | null;
  url: string | null;
  sizeBytes: number | null;
  addedAt: string;
  addedBy: string;
}

export interface ActionDetail extends ActionRow {
  droppedReason: string | null;
  completionNote: string | null;
  sourceRef: string | null;
  createdBy: string;
  updatedAt: string;
  /** Newest first. */
  updates: ActionUpdate[];
  evidence: ActionEvidence[];
}

export interface ActionBoard {
  today: string;
  /** e.g. "October to December 2026". */
  quarterLabel: string;
  quarterStart: string;
  quarterEnd: string;
  counts: Record<ActionBucket, number>;
}

/** A prefilled action for a weak rating, for the user to check before saving. */
export interface ActionSuggestion {
  input: ActionInput;
  /** What it answers, in words: "Standard 3.2 Safer recruitment: rated Inadequate (moderated)". */
  context: string;
  /** Actions already open against the same agency, cycle and target. */
  existing: ActionRow[];
}

/** The home screen's tiles, each opening a filtered list. */
export interface HomeTiles {
  today: string;
  actionsOverdue: number;
  actionsDueThisMonth: number;
  actionsCompletedThisQuarter: number;
  /** Returns not yet in across open cycles. */
  returnsOutstanding: number;
  /** The open cycles those returns belong to, for the link. */
  openCycles: Array<{ id: number; name: string; outstanding: number }>;
}

/** A request for progress updates to one agency, for review before the .eml drafts are made. */
export interface ActionRequestDraft {
  agencyId: number;
  agencyName: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  /** The actions listed: due within the window or overdue. */
  actionIds: number[];
  /** Why no draft can be made (no safeguarding lead with an email). */
  problem: string | null;
  lastRequestedAt: string | null;
}
