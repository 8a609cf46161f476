import type { Db } from '../../electron/backend/db/schema';
import { setCaseReturnStatus } from '../../electron/backend/services/case-audit-qa';
import { saveCaseReturn } from '../../electron/backend/services/case-audit-returns';
import type { WriteCtx } from '../../electron/backend/services/write-context';
import { addDaysIso } from '../../shared/domain/dates';
import { DEMO_NARRATIVES, DEMO_SEND_BACK } from '../../electron/backend/demo/demo-case-audit-text';
import type { Random } from '../../electron/backend/demo/random';
import { on } from './scale';

// One audit's returns taken through quality assurance with the services, each step on the day it happened:
// issued when the sample is agreed, typed in and returned around the due date, some sent back and returned
// again, accepted. How far they get depends on where the audit is in its year.

/** all: every return accepted; most: a quarter still awaiting QA; every: one audit with returns in every state; early: just issued. */
export type ReturnProgress = 'all' | 'most' | 'every' | 'early';

const LEVELS = ['O', 'G', 'RI', 'I'];

export interface AuditReturns {
  auditId: number;
  questionIds: number[];
  sampleAgreedBy: string;
  returnsDue: string;
}

export async function progressReturns(db: Db, ctx: WriteCtx, r: Random, a: AuditReturns, returnIds: number[], progress: ReturnProgress, today: string): Promise<Record<string, number>> {
  const tally: Record<string, number> = {};
  for (const [i, returnId] of returnIds.entries()) {
    const x = r.next();
    const target =
      progress === 'all' ? 'accepted'
      : progress === 'most' ? (x < 0.25 ? 'returned' : 'accepted')
      : progress === 'every' ? (x < 0.1 ? 'not_issued' : x < 0.3 ? 'issued' : x < 0.55 ? 'returned' : x < 0.7 ? 'sent_back' : 'accepted')
      : x < 0.6 ? 'issued' : x < 0.9 ? 'returned' : 'accepted';
    tally[target] = (tally[target] ?? 0) + 1;
    if (target === 'not_issued') continue;
    // Each step on or after the one before, and never after today.
    let last = a.sampleAgreedBy;
    const at = (date: string) => (last = [last, date < today ? date : today].sort().at(-1)!);
    const move = (status: 'issued' | 'returned' | 'sent_back' | 'accepted', date: string, extra: object = {}) => {
      const d = at(date);
      return setCaseReturnStatus(db, on(ctx, d), { returnId, status, date: d, ...extra });
    };
    await move('issued', addDaysIso(a.sampleAgreedBy, 2));
    if (target === 'issued') continue;
    const quality = r.next();
    const words = DEMO_NARRATIVES[i % DEMO_NARRATIVES.length]!;
    const returned = at(addDaysIso(a.returnsDue, r.chance(0.2) ? r.int(1, 6) : -r.int(0, 10)));
    await saveCaseReturn(db, on(ctx, returned, '11:00'), {
      returnId,
      ratings: a.questionIds.map((questionId) => ({
        questionId,
        level: LEVELS[Math.max(0, Math.min(3, Math.round(quality * 3) + (r.chance(0.3) ? (r.chance(0.5) ? 1 : -1) : 0)))]!,
        comment: r.chance(0.8) ? 'See the narrative.' : null,
      })),
      narrative: words.narrative,
      goodPractice: words.goodPractice,
      gaps: words.gaps,
      auditor: 'Team manager, not involved in the case',
    });
    await move('returned', returned);
    if (target === 'returned') continue;
    if (target === 'sent_back' || r.chance(0.1)) {
      const sent = addDaysIso(returned, r.int(1, 4));
      await move('sent_back', sent, { sendBackReason: r.chance(0.5) ? 'not_robust' : 'not_comprehensive', reason: DEMO_SEND_BACK, dueDate: addDaysIso(sent < today ? sent : today, 7) });
      if (target === 'sent_back') continue;
      await move('returned', addDaysIso(sent, r.int(2, 6)));
    }
    await move('accepted', addDaysIso(last, r.int(2, 10)));
  }
  return tally;
}
