import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { frameworkDocSchema, type FrameworkDoc, type FrameworkDocInput } from '../../shared/domain/framework';
import type { GeneratedFile } from '../../shared/domain/settings';
import { AppError } from '../../electron/backend/errors';

// Framework documents and workbook helpers for the framework import/export tests.

const levelsScale: FrameworkDocInput['scale'] = {
  name: 'Ofsted-style four point',
  kind: 'levels',
  higherIsBetter: true,
  allowsNa: true,
  naLabel: 'Not applicable',
  levels: [
    { code: 'O', label: 'Outstanding', colour: '#00703C', score: 4, description: 'Fully demonstrates the standard' },
    { code: 'G', label: 'Good', colour: '#85b84f', score: 3, description: null },
    { code: 'RI', label: 'Requires improvement', colour: '#F9A825', score: 2 },
    { code: 'I', label: 'Inadequate', colour: '#C62828', score: 1, description: 'Cannot show it & "won\'t" <yet>' },
  ],
};

/** A levels-scale framework with sector wordings, awkward text, and numbers that Excel would mangle. */
export function wordedDoc(): FrameworkDoc {
  return frameworkDocSchema.parse({
    familyKey: 'compact-audit',
    name: 'Safeguarding and Early Help Compact Audit',
    versionLabel: '2025/26 draft',
    description: 'Line one of the description.\nLine two, with a tab\there and café, ünïcödé, 日本語 and emoji 🧒🏽.',
    duties: ['s11', 's175', 'childcare'],
    ratingTarget: 'both',
    standardRollup: 'lowest',
    wordingSectors: ['education', 'early_years'],
    scale: levelsScale,
    standards: [
      {
        id: 11,
        number: '1',
        title: 'Senior management commitment',
        guidance: 'Rate on practice, not paper.',
        items: [
          {
            id: 101,
            number: '1.1',
            text: 'A named senior lead holds responsibility for safeguarding.',
            evidencePrompt: 'Board minutes, organisational chart.',
            guidance: null,
            wordings: [
              { sectorCode: 'education', text: 'A named governor leads on safeguarding.', evidencePrompt: 'Governing body minutes.' },
              { sectorCode: 'early_years', text: 'The registered provider takes responsibility.', evidencePrompt: null },
            ],
          },
          { number: '1.10', text: '=SUM(A1:A3) is not a formula', evidencePrompt: null, guidance: 'Keep "1.10" as text: _x0041_ stays.' },
        ],
      },
      {
        number: '9',
        title: 'Safe recruitment',
        guidance: null,
        items: [
          { number: '9.3', text: 'Safer recruitment checks are recorded.', wordings: [{ sectorCode: 'early_years', text: 'Suitability checks for all staff.' }] },
          { number: '9.20', text: 'TRUE', evidencePrompt: '007' },
        ],
      },
      { number: '10', title: 'Information sharing', items: [{ number: '10.1', text: 'Staff know when to share information.' }] },
    ],
  });
}

/** A numeric-scale framework where only items are rated. */
export function numericDoc(): FrameworkDoc {
  return frameworkDocSchema.parse({
    familyKey: 'numeric-tool',
    name: 'Numeric self-assessment',
    versionLabel: 'v2',
    ratingTarget: 'items',
    standardRollup: 'average',
    scale: {
      name: 'Percentage of compliance',
      kind: 'numeric',
      higherIsBetter: false,
      allowsNa: false,
      naLabel: '',
      min: 0,
      max: 100,
      step: 0.5,
      levels: [
        { code: 'R', label: 'Red', colour: '#C62828', score: 0, bandMin: 0, bandMax: 49.5 },
        { code: 'A', label: 'Amber', colour: '#F9A825', score: 50, bandMin: 50, bandMax: 79.5, description: 'Partly' },
        { code: 'G', label: 'Green', colour: '#00703C', score: 80.25, bandMin: 80, bandMax: 100 },
      ],
    },
    standards: [
      { number: 'A', title: 'Leadership', items: [{ number: 'A1', text: 'There is a lead.' }, { number: 'A2', text: 'The lead reports.' }] },
      { number: 'B', title: 'Training', items: [{ number: 'B1', text: 'Staff are trained.' }] },
    ],
  });
}

/** `standards` × `items` plain framework: Items sheet row r holds standard ⌈(r-1)/items⌉. */
export function gridDoc(standards: number, items: number, patch: Partial<FrameworkDocInput> = {}): FrameworkDoc {
  return frameworkDocSchema.parse({
    familyKey: 'grid',
    name: 'Grid',
    versionLabel: '1',
    ratingTarget: 'both',
    standardRollup: 'lowest',
    scale: levelsScale,
    standards: Array.from({ length: standards }, (_, s) => ({
      number: String(s + 1),
      title: `Standard ${s + 1}`,
      items: Array.from({ length: items }, (_, i) => ({ number: `${s + 1}.${i + 1}`, text: `Item ${s + 1}.${i + 1}` })),
    })),
    ...patch,
  });
}

export const fileBytes = (f: GeneratedFile) => Buffer.from(f.contentBase64, 'base64');

export async function loadBook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}

export async function bookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
}

/** Opens a generated workbook, lets the test change it as a person would in Excel, and saves it again. */
export async function edited(f: GeneratedFile, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await loadBook(fileBytes(f));
  change(wb);
  return bookBytes(wb);
}

/** The AppError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}
