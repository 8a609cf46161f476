import type { CaseReturnDetail, CaseReturnInput } from '../../../../shared/domain/case-audit';

/** The select's value for "not applicable". */
export const NA = '__na__';

export interface RatingDraft {
  level: string;
  comment: string;
}

export interface ReturnDraft {
  ratings: Record<number, RatingDraft>;
  narrative: string;
  goodPractice: string;
  gaps: string;
  auditor: string;
}

export const draftOf = (d: CaseReturnDetail): ReturnDraft => ({
  ratings: Object.fromEntries(d.ratings.map((r) => [r.questionId, { level: r.notApplicable ? NA : (r.level?.code ?? ''), comment: r.comment ?? '' }])),
  narrative: d.narrative ?? '',
  goodPractice: d.goodPractice ?? '',
  gaps: d.gaps ?? '',
  auditor: d.auditor ?? '',
});

export const inputOf = (returnId: number, d: ReturnDraft, naLabel: string): CaseReturnInput => ({
  returnId,
  ratings: Object.entries(d.ratings).map(([questionId, r]) => ({
    questionId: Number(questionId),
    // The backend takes a level's code or label; "not applicable" by the scale's own words.
    level: r.level === NA ? naLabel : r.level || null,
    comment: r.comment.trim() || null,
  })),
  narrative: d.narrative.trim() || null,
  goodPractice: d.goodPractice.trim() || null,
  gaps: d.gaps.trim() || null,
  auditor: d.auditor.trim() || null,
});

export const sameDraft = (a: ReturnDraft, b: ReturnDraft) => JSON.stringify(a) === JSON.stringify(b);

/** The free text of a draft by the labels the backend's checks use, for the live identifier check. */
export const draftTexts = (d: ReturnDraft, refs: Map<number, string>): Record<string, string> => ({
  Narrative: d.narrative,
  'Good practice': d.goodPractice,
  Gaps: d.gaps,
  ...Object.fromEntries(Object.entries(d.ratings).map(([id, r]) => [`Comment (${refs.get(Number(id)) ?? id})`, r.comment])),
});
