import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionRow } from '../../shared/domain/action';
import type { CaseAuditDetail, CaseSaved, CaseStandardEvidence, RiskFlag } from '../../shared/domain/case-audit';
import type { GeneratedFile } from '../../shared/domain/settings';
import { call } from '../helpers/backend';
import { caseAuditFixture, failure, type Fixture } from '../helpers/case-audit-fixture';

// Risk flags, the moderation meeting, findings tagged with s11 standards, recommendations into actions, the
// dissemination log and chasers.

let f: Fixture;
let audit: CaseAuditDetail;
let caseId: number;
const ret = (agencyId: number) => audit.cases[0]!.returns.find((r) => r.agencyId === agencyId)!;

beforeAll(async () => {
  f = await caseAuditFixture();
  const a = await f.newAudit({ title: 'Findings checks', returnsDue: '2026-11-01' });
  const r = await call<CaseSaved>(f.b, 'caseAudits.addCase', { auditId: a.id, case: { reference: 'FND-1', agencyIds: [f.police.id, f.health.id] } });
  audit = r.audit;
  caseId = r.caseId;
});
afterAll(() => f.close());

describe('risk flags', () => {
  it('raises a flag from a return, taking its case and agency, and tracks it to assurance and closing', async () => {
    const raised = await call<RiskFlag>(f.b, 'caseAudits.raiseRisk', { auditId: audit.id, returnId: ret(f.police.id).id, kind: 'immediate_risk', description: 'Child left alone overnight.', raisedOn: '2026-11-10' });
    expect(raised).toMatchObject({ caseId, caseReference: 'FND-1', agencyId: f.police.id, status: 'raised', daysOpen: 12, raisedBy: 'tester' });
    expect((await call<CaseAuditDetail>(f.b, 'caseAudits.get', { id: audit.id })).openRisks).toBe(1);
    expect((await call<RiskFlag[]>(f.b, 'caseAudits.risks', { openOnly: true })).map((r) => r.id)).toContain(raised.id);
    const e = await failure(f.b, 'caseAudits.updateRisk', { id: raised.id, patch: { closedOn: '2026-11-20' } });
    expect(e.details?.map((d) => d.field)).toEqual(['closedOn']);
    expect((await failure(f.b, 'caseAudits.updateRisk', { id: raised.id, patch: { response: 'Visited.', responseOn: '2026-11-01' } })).details?.[0]?.field).toBe('responseOn');
    const responded = await call<RiskFlag>(f.b, 'caseAudits.updateRisk', { id: raised.id, patch: { response: 'Visited within 24 hours.' } });
    expect(responded).toMatchObject({ status: 'responded', responseOn: '2026-11-22' });
    const closed = await call<RiskFlag>(f.b, 'caseAudits.updateRisk', { id: raised.id, patch: { assurance: 'Plan in place.', assuranceOn: '2026-11-21', closedOn: '2026-11-22' } });
    expect(closed).toMatchObject({ status: 'closed', daysOpen: null });
    expect((await call<CaseAuditDetail>(f.b, 'caseAudits.get', { id: audit.id })).openRisks).toBe(0);
    expect((await call<RiskFlag[]>(f.b, 'caseAudits.risks', { openOnly: true })).map((r) => r.id)).not.toContain(raised.id);
  });

  it('refuses a flag about a case of another audit, or with an NHS number in it', async () => {
    const other = await f.newAudit({ title: 'Other' });
    expect((await failure(f.b, 'caseAudits.raiseRisk', { auditId: other.id, caseId, kind: 'unsafe_practice', description: 'x' })).details?.[0]?.field).toBe('caseId');
    const e = await failure(f.b, 'caseAudits.raiseRisk', { auditId: audit.id, caseId, kind: 'unsafe_practice', description: 'Child 9434765919 not seen' });
    expect(e.details?.[0]?.field).toBe('Description');
  });
});

