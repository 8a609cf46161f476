import { z } from 'zod';

// Audit cycles, their scope, returns and answers. Dates are ISO yyyy-mm-dd (local dates, no time).

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is yyyy-mm-dd');

export const CYCLE_TYPES = ['s11', 's175', 'early_years', 'custom'] as const;
export type CycleType = (typeof CYCLE_TYPES)[number];
export const CYCLE_TYPE_LABELS: Record<CycleType, string> = {
  s11: 'Section 11',
  s175: 'Section 175/157',
  early_years: 'Early years (Childcare Act)',
  custom: 'Partnership audit',
};

export const CYCLE_STATUSES = ['draft', 'open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** Stored statuses of one agency's return. "Returned late" is shown, not stored: returned after the initial deadline. */
export const RETURN_STATUSES = ['not_issued', 'issued', 'in_progress', 'returned', 'sent_back', 'accepted'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
export type ReturnDisplayStatus = ReturnStatus | 'returned_late';
export const RETURN_STATUS_LABELS: Record<ReturnDisplayStatus, string> = {
  not_issued: 'Not issued',
  issued: 'Issued',
  in_progress: 'In progress',
  returned: 'Returned',
  returned_late: 'Returned late',
  sent_back: 'Sent back for more evidence',
  accepted: 'Accepted',
};
/** Statuses that count as "returned" in return rates. */
export const RETURNED_STATUSES: readonly ReturnStatus[] = ['returned', 'sent_back', 'accepted'];

export const cycleInputSchema = z
  .object({
    name: z.string().trim().min(1, 'a cycle needs a name').max(200),
    cycleType: z.enum(CYCLE_TYPES),
    /** For 'custom' cycles, what the partnership calls it. */
    typeLabel: z.string().trim().max(80).nullish().transform((v) => v ?? null),
    frameworkId: z.number().int().positive(),
    /** e.g. "2024/25". */
    periodLabel: z.string().trim().min(1, 'give the period, e.g. 2024/25').max(40),
    launchDate: isoDate.nullish().transform((v) => v ?? null),
    initialDeadline: isoDate.nullish().transform((v) => v ?? null),
    finalDeadline: isoDate.nullish().transform((v) => v ?? null),
    notes: z.string().trim().max(4000).nullish().transform((v) => v ?? null),
  })
  .superRefine((c, ctx) => {
    if (c.initialDeadline && c.finalDeadline && c.finalDeadline < c.initialDeadline)
      ctx.addIssue({ code: 'custom', path: ['finalDeadline'], message: 'the final deadline is before the initial deadline' });
    if (c.launchDate && c.initialDeadline && c.initialDeadline < c.launchDate)
      ctx.addIssue({ code: 'custom', path: ['initialDeadline'], message: 'the initial deadline is before the launch date' });
  });
export type CycleInput = z.input<typeof cycleInputSchema>;
export type CycleFields = z.output<typeof cycleInputSchema>;

export const chaserTemplateSchema = z.object({
  subject: z.string().trim().min(1).max(300),
  /** Plain text with placeholders: {agency}, {lead}, {cycle}, {deadline}, {finalDeadline}, {partnership}, {sender}. */
  body: z.string().trim().min(1).max(10_000),
});
export type ChaserTemplate = z.infer<typeof chaserTemplateSchema>;

export interface CycleSummary {
  id: number;
  name: string;
  cycleType: CycleType;
  typeLabel: string | null;
  frameworkId: number;
  frameworkName: string;
  frameworkVersion: string;
  periodLabel: string;
  launchDate: string | null;
  initialDeadline: string | null;
  finalDeadline: string | null;
  status: CycleStatus;
  /** Imported from a spreadsheet of past results, not run in the app. */
  historical: boolean;
  previousCycleId: number | null;
  inScope: number;
  returned: number;
}

export interface CycleDetail extends CycleSummary {
  notes: string | null;
  chaserTemplate: ChaserTemplate;
  /** Agencies in scope per sector. */
  scopeBySector: Array<{ sectorId: number; sectorName: string; count: number }>;
}

/** What an answer is about: a standard ('s:<standardId>') or an item ('i:<itemId>'). */
export type TargetKey = `s:${number}` | `i:${number}`;

export const answerInputSchema = z.object({
  targetKey: z.string().regex(/^[si]:\d+$/, 'a target is s:<standard id> or i:<item id>'),
  /** Level code or label of the scale (for numeric scales the value goes in `value`). */
  selfCode: z.string().trim().max(80).nullish().transform((v) => v ?? null),
  value: z.number().nullish().transform((v) => v ?? null),
  notApplicable: z.boolean().default(false),
  naReason: z.string().trim().max(2000).nullish().transform((v) => v ?? null),
  evidence: z.string().trim().max(20_000).nullish().transform((v) => v ?? null),
  improvement: z.string().trim().max(20_000).nullish().transform((v) => v ?? null),
});
export type AnswerInput = z.input<typeof answerInputSchema>;

export const moderationInputSchema = z.object({
  targetKey: z.string().regex(/^[si]:\d+$/),
  moderatedCode: z.string().trim().max(80).nullable(),
  note: z.string().trim().max(8000).nullish().transform((v) => v ?? null),
});

export interface Rating {
  code: string;
  label: string;
  colour: string;
  score: number;
}

export interface Answer {
  id: number;
  targetKey: TargetKey;
  standardId: number;
  itemId: number | null;
  self: Rating | null;
  /** Numeric scales: the value entered. */
  value: number | null;
  notApplicable: boolean;
  naReason: string | null;
  evidence: string | null;
  improvement: string | null;
  moderated: Rating | null;
  moderationNote: string | null;
  moderatedBy: string | null;
  moderatedAt: string | null;
  carriedForward: boolean;
  source: 'typed' | 'import' | 'carried' | 'history';
  /** Self better than moderated. */
  overOptimistic: boolean;
  /** Self worse than moderated. */
  underscored: boolean;
  /** The rating in force (moderated if any, else self) is at the scale's weak end. */
  weak: boolean;
  evidenceFiles: EvidenceFile[];
}

export interface EvidenceFile {
  id: number;
  kind: 'file' | 'link';
  fileName: string | null;
  url: string | null;
  sizeBytes: number | null;
  addedAt: string;
  addedBy: string;
}

export interface ReturnRow {
  cycleAgencyId: number;
  agencyId: number;
  agencyName: string;
  sectorId: number;
  sectorName: string;
  status: ReturnStatus;
  displayStatus: ReturnDisplayStatus;
  issuedOn: string | null;
  returnedOn: string | null;
  sentBackOn: string | null;
  acceptedOn: string | null;
  lastChasedOn: string | null;
  chaserCount: number;
  /** Whole days past the initial deadline for returns not yet in; null when not overdue. */
  daysOverdue: number | null;
  safeguardingLead: string | null;
  answered: number;
  expected: number;
  overOptimistic: number;
  underscored: number;
  weak: number;
  carriedForward: boolean;
}

export interface ReturnFileRecord {
  id: number;
  fileName: string;
  sha256: string;
  kind: 'xlsx' | 'docx';
  answerCount: number;
  importedAt: string;
  importedBy: string;
  replaced: boolean;
}

export interface ReturnDetail {
  row: ReturnRow;
  cycle: CycleSummary;
  sentBackReason: string | null;
  answers: Answer[];
  files: ReturnFileRecord[];
  chasers: Array<{ id: number; sentAt: string; method: 'eml' | 'mailto'; to: string; cc: string; subject: string; createdBy: string }>;
}

/** What a committed return import sends back: the return's tracker row and its imported files, newest first. */
export interface ReturnImported {
  row: ReturnRow;
  files: ReturnFileRecord[];
}

export interface Percent {
  count: number;
  of: number;
  /** Whole number, rounded half up: 7 of 9 is 78. */
  percent: number;
}

export interface ReturnsBoard {
  cycleId: number;
  today: string;
  inScope: number;
  byStatus: Array<{ status: ReturnDisplayStatus; label: string } & Percent>;
  bySector: Array<{ sectorId: number; sectorName: string; returned: Percent }>;
  rates: {
    initialDeadline: ({ date: string } & Percent) | null;
    finalDeadline: ({ date: string } & Percent) | null;
    today: Percent;
  };
  overdue: Array<{ cycleAgencyId: number; agencyName: string; sectorName: string; daysOverdue: number; lastChasedOn: string | null; status: ReturnStatus }>;
}

export interface HeatmapCell {
  standardId: number;
  rating: Rating | null;
  /** For mode 'difference': moderated minus self, in scale steps (negative = over-optimistic). */
  difference: number | null;
  notApplicable: boolean;
}

export interface Heatmap {
  cycleId: number;
  mode: 'self' | 'moderated' | 'difference';
  standards: Array<{ id: number; number: string; title: string }>;
  levels: Rating[];
  rows: Array<{ cycleAgencyId: number; agencyId: number; agencyName: string; sectorName: string; cells: HeatmapCell[] }>;
}

export interface Distribution {
  cycleId: number;
  basis: 'self' | 'moderated';
  levels: Rating[];
  standards: Array<{ id: number; number: string; title: string; counts: Record<string, number>; notApplicable: number; missing: number }>;
}

export type Movement = 'improved' | 'same' | 'worse' | 'new' | 'not_compared';

export interface Comparison {
  cycleId: number;
  previousCycleId: number | null;
  previousName: string | null;
  /** Standards matched by number across framework versions. */
  standards: Array<{ number: string; title: string; matched: boolean }>;
  rows: Array<{ agencyId: number; agencyName: string; cells: Array<{ number: string; now: Rating | null; before: Rating | null; movement: Movement }> }>;
  totals: Record<Movement, number>;
}

export interface ReturnImportPreview {
  fileName: string;
  kind: 'xlsx' | 'docx';
  sha256: string;
  agencyId: number | null;
  agencyName: string | null;
  cycleAgencyId: number | null;
  /** The file was already imported (same hash). */
  duplicate: boolean;
  /** The agency already has answers that this file would replace. */
  replaces: boolean;
  answers: number;
  problems: Array<{ file: string; row?: number; field?: string; message: string }>;
  /** Things to know that do not stop the import (e.g. matched by the agency name in the file). */
  notes: string[];
}

export interface ChaserDraft {
  cycleAgencyId: number;
  agencyName: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  /** Why no email can be made (no safeguarding lead with an email). */
  problem: string | null;
  mailto: string | null;
}
