// A demo partnership with one case-file audit of its own, for the case-audit tests: agencies by sector, a group,
// contacts, and helpers to add cases and fill returns through the API.
import type { CaseAuditDetail, CaseAuditInput } from '../../shared/domain/case-audit';
import { call, tempBackend } from './backend';

export type Fixture = Awaited<ReturnType<typeof caseAuditFixture>>;

export async function caseAuditFixture() {
  const b = await tempBackend({ seedDemo: true });
  const agencies = await call<Array<{ id: number; name: string; sectorName: string }>>(b, 'agencies.list');
  const bySector = (sector: string) => agencies.filter((a) => a.sectorName === sector);
  const groups = await call<Array<{ id: number; name: string }>>(b, 'actionGroups.list');
  const contacts = await call<Array<{ id: number; fullName: string; email: string | null }>>(b, 'contacts.list');
  const police = bySector('Police')[0]!;
  const health = bySector('Health')[0]!;
  const school = bySector('Education')[0]!;
  const council = bySector("LA children's services")[0]!;
  const group = groups.find((g) => g.name.startsWith('Quality'))!;

  const newAudit = (over: Partial<CaseAuditInput> = {}) =>
    call<CaseAuditDetail>(b, 'caseAudits.create', {
      programmeYear: '2026/27',
      theme: 'Neglect',
      title: 'Neglect: lived experience',
      practiceFrom: '2025-06-01',
      practiceTo: '2026-05-31',
      leadGroupId: group.id,
      chairContactId: contacts[0]!.id,
      sampleAgreedBy: '2026-09-01',
      returnsDue: '2026-10-31',
      moderationPlanned: '2026-12-10',
      ...over,
    });

  /** Rates every question Good (or as given), with a narrative, through the typed-in path. */
  const fillReturn = (audit: CaseAuditDetail, returnId: number, level = 'Good', narrative = 'Saw the family four times; shared concerns promptly.') =>
    call(b, 'caseAudits.saveReturn', {
      returnId,
      ratings: audit.tool.questions.map((q) => ({ questionId: q.id, level, comment: 'See narrative.' })),
      narrative,
      goodPractice: 'Child seen alone.',
      gaps: 'Chronology out of date.',
      auditor: 'Team manager',
    });

  return { b, police, health, school, council, group, contacts, agencies, newAudit, fillReturn, close: () => b.close() };
}

/** The API error of a call that must fail: code, message and details. */
export async function failure(b: Fixture['b'], method: string, input: unknown) {
  const r = await b.dispatch(method, input);
  if (r.ok) throw new Error(`${method} succeeded but should have failed`);
  return r.error;
}