describe('the moderation meeting', () => {
  const parse = (file: GeneratedFile) => {
    const v = new ICAL.Component(ICAL.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'))).getFirstSubcomponent('vevent')!;
    const e = new ICAL.Event(v);
    return { uid: e.uid, sequence: e.sequence, start: e.startDate.toJSDate().toISOString(), attendees: v.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase()) };
  };

  it('is scheduled as a calendar event whose uid stays and whose sequence rises when it moves', async () => {
    expect((await failure(f.b, 'caseAudits.moderationIcs', { auditId: audit.id })).code).toBe('conflict');
    const people = f.contacts.filter((c) => c.email).slice(0, 2);
    const d = await call<CaseAuditDetail>(f.b, 'caseAudits.scheduleModeration', { auditId: audit.id, start: '2026-12-10T10:00', end: '2026-12-10T12:00', location: 'Civic Centre', attendeeContactIds: people.map((p) => p.id) });
    expect(d.moderation).toMatchObject({ start: '2026-12-10T10:00', sequence: 0, held: false });
    expect(d.moderationPlanned).toBe('2026-12-10');
    const first = parse(await call(f.b, 'caseAudits.moderationIcs', { auditId: audit.id }));
    expect(first.start).toBe('2026-12-10T10:00:00.000Z');
    expect(first.attendees.sort()).toEqual(people.map((p) => `mailto:${p.email!.toLowerCase()}`).sort());
    await call(f.b, 'caseAudits.scheduleModeration', { auditId: audit.id, start: '2026-12-11T14:00', end: '2026-12-11T16:00', location: 'Civic Centre', attendeeContactIds: people.map((p) => p.id), reason: 'Chair unavailable' });
    const moved = parse(await call(f.b, 'caseAudits.moderationIcs', { auditId: audit.id }));
    expect(moved).toMatchObject({ uid: first.uid, sequence: 1, start: '2026-12-11T14:00:00.000Z' });
  });
});

describe('findings, standards and recommendations', () => {
  it('records findings tagged with s11 standards, case and theme judgements, and serves them as evidence', async () => {
    const fw = (await call<Array<{ id: number; familyKey: string; builtIn: boolean }>>(f.b, 'frameworks.list')).find((x) => x.familyKey === 'compact-audit' && x.builtIn)!;
    const standards = (await call<{ doc: { standards: Array<{ id: number; number: string }> } }>(f.b, 'frameworks.get', { id: fw.id })).doc.standards;
    const s8 = standards.find((s) => s.number === '8')!.id;
    const s9 = standards.find((s) => s.number === '9')!.id;
    expect((await failure(f.b, 'caseAudits.saveFindings', { auditId: audit.id, findings: [{ kind: 'working_well', text: 'x', standardIds: [999999] }] })).details?.[0]?.field).toBe('findings.0.standardIds');
    const e = await failure(f.b, 'caseAudits.saveFindings', { auditId: audit.id, findings: [], caseJudgements: [{ caseId, level: 'Excellent' }] });
    expect(e.details?.[0]?.field).toBe('caseJudgements.0.level');
    const d = await call<CaseAuditDetail>(f.b, 'caseAudits.saveFindings', {
      auditId: audit.id,
      findings: [
        { kind: 'working_well', text: 'Information shared quickly.', standardIds: [s9] },
        { kind: 'emerging_concern', text: 'Referrals delayed.', caseId, standardIds: [s8, s9] },
        { kind: 'process_learning', text: 'Allow more time.' },
      ],
      caseJudgements: [{ caseId, level: 'Requires improvement', note: 'Delay' }],
      theme: { level: 'G', summary: 'Mostly good.' },
    });
    expect(d.findings.map((x) => [x.kind, x.standards.map((s) => s.number)])).toEqual([
      ['working_well', ['9']],
      ['emerging_concern', ['8', '9']],
      ['process_learning', []],
    ]);
    expect(d.themeJudgement?.label).toBe('Good');
    expect(d.cases[0]!.judgement?.code).toBe('RI');
    // The demo programme has findings of its own on the same standards: look at this audit's only.
    const mine = (rows: CaseStandardEvidence[]) => rows.filter((x) => x.auditId === audit.id);
    const ev = mine(await call<CaseStandardEvidence[]>(f.b, 'caseAudits.evidenceForStandards', { standardIds: [s8] }));
    expect(ev).toEqual([expect.objectContaining({ standardId: s8, auditTitle: 'Findings checks', kind: 'emerging_concern', finding: 'Referrals delayed.', judgement: 'Requires improvement' })]);
    const ev9 = mine(await call<CaseStandardEvidence[]>(f.b, 'caseAudits.evidenceForStandards', { standardIds: [s9] }));
    // A finding without a case takes the theme judgement.
    expect(ev9.map((x) => [x.finding, x.judgement])).toEqual([
      ['Information shared quickly.', 'Good'],
      ['Referrals delayed.', 'Requires improvement'],
    ]);
    // Saving again keeps ids of kept findings and drops the rest.
    const kept = d.findings[0]!;
    const again = await call<CaseAuditDetail>(f.b, 'caseAudits.saveFindings', { auditId: audit.id, findings: [{ id: kept.id, kind: kept.kind, text: 'Information shared quickly and well.', standardIds: [] }] });
    expect(again.findings.map((x) => [x.id, x.text])).toEqual([[kept.id, 'Information shared quickly and well.']]);
    expect(mine(await call<CaseStandardEvidence[]>(f.b, 'caseAudits.evidenceForStandards', { standardIds: [s8, s9] }))).toEqual([]);
  });

  it('makes recommendations into partnership and agency actions, all or none', async () => {
    const recs = [
      { text: 'Refresh neglect training.', ownerKind: 'partnership', groupId: f.group.id, dueDate: '2027-03-31', priority: 'high' },
      { text: 'Record children present at incidents.', ownerKind: 'agency', agencyId: f.police.id },
    ];
    const d = await call<CaseAuditDetail>(f.b, 'caseAudits.saveRecommendations', { auditId: audit.id, recommendations: recs });
    const e = await failure(f.b, 'caseAudits.makeActions', { auditId: audit.id });
    expect(e.details).toEqual([{ field: 'dueDate', message: '"Record children present at incidents." has no due date' }]);
    expect(d.recommendations.every((r) => r.actionId === null)).toBe(true);
    const withDates = d.recommendations.map((r) => ({ id: r.id, text: r.text, ownerKind: r.ownerKind, groupId: r.groupId, agencyId: r.agencyId, dueDate: r.dueDate ?? '2027-01-31', priority: r.priority }));
    await call(f.b, 'caseAudits.saveRecommendations', { auditId: audit.id, recommendations: withDates });
    const made = await call<CaseAuditDetail>(f.b, 'caseAudits.makeActions', { auditId: audit.id });
    expect(made.recommendations.map((r) => [r.actionReference !== null, r.actionStatus])).toEqual([
      [true, 'not_started'],
      [true, 'not_started'],
    ]);
    const actions = await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'all' });
    const mine = actions.filter((a) => made.recommendations.some((r) => r.actionId === a.id));
    expect(mine.map((a) => [a.kind, a.groupId ?? a.agencyId, a.dueDate, a.theme]).sort()).toEqual(
      [
        ['agency', f.police.id, '2027-01-31', 'Case-file audit: Neglect'],
        ['partnership', f.group.id, '2027-03-31', 'Case-file audit: Neglect'],
      ].sort(),
    );
    // Making actions again makes none twice; a recommendation that is an action cannot be deleted.
    await call(f.b, 'caseAudits.makeActions', { auditId: audit.id });
    expect((await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'all' })).length).toBe(actions.length);
    expect((await failure(f.b, 'caseAudits.saveRecommendations', { auditId: audit.id, recommendations: [] })).code).toBe('conflict');
  });

  it('logs dissemination, refusing future dates', async () => {
    expect((await failure(f.b, 'caseAudits.addDissemination', { auditId: audit.id, entry: { date: '2026-12-01', channel: 'newsletter', audience: 'All staff' } })).details?.[0]?.field).toBe('date');
    const d = await call<CaseAuditDetail>(f.b, 'caseAudits.addDissemination', { auditId: audit.id, entry: { date: '2026-11-20', channel: 'seven_minute_briefing', audience: 'Frontline practitioners' } });
    expect(d.disseminations).toEqual([expect.objectContaining({ date: '2026-11-20', channel: 'seven_minute_briefing', audience: 'Frontline practitioners', createdBy: 'tester' })]);
    const gone = await call<CaseAuditDetail>(f.b, 'caseAudits.removeDissemination', { id: d.disseminations[0]!.id });
    expect(gone.disseminations).toEqual([]);
  });
});

