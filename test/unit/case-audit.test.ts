import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseAuditDetail, CaseReturnDetail, CaseSaved } from '../../shared/domain/case-audit';
import { call } from '../helpers/backend';
import { caseAuditFixture, failure, type Fixture } from '../helpers/case-audit-fixture';

// The programme, the sample, the tool, typed-in returns and quality assurance, through the API as the app calls it.

let f: Fixture;
beforeAll(async () => {
  f = await caseAuditFixture();
});
afterAll(() => f.close());

const history = (entityType: string, entityId: number) => call<Array<{ action: string; summary: string }>>(f.b, 'history.list', { entityType, entityId });

describe('the programme', () => {
  it('creates an audit with the default tool and records it in history', async () => {
    const a = await f.newAudit({ urgent: true, methodology: 'light_touch' });
    expect(a).toMatchObject({ programmeYear: '2026/27', status: 'planned', urgent: true, methodology: 'light_touch', leadGroupName: f.group.name, caseCount: 0, openRisks: 0 });
    expect(a.tool.questions.map((q) => q.area)).toEqual(['lived_experience', 'voice_of_child', 'timeliness', 'communication', 'engagement_with_family']);
    expect(a.tool.questions.map((q) => q.ref)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    expect(a.tool.scale.levels.map((l) => l.label)).toEqual(['Outstanding', 'Good', 'Requires improvement', 'Inadequate']);
    expect(a.tool.scale.levels.every((l) => l.description)).toBe(true);
    expect((await history('case_audit', a.id))[0]).toMatchObject({ action: 'create' });
  });

  it('lists a year, and refuses dates out of order or a group that does not exist', async () => {
    const a = await f.newAudit({ programmeYear: '2031/32', title: 'Only one this year' });
    expect((await call(f.b, 'caseAudits.list', { programmeYear: '2031/32' })).map((x: CaseAuditDetail) => x.id)).toEqual([a.id]);
    const e1 = await failure(f.b, 'caseAudits.update', { id: a.id, patch: { practiceFrom: '2026-06-01', practiceTo: '2026-01-01' } });
    expect(e1.details?.map((d) => d.field)).toEqual(['patch.practiceTo']);
    // One date patched against the other one stored: the service checks the combination.
    const e1b = await failure(f.b, 'caseAudits.update', { id: a.id, patch: { practiceTo: '2025-01-01' } });
    expect(e1b.details).toEqual([{ field: 'practiceTo', message: 'ends before the period starts' }]);
    const e2 = await failure(f.b, 'caseAudits.update', { id: a.id, patch: { leadGroupId: 9999 } });
    expect(e2.details).toEqual([{ field: 'leadGroupId', message: 'no group has the id 9999' }]);
    const e3 = await failure(f.b, 'caseAudits.create', { programmeYear: '2026', theme: 'x', title: 'y' });
    expect(e3.details?.[0]?.field).toBe('programmeYear');
    expect((await call(f.b, 'caseAudits.get', { id: a.id })).practiceTo).toBe('2026-05-31');
  });

  it('deletes an empty audit but only cancels one with cases', async () => {
    const empty = await f.newAudit({ title: 'Made in error' });
    await call(f.b, 'caseAudits.delete', { id: empty.id });
    expect((await failure(f.b, 'caseAudits.get', { id: empty.id })).code).toBe('not_found');
    const used = await f.newAudit();
    await call(f.b, 'caseAudits.addCase', { auditId: used.id, case: { reference: 'DEL-1', agencyIds: [] } });
    expect((await failure(f.b, 'caseAudits.delete', { id: used.id })).code).toBe('conflict');
    expect((await call(f.b, 'caseAudits.update', { id: used.id, patch: { status: 'cancelled' } })).status).toBe('cancelled');
  });
  it('leaves a cancelled audit out of the open QA list across audits', async () => {
    const a = await f.newAudit({ title: 'To cancel' });
    const r = await call<CaseSaved>(f.b, 'caseAudits.addCase', { auditId: a.id, case: { reference: 'CAN-1', agencyIds: [f.police.id] } });
    const returnId = r.audit.cases[0]!.returns[0]!.id;
    await call(f.b, 'caseAudits.setReturnStatus', { returnId, status: 'issued' });
    const openIds = async (input: object) => (await call<Array<{ id: number }>>(f.b, 'caseAudits.returns', input)).map((x) => x.id);
    expect(await openIds({ statuses: ['issued'] })).toContain(returnId);
    await call(f.b, 'caseAudits.update', { id: a.id, patch: { status: 'cancelled' } });
    expect(await openIds({ statuses: ['issued'] })).not.toContain(returnId);
    expect(await openIds({ auditId: a.id })).toEqual([returnId]);
  });
});

describe('the sample', () => {
  let audit: CaseAuditDetail;
  beforeAll(async () => {
    audit = await f.newAudit({ title: 'Sample checks' });
  });

  it('adds a case with a return per involved agency', async () => {
    const r = await call<CaseSaved>(f.b, 'caseAudits.addCase', { auditId: audit.id, case: { reference: 'NSCP-26-04-C1', summary: 'CP plan for neglect', agencyIds: [f.police.id, f.health.id] } });
    expect(r.warnings).toEqual([]);
    const c = r.audit.cases.find((x) => x.id === r.caseId)!;
    expect(c.returns.map((x) => [x.agencyName, x.status])).toEqual([f.health.name, f.police.name].sort().map((n) => [n, 'not_issued']));
    expect(r.audit.returnCount).toBe(2);
  });

  it('refuses an NHS number with a valid check digit, naming the field, and saves nothing', async () => {
    const before = (await call<CaseAuditDetail>(f.b, 'caseAudits.get', { id: audit.id })).caseCount;
    const e = await failure(f.b, 'caseAudits.addCase', { auditId: audit.id, case: { reference: 'NSCP-26-04-C2', summary: 'NHS no 943 476 5919', agencyIds: [f.police.id] } });
    expect(e.code).toBe('validation');
    expect(e.details).toHaveLength(1);
    expect(e.details![0]).toMatchObject({ field: 'Summary' });
    expect(e.details![0]!.message).toMatch(/NHS number/);
    // Ten digits with a wrong check digit are not an NHS number.
    const ok = await call<CaseSaved>(f.b, 'caseAudits.addCase', { auditId: audit.id, case: { reference: 'NSCP-26-04-C2', summary: 'Ref 943 476 5918 on the file', agencyIds: [] } });
    expect(ok.audit.caseCount).toBe(before + 1);
  });

  it('refuses dates of birth in any case field, in any common format', async () => {
    for (const [field, value, label] of [
      ['summary', 'DOB 01/02/2015', 'Summary'],
      ['notes', 'born on 3 March 2015', 'Notes'],
      ['summary', 'Child, 2015-03-03', 'Summary'],
    ] as const) {
      const e = await failure(f.b, 'caseAudits.addCase', { auditId: audit.id, case: { reference: 'NSCP-26-04-C9', [field]: value, agencyIds: [] } });
      expect(e.details?.map((d) => d.field), value).toEqual([label]);
      expect(e.details![0]!.message).toMatch(/date of birth/);
    }
    const e = await failure(f.b, 'caseAudits.addCase', { auditId: audit.id, case: { reference: '01-02-2015', agencyIds: [] } });
    expect(e.details?.[0]?.field).toBe('Case reference');
    expect((await call<CaseAuditDetail>(f.b, 'caseAudits.get', { id: audit.id })).cases.map((c) => c.reference)).not.toContain('NSCP-26-04-C9');
  });

  it('refuses a reference with spaces (where a name would go) and a repeated reference', async () => {
    const e1 = await failure(f.b, 'caseAudits.addCase', { auditId: audit.id, case: { reference: 'Jane Smith', agencyIds: [] } });
    expect(e1.details?.[0]?.field).toBe('case.reference');
    const e2 = await failure(f.b, 'caseAudits.addCase', { auditId: audit.id, case: { reference: 'nscp-26-04-c1', agencyIds: [] } });
    expect(e2).toMatchObject({ code: 'conflict', details: [{ field: 'reference' }] });
  });

  it('saves name-like text but returns a warning for the screen', async () => {
    const r = await call<CaseSaved>(f.b, 'caseAudits.addCase', { auditId: audit.id, case: { reference: 'NSCP-26-04-C3', summary: 'Lives with Jane Smith and Mr Khan', agencyIds: [] } });
    expect(r.warnings.map((w) => [w.field, w.found])).toEqual([
      ['Summary', 'Jane Smith'],
      ['Summary', 'Mr Khan'],
    ]);
    const upd = await call<CaseSaved>(f.b, 'caseAudits.updateCase', { caseId: r.caseId, patch: { summary: 'Lives with mother and her partner' } });
    expect(upd.warnings).toEqual([]);
    expect(upd.audit.cases.find((c) => c.id === r.caseId)!.summary).toBe('Lives with mother and her partner');
  });

  it('takes an agency off a case only while its return has not started', async () => {
    const r = await call<CaseSaved>(f.b, 'caseAudits.addCase', { auditId: audit.id, case: { reference: 'NSCP-26-04-C4', agencyIds: [f.police.id, f.school.id] } });
    const school = r.audit.cases.find((c) => c.id === r.caseId)!.returns.find((x) => x.agencyId === f.school.id)!;
    await call(f.b, 'caseAudits.setReturnStatus', { returnId: school.id, status: 'issued' });
    expect((await failure(f.b, 'caseAudits.updateCase', { caseId: r.caseId, patch: { agencyIds: [f.police.id] } })).code).toBe('conflict');
    const ok = await call<CaseSaved>(f.b, 'caseAudits.updateCase', { caseId: r.caseId, patch: { agencyIds: [f.school.id, f.council.id] } });
    expect(ok.audit.cases.find((c) => c.id === r.caseId)!.returns.map((x) => x.agencyId).sort()).toEqual([f.school.id, f.council.id].sort());
    expect((await failure(f.b, 'caseAudits.removeCase', { caseId: r.caseId })).code).toBe('conflict');
  });
});

describe('the tool, returns and quality assurance', () => {
  let audit: CaseAuditDetail;
  let returnId: number;
  beforeAll(async () => {
    audit = await f.newAudit({ title: 'QA checks', returnsDue: '2026-11-01' });
    const r = await call<CaseSaved>(f.b, 'caseAudits.addCase', { auditId: audit.id, case: { reference: 'QA-1', agencyIds: [f.police.id, f.health.id] } });
    audit = r.audit;
    returnId = audit.cases[0]!.returns[0]!.id;
  });

  it('saves a typed return by level code or label, refusing ratings off the scale and identifiers in the text', async () => {
    const q = audit.tool.questions;
    const e1 = await failure(f.b, 'caseAudits.saveReturn', { returnId, ratings: [{ questionId: q[0]!.id, level: 'Brilliant' }] });
    expect(e1.message).toMatch(/"Brilliant" is not a rating/);
    const e2 = await failure(f.b, 'caseAudits.saveReturn', { returnId, narrative: 'Seen at home; DOB 04/05/2016 confirmed.' });
    expect(e2.details?.map((d) => d.field)).toEqual(['Narrative']);
    const saved = await call(f.b, 'caseAudits.saveReturn', { returnId, ratings: [{ questionId: q[0]!.id, level: 'g' }, { questionId: q[1]!.id, level: 'Requires improvement', comment: 'Jane Smith not seen' }], narrative: 'Seen at home.' });
    expect(saved.detail.ratings.slice(0, 3).map((r: CaseReturnDetail['ratings'][number]) => r.level?.code ?? null)).toEqual(['G', 'RI', null]);
    expect(saved.warnings.map((w: { field: string }) => w.field)).toEqual(['Comment (Q2)']);
    expect(saved.detail.row).toMatchObject({ ratedCount: 2, questionCount: 5, status: 'not_issued' });
  });

  it('moves through QA: issued, returned, sent back with reason and due date, overdue, returned, accepted', async () => {
    const set = (status: string, extra: object = {}) => call<CaseReturnDetail>(f.b, 'caseAudits.setReturnStatus', { returnId, status, ...extra });
    expect((await set('issued', { date: '2026-10-01' })).row).toMatchObject({ status: 'issued', issuedOn: '2026-10-01', overdue: true, daysOverdue: 21 });
    expect((await failure(f.b, 'caseAudits.setReturnStatus', { returnId, status: 'accepted' })).code).toBe('conflict');
    await set('returned', { date: '2026-11-02' });
    const e = await failure(f.b, 'caseAudits.setReturnStatus', { returnId, status: 'sent_back' });
    expect(e.details?.map((d) => d.field).sort()).toEqual(['dueDate', 'reason', 'sendBackReason']);
    const back = await set('sent_back', { sendBackReason: 'not_comprehensive', reason: 'Q3 to Q5 not rated.', dueDate: '2026-11-20', date: '2026-11-10' });
    expect(back.row).toMatchObject({ status: 'sent_back', sendBackReason: 'not_comprehensive', sendBackNote: 'Q3 to Q5 not rated.', resubmitBy: '2026-11-20', dueDate: '2026-11-20', overdue: true, daysOverdue: 2 });
    const open = await call(f.b, 'caseAudits.returns', { auditId: audit.id, statuses: ['issued', 'returned', 'sent_back'] });
    expect(open.map((r: { id: number }) => r.id)).toEqual([returnId]);
    await set('returned');
    // Accepting needs every question rated.
    const e2 = await failure(f.b, 'caseAudits.setReturnStatus', { returnId, status: 'accepted' });
    expect(e2.message).toMatch(/Q3, Q4, Q5 have no rating/);
    await f.fillReturn(audit, returnId);
    expect((await set('accepted')).row).toMatchObject({ status: 'accepted', acceptedOn: '2026-11-22', overdue: false });
    expect((await failure(f.b, 'caseAudits.saveReturn', { returnId, narrative: 'late change' })).code).toBe('conflict');
    const log = await history('case_return', returnId);
    expect(log.filter((h) => h.action === 'status').map((h) => h.summary)).toContainEqual(expect.stringMatching(/sent back as not comprehensive, due again 2026-11-20/));
  });

  it('keeps ratings when the tool is reworded, and refuses to drop what is rated', async () => {
    const d = await call<CaseAuditDetail>(f.b, 'caseAudits.get', { id: audit.id });
    const questions = d.tool.questions.map((q) => ({ id: q.id, area: q.area, text: q.text, guidance: q.guidance }));
    const e1 = await failure(f.b, 'caseAudits.setTool', { auditId: audit.id, scale: d.tool.scale, questions: questions.slice(1) });
    expect(e1.code).toBe('conflict');
    const scale = { ...d.tool.scale, levels: d.tool.scale.levels.filter((l) => l.code !== 'G') };
    expect((await failure(f.b, 'caseAudits.setTool', { auditId: audit.id, scale, questions })).message).toMatch(/"Good" \(G\) is used/);
    const reworded = [{ ...questions[0]!, text: 'How well was the lived experience understood?' }, ...questions.slice(1), { area: 'other', text: 'Was the plan outcome-focused?', guidance: null }];
    const after = await call<CaseAuditDetail>(f.b, 'caseAudits.setTool', { auditId: audit.id, scale: { ...d.tool.scale, levels: d.tool.scale.levels.map((l) => (l.code === 'O' ? { ...l, description: 'Exemplary.' } : l)) }, questions: reworded });
    expect(after.tool.questions.map((q) => q.id).slice(0, 5)).toEqual(questions.map((q) => q.id));
    expect(after.tool.questions).toHaveLength(6);
    expect(after.tool.scale.levels[0]!.description).toBe('Exemplary.');
    const r = await call<CaseReturnDetail>(f.b, 'caseAudits.getReturn', { returnId });
    expect(r.ratings[0]!.level?.code).toBe('G');
  });
});
