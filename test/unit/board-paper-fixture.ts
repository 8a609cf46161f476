// A small partnership shaped like the Barnsley S.11 report: five agencies on the Section 11 policy audit
// (9 standards, items rated Met / Partially met / Not met), an earlier cycle to compare with, returns in by
// the deadlines or late or not at all, moderation with reasons, a challenge event, scrutiny meetings with
// common questions, and agency and partnership actions. Built through the API so every rule applies.
import type { Backend } from '../../electron/backend/app';
import { createDispatcher } from '../../electron/backend/api/dispatcher';
import { handlers } from '../../electron/backend/api/handlers';
import { reportHandlers } from '../../electron/backend/api/report-handlers';
import type { Contact, AgencyDetail, Sector } from '../../shared/domain/agency';
import type { ActionGroup } from '../../shared/domain/action';
import type { ChallengeEvent, CommonQuestion, MeetingDetail } from '../../shared/domain/scrutiny';
import { call, tempBackend } from '../helpers/backend';
import { frameworkByFamily, insertCycle, keysOf } from '../helpers/cycle-fixture';

export type TestBackend = Backend & { dataDir: string };

/** A backend whose dispatcher has the report methods, whether or not api/handlers.ts spreads them in yet. */
export async function reportBackend(options: { seedDemo?: boolean } = {}): Promise<TestBackend> {
  const b = await tempBackend({ seedDemo: options.seedDemo ?? false });
  b.dispatch = createDispatcher(b.ctx, { ...handlers, ...reportHandlers }, () => undefined);
  return b;
}

export const AGENCIES = ['Westvale Integrated Care Board', 'Westvale Police', 'Westvale Fire and Rescue', 'Westvale Homes', 'Westvale Probation'] as const;
const SECTORS = ['health', 'police', 'fire', 'housing', 'probation'];

export interface PaperFixture {
  b: TestBackend;
  cycleId: number;
  previousCycleId: number;
  /** cycle_agencies id by agency name (current cycle). */
  ca: Map<string, number>;
  agencyIds: Map<string, number>;
  keys: ReturnType<typeof keysOf>;
  close(): Promise<void>;
}

/** Item ratings of an agency: every item Met except those listed. */
const ratings = (items: string[], except: Record<string, string>) => items.map((n) => ({ n, code: except[n] ?? 'G' }));