describe('chasers', () => {
  it('drafts one reminder per agency with overdue returns and records the .eml drafts', async () => {
    await call(f.b, 'caseAudits.setReturnStatus', { returnId: ret(f.police.id).id, status: 'issued', date: '2026-10-01' });
    await call(f.b, 'caseAudits.setReturnStatus', { returnId: ret(f.health.id).id, status: 'issued', date: '2026-10-01' });
    const drafts = await call(f.b, 'caseAudits.chaserDrafts', { auditId: audit.id });
    expect(drafts.map((d: { agencyName: string }) => d.agencyName).sort()).toEqual([f.health.name, f.police.name].sort());
    expect(drafts[0].body).toMatch(/Case FND-1: due 1 November 2026, 21 days overdue/);
    const r = await call(f.b, 'caseAudits.createChasers', { auditId: audit.id, method: 'eml' });
    const ready = drafts.filter((d: { problem: string | null }) => !d.problem);
    expect(r.files).toHaveLength(ready.length);
    expect(Buffer.from(r.files[0].contentBase64, 'base64').toString()).toMatch(/X-Unsent: 1/);
    const after = await call<CaseAuditDetail>(f.b, 'caseAudits.get', { id: audit.id });
    expect(after.cases[0]!.returns.filter((x) => x.lastChasedOn === '2026-11-22')).toHaveLength(r.recorded);
  });
});
