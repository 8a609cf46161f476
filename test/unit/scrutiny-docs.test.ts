import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChallengeAgency, ChallengeEvent, ChallengeEventSummary } from '../../shared/domain/scrutiny';
import type { GeneratedFile } from '../../shared/domain/settings';
import { seedDemoScrutiny } from '../../electron/backend/demo/demo-scrutiny';
import { describeEvidence } from '../../electron/backend/reports/challenge-summary';
import { withArticle } from '../../electron/backend/reports/scrutiny-words';
import { todayOf } from '../../electron/backend/services/write-context';
import { call, tempBackend } from '../helpers/backend';
import { coreProperty, coreXml, documentXml, openDocx, paragraphStyles, paragraphTexts, rows, tables } from '../helpers/docx';
import { assertSharedPresent, describeChecks, requireShared, runCheckDocx } from '../helpers/shared-tools';

// The scrutiny Word documents: the challenge-event summary, a meeting agenda and the overview, from the demo
// partnership's data; what they say, and that check-docx passes each.

const agency = (i: number, broughtEvidence: boolean | null, evidenceKind: string | null = null, invited = true): ChallengeAgency => ({
  agencyId: i,
  agencyName: `Agency ${i}`,
  sectorName: 'Health',
  invited,
  broughtEvidence,
  evidenceKind,
  notes: null,
});

describe('describeEvidence', () => {
  it('counts the evidence brought in words', () => {
    const twelve = [...Array.from({ length: 9 }, (_, i) => agency(i, true, 'Case study')), agency(9, true, 'Single-agency audit'), agency(10, false), agency(11, null)];
    expect(describeEvidence(twelve, 10)).toBe(
      '12 agencies were invited and 10 attended. 9 of the 12 agencies brought a case study and 1 a single-agency audit. 1 agency did not bring its evidence. Whether 1 agency brought evidence is not recorded.',
    );
    expect(describeEvidence([agency(1, true, 'Case study'), agency(2, true, 'Audit'), agency(3, true), agency(4, true, 'Case study', false)], 3)).toBe(
      '3 agencies were invited and all attended. 1 of the 3 agencies brought a case study, 1 an audit and 1 evidence of another kind.',
    );
    expect(describeEvidence([agency(1, false)], 0)).toBe('1 agency was invited and none attended. None of the agency brought evidence. 1 agency did not bring its evidence.');
    expect(describeEvidence([], 0)).toBe('No agencies have been invited yet.');
  });

  it('puts the right article before a kind of evidence', () => {
    expect([withArticle('Case study'), withArticle('Audit of files'), withArticle('SAAT return'), withArticle('Usual report')]).toEqual([
      'a case study',
      'an audit of files',
      'a SAAT return',
      'a usual report',
    ]);
  });
});

describe('scrutiny documents from the demo', () => {
  let b: Awaited<ReturnType<typeof tempBackend>>;
  let cycleId: number;
  let event: ChallengeEvent;
  const docs: Record<string, GeneratedFile> = {};
  const bytes = (f: GeneratedFile) => Buffer.from(f.contentBase64, 'base64');

  beforeAll(async () => {
    b = await tempBackend({ seedDemo: true });
    await seedDemoScrutiny(b.ctx.db, b.ctx, todayOf(b.ctx));
    cycleId = (await b.ctx.db.selectFrom('cycles').select('id').where('status', '=', 'open').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
    const [summary] = await call<ChallengeEventSummary[]>(b, 'challenge.list', { cycleId });
    event = await call<ChallengeEvent>(b, 'challenge.get', { id: summary!.id });
    docs.summary = await call<GeneratedFile>(b, 'challenge.summaryDocx', { id: event.id });
    const held = await b.ctx.db.selectFrom('meetings').select('id').where('cycle_id', '=', cycleId).where('status', '=', 'held').orderBy('start_at').executeTakeFirstOrThrow();
    docs.agenda = (await call<{ files: GeneratedFile[] }>(b, 'meetings.agendas', { meetingIds: [held.id] })).files[0]!;
    docs.overview = await call<GeneratedFile>(b, 'scrutiny.overviewDocx', { cycleId });
  }, 120_000);
  afterAll(() => b?.close());

  it('summarises the challenge event: details, evidence in words, each question, agencies and attendees', async () => {
    expect(docs.summary!.fileName).toBe(`Section 11 challenge event ${event.date} - summary.docx`);
    const pkg = await openDocx(bytes(docs.summary!));
    const body = await documentXml(pkg);
    expect(coreProperty(await coreXml(pkg), 'dc:title')).toBe('Challenge event summary: Section 11 challenge event');
    const headings = paragraphStyles(body).filter((s) => /^(Title|Heading\d)$/.test(s));
    expect(headings).toEqual(['Title', 'Heading1', 'Heading1', ...event.questions.flatMap(() => ['Heading2', 'Heading3', 'Heading3', 'Heading3']), 'Heading1', 'Heading1']);
    const texts = paragraphTexts(body);
    expect(texts).toContain(describeEvidence(event.agencies, event.attendedAgencies));
    expect(texts.find((t) => t.includes('agencies brought a case study'))).toMatch(/^\d+ agencies were invited and \d+ attended\. \d+ of the \d+ agencies brought a case study/);
    for (const q of event.questions) {
      expect(texts).toContain(`Item ${q.number}`);
      expect(texts).toContain(`Agencies were asked to bring: ${q.bring}`);
    }
    const [details, agencies, attendees] = tables(body);
    expect(rows(details!).map((r) => paragraphTexts(r)[0])).toEqual(['Item', 'Event', 'Audit cycle', 'Date and time', 'Venue', 'Questions sampled', 'Produced', 'Status']);
    expect(paragraphTexts(rows(agencies!)[0]!)).toEqual(['Agency', 'Sector', 'Invited', 'Attended', 'Evidence brought']);
    expect(rows(agencies!)).toHaveLength(event.agencies.length + 1);
    expect(rows(attendees!)).toHaveLength(event.attendees.length + 1);
  });

  it('gives the overview its summary, status table, meetings and themes', async () => {
    const body = await documentXml(await openDocx(bytes(docs.overview!)));
    const texts = paragraphTexts(body);
    expect(texts.some((t) => /^\d+ of the \d+ agencies in scope have been scrutinised\. \d+ meetings are still to be held\./.test(t))).toBe(true);
    expect(texts).toContain('How can the Partnership help your agency?');
    const [, status, meetings] = tables(body);
    expect(paragraphTexts(rows(status!).at(-1)!)).toEqual(['All meetings', '15']);
    expect(rows(meetings!)).toHaveLength(16);
  });

  describe.skipIf(!requireShared('docx-check'))('check-docx', () => {
    it.each(['summary', 'agenda', 'overview'])('passes the %s', (name) => {
      assertSharedPresent();
      const file = join(mkdtempSync(join(tmpdir(), 'scrutiny-docs-')), `${name}.docx`);
      writeFileSync(file, bytes(docs[name]!));
      const result = runCheckDocx(file);
      expect(result.status, describeChecks(result)).toBe(0);
      expect(result.checks.find((c) => c.name === 'empty-paragraphs')?.status, describeChecks(result)).not.toBe('WARN');
    });
  });
});