export async function paperFixture(): Promise<PaperFixture> {
  const b = await reportBackend();
  const sectors = await call<Sector[]>(b, 'sectors.list');
  const unit = await call<Contact>(b, 'contacts.create', { fullName: 'Annette Carey', jobTitle: 'Strategic Safeguarding Partnership Manager', email: 'annette.carey@westvale.example', phone: '01632 960 111', isBusinessUnit: true });
  const scrutineer = await call<Contact>(b, 'contacts.create', { fullName: 'Dr Alan Marsh', jobTitle: 'Independent Scrutineer', isScrutineer: true });
  await call(b, 'settings.update', { partnershipName: 'Westvale Safeguarding Children Partnership', partnershipShortName: 'WSCP', businessUnitContactId: unit.id, protectiveMarking: 'OFFICIAL' });

  const agencyIds = new Map<string, number>();
  const leads = new Map<string, number>();
  for (const [i, name] of AGENCIES.entries()) {
    const a = await call<AgencyDetail>(b, 'agencies.create', { name, sectorId: sectors.find((s) => s.code === SECTORS[i])!.id, duties: ['s11'], addressLine1: `${i + 1} High Street`, town: 'Westvale', postcode: 'WV1 1AA' });
    const lead = await call<Contact>(b, 'contacts.create', { fullName: `Lead ${i + 1}`, jobTitle: 'Head of Safeguarding', email: `lead${i + 1}@agency${i + 1}.example`, organisation: name });
    await call(b, 'contacts.link', { contactId: lead.id, agencyId: a.id, role: 'safeguarding_lead' });
    agencyIds.set(name, a.id);
    leads.set(name, lead.id);
  }
  const policy = await frameworkByFamily(b, 's11-policy');
  const keys = keysOf(policy);
  const items = policy.doc.standards.flatMap((s) => s.items.map((i) => i.number));
  const ids = [...agencyIds.values()];

  const previous = await insertCycle(b, {
    frameworkId: policy.id,
    agencyIds: ids,
    name: 'S.11 Self-Assessment Audit 2024',
    launchDate: '2024-09-02',
    initialDeadline: '2024-11-01',
    finalDeadline: '2024-11-15',
    status: 'closed',
    returnStatus: Object.fromEntries(ids.map((id) => [id, { status: 'accepted', returnedOn: '2024-10-20' }])),
  });
  await b.ctx.db.updateTable('cycles').set({ period_label: '2024/25' }).where('id', '=', previous.cycleId).execute();
  const now = await insertCycle(b, {
    frameworkId: policy.id,
    agencyIds: ids,
    name: 'S.11 Self-Assessment Audit 2026',
    launchDate: '2026-09-01',
    initialDeadline: '2026-11-01',
    finalDeadline: '2026-11-15',
    previousCycleId: previous.cycleId,
    returnStatus: {
      [ids[0]!]: { status: 'accepted', returnedOn: '2026-10-20' },
      [ids[1]!]: { status: 'returned', returnedOn: '2026-10-28' },
      [ids[2]!]: { status: 'returned', returnedOn: '2026-10-31' },
      [ids[3]!]: { status: 'returned', returnedOn: '2026-11-10' },
      [ids[4]!]: { status: 'issued' },
    },
  });
  const save = async (caId: number, list: Array<{ n: string; code: string }>) =>
    call(b, 'returns.saveAnswers', { cycleAgencyId: caId, answers: list.map((r) => ({ targetKey: keys.i(r.n), selfCode: r.code, evidence: 'Policy and records.' })) });
  // 2024: everyone Met apart from private fostering-like gaps in standard 6.
  for (const id of ids) await save(previous.ca.get(id)!, ratings(items, { '6.2': 'A', '6.3': 'R' }));
  // 2026: stronger on 6, weaker on 9 (allegations) for three agencies.
  await save(now.ca.get(ids[0]!)!, ratings(items, { '9.3': 'A' }));
  await save(now.ca.get(ids[1]!)!, ratings(items, { '9.3': 'R', '4.2': 'A' }));
  await save(now.ca.get(ids[2]!)!, ratings(items, { '9.4': 'A' }));
  await save(now.ca.get(ids[3]!)!, ratings(items, {}));
  await call(b, 'returns.moderate', {
    cycleAgencyId: now.ca.get(ids[3]!)!,
    moderations: [{ targetKey: keys.i('9.1'), moderatedCode: 'A', note: 'No allegations log could be shown.' }],
  });

  const event = await call<ChallengeEvent>(b, 'challenge.create', { cycleId: now.cycleId, title: 'Section 11 challenge event', date: '2026-11-05', startTime: '09:30', endTime: '12:30', venue: 'Westvale Town Hall' });
  await call(b, 'challenge.setQuestions', {
    id: event.id,
    questions: [
      { targetKey: keys.i('6.2'), bring: 'A case study showing how children’s views changed a plan.', goodPractice: 'Police “voice of the child” prompts in every referral.', recommendations: 'Share the prompts across agencies.' },
      { targetKey: keys.i('9.3'), bring: 'Your allegations log.', discussion: 'Logs varied in quality.' },
    ],
  });
  await call(b, 'challenge.setAgencies', { id: event.id, agencies: ids.map((agencyId, i) => ({ agencyId, broughtEvidence: i < 3, evidenceKind: i < 3 ? 'Case study' : null })) });
  await call(b, 'challenge.setAttendees', { id: event.id, attendees: ids.slice(0, 4).map((agencyId) => ({ contactId: leads.get([...agencyIds].find(([, v]) => v === agencyId)![0])!, agencyId, attended: true })) });

  const questions = await call<CommonQuestion[]>(b, 'commonQuestions.set', {
    cycleId: now.cycleId,
    questions: [{ text: 'How can the Partnership help your agency?' }, { text: 'What are your three priorities for the next six months?' }],
  });
  for (const [i, agencyId] of ids.slice(0, 3).entries()) {
    const m = await call<MeetingDetail>(b, 'meetings.create', {
      cycleId: now.cycleId,
      agencyId,
      start: `2026-11-1${i + 6}T10:00`,
      end: `2026-11-1${i + 6}T10:45`,
      attendees: [{ contactId: scrutineer.id, role: 'scrutineer' }, { contactId: unit.id, role: 'officer' }],
    });
    if (i < 2)
      await call(b, 'meetings.record', {
        id: m.id,
        status: 'held',
        answers: [
          { questionId: questions[0]!.id, answer: i === 0 ? 'A multi-agency practice forum.' : 'Clearer thresholds guidance.' },
          { questionId: questions[1]!.id, answer: 'Signs of Safety; supervision; audits.' },
        ],
      });
  }

  const groups = await call<ActionGroup[]>(b, 'actionGroups.list');
  await call(b, 'actions.create', { kind: 'agency', agencyId: ids[1], cycleId: now.cycleId, targetKey: keys.i('9.3'), description: 'Set up an allegations log reviewed each quarter.', dueDate: '2027-01-31' });
  await call(b, 'actions.create', { kind: 'agency', agencyId: ids[0], cycleId: now.cycleId, targetKey: keys.i('9.3'), description: 'Train managers on the LADO referral route.', dueDate: '2027-03-31' });
  await call(b, 'actions.create', { kind: 'partnership', groupId: groups[0]!.id, cycleId: now.cycleId, targetKey: keys.s('9'), description: 'Issue a multi-agency briefing on managing allegations.', dueDate: '2027-02-28' });
  await call(b, 'actions.create', { kind: 'partnership', groupId: groups[0]!.id, cycleId: now.cycleId, theme: 'Voice of the child', description: 'Share the police voice-of-the-child prompts.', dueDate: '2026-11-01' });

  const ca = new Map(AGENCIES.map((n) => [n as string, now.ca.get(agencyIds.get(n)!)!]));
  return { b, cycleId: now.cycleId, previousCycleId: previous.cycleId, ca, agencyIds, keys, close: () => b.close() };
}
