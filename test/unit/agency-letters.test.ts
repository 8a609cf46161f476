import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedReport } from '../../shared/domain/report';
import { call } from '../helpers/backend';
import { coreProperty, coreXml, documentXml, openDocx, paragraphTexts, rows, tables } from '../helpers/docx';
import { assertSharedPresent, describeChecks, requireShared, runCheckDocx } from '../helpers/shared-tools';
import { paperFixture, type PaperFixture } from './board-paper-fixture';

// The feedback letter to each agency: its ratings per standard (own and after moderation), each change
// moderation made and why, strengths and weaker areas, and the actions it must take with due dates.

let f: PaperFixture;
const letters = new Map<string, { report: GeneratedReport; body: string }>();
const letter = async (name: string) => {
  const hit = letters.get(name);
  if (hit) return hit;
  const report = await call<GeneratedReport>(f.b, 'letters.generate', { cycleAgencyId: f.ca.get(name)! });
  const made = { report, body: await documentXml(await openDocx(Buffer.from(report.file.contentBase64, 'base64'))) };
  letters.set(name, made);
  return made;
};
const table = (body: string, header: string) => tables(body).find((t) => paragraphTexts(rows(t)[0]!).join('|') === header);

beforeAll(async () => {
  f = await paperFixture();
}, 120_000);
afterAll(() => f?.close());

describe('a letter to an agency whose rating moderation changed', () => {
  it('is addressed to its safeguarding lead and titled for the cycle', async () => {
    const { report, body } = await letter('Westvale Homes');
    expect(report.file.fileName).toBe('Feedback letter - Westvale Homes - S.11 Self-Assessment Audit 2026.docx');
    expect(report.path).toBeNull();
    expect(report.warnings).toEqual([]);
    expect(coreProperty(await coreXml(await openDocx(Buffer.from(report.file.contentBase64, 'base64'))), 'dc:title')).toBe('S.11 Self-Assessment Audit 2026: feedback for Westvale Homes');
    const head = rows(tables(body)[0]!).map((r) => paragraphTexts(r));
    expect(head[1]).toEqual(['To', 'Lead 4Head of SafeguardingWestvale Homes4 High StreetWestvale WV1 1AA']);
    expect(head[2]).toEqual(['From', 'Annette CareyStrategic Safeguarding Partnership ManagerWestvale Safeguarding Children Partnership']);
    expect(head[3]).toEqual(['Date', '22 November 2026']);
    expect(paragraphTexts(body)).toContain('Dear Lead 4,');
  });

  it('shows its own and moderated rating of each standard, and the change with its reason', async () => {
    const { body } = await letter('Westvale Homes');
    const ratings = table(body, 'Standard|Your rating|After moderation')!;
    expect(rows(ratings)).toHaveLength(10);
    expect(paragraphTexts(rows(ratings)[1]!)).toEqual(['1 Leadership and governance', 'Met', 'Met']);
    expect(paragraphTexts(rows(ratings)[9]!)).toEqual(['9 Allegations against staff', 'Met', 'Partially met']);
    expect(rows(ratings)[9]).toContain('w:fill="F9A825"');
    const changes = table(body, 'Ref|Requirement|Your rating|Moderated|Why')!;
    expect(rows(changes).slice(1).map((r) => paragraphTexts(r))).toEqual([['9.1', expect.any(String), 'Met', 'Partially met', 'No allegations log could be shown.']]);
    const texts = paragraphTexts(body);
    expect(texts).toContain('Moderation changed one of your ratings, for the reasons given.');
    expect(texts).toContain('Standard 1 (Leadership and governance): Met');
    expect(texts).toContain('Standard 9 (Allegations against staff): Partially met');
    expect(texts).toContain('No actions have been recorded for you yet. Please send us your action plan for the areas for development above.');
  });
});

describe('a letter to an agency with actions', () => {
  it('lists its open actions with due dates and status', async () => {
    const { body } = await letter('Westvale Police');
    const actions = table(body, 'Ref|Standard|Action|Due|Status')!;
    expect(rows(actions).slice(1).map((r) => paragraphTexts(r).slice(1))).toEqual([['9.3', 'Set up an allegations log reviewed each quarter.', '31 January 2027', 'Not started']]);
    expect(paragraphTexts(body)).toContain('You have 1 open action, due on 31 January 2027.');
    expect(table(body, 'Ref|Requirement|Your rating|Moderated|Why')).toBeUndefined();
    expect(paragraphTexts(body)).toContain('Moderation did not change any of your ratings.');
    expect(paragraphTexts(body)).toContain('Standard 4 (Safer recruitment and workforce): Partially met');
  });
});

describe('a letter to an agency that has not returned', () => {
  it('says so, shows no ratings, and warns the user', async () => {
    const { report, body } = await letter('Westvale Probation');
    expect(report.warnings).toEqual(['Westvale Probation has not returned its self-assessment.']);
    expect(paragraphTexts(body).some((t) => t.startsWith('We have not yet received your self-assessment for the S.11 Self-Assessment Audit 2026.'))).toBe(true);
    const ratings = table(body, 'Standard|Your rating|After moderation')!;
    expect(paragraphTexts(rows(ratings)[1]!)).toEqual(['1 Leadership and governance', 'Not rated', 'Not rated']);
  });
});

describe('writing letters', () => {
  it('writes into a folder when given, one agency at a time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'audit-desk-letters-'));
    for (const name of ['Westvale Police', 'Westvale Fire and Rescue']) {
      const r = await call<GeneratedReport>(f.b, 'letters.generate', { cycleAgencyId: f.ca.get(name)!, folder });
      expect(r.path).toBe(join(folder, `Feedback letter - ${name} - S.11 Self-Assessment Audit 2026.docx`));
      expect(existsSync(r.path!)).toBe(true);
    }
    expect(readdirSync(folder).sort()).toEqual([
      'Feedback letter - Westvale Fire and Rescue - S.11 Self-Assessment Audit 2026.docx',
      'Feedback letter - Westvale Police - S.11 Self-Assessment Audit 2026.docx',
    ]);
  });

  it('refuses an unknown return and a relative folder', async () => {
    expect(await f.b.dispatch('letters.generate', { cycleAgencyId: 999999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await f.b.dispatch('letters.generate', { cycleAgencyId: f.ca.get('Westvale Police')!, folder: 'letters' })).toMatchObject({ ok: false, error: { code: 'validation', details: [{ field: 'folder' }] } });
  });
});

describe.skipIf(!requireShared('docx-check'))('checked', () => {
  it('passes check-docx', async () => {
    assertSharedPresent();
    const dir = mkdtempSync(join(tmpdir(), 'audit-desk-letter-check-'));
    for (const name of ['Westvale Homes', 'Westvale Probation']) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, Buffer.from((await letter(name)).report.file.contentBase64, 'base64'));
      const r = runCheckDocx(file);
      expect(r.status, describeChecks(r)).toBe(0);
    }
  });
});
