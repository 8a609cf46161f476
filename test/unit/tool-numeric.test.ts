import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readToolDocx } from '../../electron/backend/io/tool-docx-read';
import { buildToolDocx } from '../../electron/backend/io/tool-docx-write';
import type { ToolContent } from '../../electron/backend/io/tool-layout';
import { readToolXlsx } from '../../electron/backend/io/tool-xlsx-read';
import { buildToolXlsx } from '../../electron/backend/io/tool-xlsx-write';
import type { FrameworkTargets, TargetInfo } from '../../electron/backend/services/answers-write';
import { normaliseAnswers } from '../../electron/backend/services/answers-write';
import type { LoadedScale } from '../../electron/backend/services/rating-scale';
import { repoRoot } from '../helpers/shared-tools';
import { join } from 'node:path';

// A numeric scale (scores 1 to 10, no N/A) through both formats, without a database: score rules in the
// workbook, numbers read back, and "N/A" refused because the scale has none.

const targets: TargetInfo[] = [
  { key: 's:1', standardId: 1, itemId: null, number: '1', text: 'Leadership', ratable: false },
  { key: 'i:11', standardId: 1, itemId: 11, number: '1.1', text: 'A named lead', ratable: true },
  { key: 'i:12', standardId: 1, itemId: 12, number: '1.10', text: 'Ten', ratable: true },
];
const fw: FrameworkTargets = {
  ratingTarget: 'items',
  standardRollup: 'average',
  targets,
  byKey: new Map(targets.map((t) => [t.key, t])),
  standardByNumber: new Map([['1', targets[0]!]]),
  itemByNumber: new Map([['1.1', targets[1]!], ['1.10', targets[2]!]]),
};
const scale: LoadedScale = {
  kind: 'numeric',
  higherIsBetter: true,
  allowsNa: false,
  naLabel: 'Not applicable',
  min: 1,
  max: 10,
  step: 1,
  levels: [
    { code: 'HI', label: 'Strong', colour: '#2E7D32', score: 7 },
    { code: 'LO', label: 'Weak', colour: '#C62828', score: 1 },
  ],
  bands: [{ code: 'HI', min: 7, max: 10 }, { code: 'LO', min: 1, max: 6.99 }],
};
const content: ToolContent = {
  identity: { formatVersion: 1, cycleId: 7, cycleAgencyId: 70, agencyId: 700, agencyName: 'Test Agency', frameworkId: 3, familyKey: 'scores', versionLabel: 'v1', issuedOn: '2024-09-02' },
  partnershipName: 'Test Partnership',
  cycleName: 'Scores audit',
  periodLabel: '2024/25',
  deadline: '2024-11-18',
  finalDeadline: null,
  frameworkName: 'Scores (v1)',
  ratingTarget: 'items',
  lead: null,
  deputy: null,
  scale: { name: 'Scores', kind: 'numeric', allowsNa: false, naLabel: 'Not applicable', min: 1, max: 10, step: 1, levels: [{ code: 'HI', label: 'Strong', colour: '#2E7D32', description: '7 to 10' }, { code: 'LO', label: 'Weak', colour: '#C62828', description: '1 to 6' }] },
  standards: [
    {
      number: '1',
      title: 'Leadership',
      rows: targets.map((t) => ({ key: t.key as `s:${number}`, kind: t.itemId === null ? 'standard' : 'item', ref: t.number, text: t.text, prompt: null, ratable: t.ratable, answer: t.number === '1.1' ? { rating: '8', notApplicable: false, naReason: null, evidence: 'Board minutes', improvement: null, carriedForward: true } : null })),
    },
  ],
  settings: { partnershipName: 'Test Partnership', protectiveMarking: 'OFFICIAL', brandColour: '#1F4E79', logoBase64: null, logoMimeType: null },
  authorName: 'tester',
};

describe('numeric scales', () => {
  it('writes a whole-number rule and reads numbers back; "1.10" stays a distinct Ref', async () => {
    const bytes = await buildToolXlsx(content);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Self-assessment')!;
    expect(ws.getRow(3).getCell(4).value).toBe(8);
    expect(ws.getRow(3).getCell(4).dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 10] });
    ws.getRow(4).getCell(4).value = 4;
    const read = await readToolXlsx('scores.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), fw, scale);
    expect(read.problems).toEqual([]);
    const { answers, problems } = normaliseAnswers(scale, fw, read.answers);
    expect(problems).toEqual([]);
    expect(answers.map((a) => [a.targetKey, a.selfCode, a.selfScore])).toEqual([
      ['i:11', 'HI', 8],
      ['i:12', 'LO', 4],
    ]);
  });

  it('carries the identity in the Word version; the rating model refuses a score out of range and an N/A the scale lacks', async () => {
    const docx = await buildToolDocx(content, join(repoRoot, 'resources', 'fonts'));
    const read = await readToolDocx('scores.docx', docx, fw, scale);
    expect(read.identity).toMatchObject({ cycleId: '7', cycleAgencyId: '70', versionLabel: 'v1' });
    const { problems } = normaliseAnswers(scale, fw, [
      ...read.answers,
      { targetKey: 'i:12', rating: '11' },
    ]);
    expect(problems.map((p) => `${p.where} ${p.message}`)).toEqual(['item 1.10 11 is above the highest score, 10']);
    const na = normaliseAnswers(scale, fw, [{ targetKey: 'i:11', notApplicable: true, naReason: 'x' }]);
    expect(na.problems[0]!.message).toBe('"Not applicable" is not allowed on this scale');
  });
});
