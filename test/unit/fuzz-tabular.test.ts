import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/domain/imports';
import { AGENCY_IMPORT_FIELDS } from '../../electron/backend/io/agency-import-fields';
import { CONTACT_IMPORT_FIELDS } from '../../electron/backend/io/contact-import-plan';
import { ACTION_IMPORT_FIELDS } from '../../electron/backend/io/actions-xlsx-layout';
import { HISTORY_FIELDS } from '../../electron/backend/io/history-import-plan';
import { call, tempBackend } from '../helpers/backend';
import {
  b64,
  BOMBS,
  cellValue,
  csvCell,
  csvText,
  damage,
  expectCleanRefusal,
  fullDigest,
  fuzzParams,
  hostileString,
  previewAndCommit,
  workbook,
} from './fuzz-kit';

// Every tabular import path (agencies, contacts, history, actions: CSV and XLSX) through the real dispatcher on
// a demo partnership: hostile headings (duplicated, unicode, formulas) over hostile cells, damaged real exports,
// non-zip bytes under .xlsx, and zip bombs. Each refused commit must leave the database exactly as it was.

type Backend = Awaited<ReturnType<typeof tempBackend>>;
let b: Backend;
let frameworkId: number;
let agencyId: number;
const bases: Record<string, Buffer> = {};

beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
  frameworkId = (await call<Array<{ id: number }>>(b, 'frameworks.list'))[0]!.id;
  agencyId = (await call<Array<{ id: number }>>(b, 'agencies.list'))[0]!.id;
  for (const [k, m] of [['agencies', 'agencies.exportXlsx'], ['contacts', 'contacts.exportXlsx'], ['actions', 'actions.exportXlsx']] as const)
    bases[k] = Buffer.from((await call<{ contentBase64: string }>(b, m)).contentBase64, 'base64');
  bases.history = bases.agencies!;
}, 60_000);
afterAll(() => b.close());

const labelsOf = (fields: ReadonlyArray<{ label: string; aliases: string[] }>) => fields.flatMap((f) => [f.label, ...f.aliases.slice(0, 2)]);

const PATHS = [
  { name: 'agencies', preview: 'agencies.importPreview', commit: 'agencies.importCommit', labels: labelsOf(AGENCY_IMPORT_FIELDS), extra: () => ({}) },
  { name: 'contacts', preview: 'contacts.importPreview', commit: 'contacts.importCommit', labels: labelsOf(CONTACT_IMPORT_FIELDS), extra: () => ({}) },
  {
    name: 'history',
    preview: 'cycles.importHistoryPreview',
    commit: 'cycles.importHistoryCommit',
    labels: labelsOf(HISTORY_FIELDS),
    extra: () => ({ frameworkId, name: 'Fuzzed history', cycleType: 's11', periodLabel: '2019/20' }),
  },
  { name: 'actions', preview: 'actions.importPreview', commit: 'actions.importCommit', labels: labelsOf(ACTION_IMPORT_FIELDS), extra: () => ({ agencyId }) },
] as const;

/** Headings: mostly real labels (so rows are read), with duplicates, blanks and hostile ones mixed in. */
const headings = (labels: readonly string[]) =>
  fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...labels) }, { weight: 1, arbitrary: hostileString }), { minLength: 0, maxLength: 8 });

const checkPreview = (r: Awaited<ReturnType<Backend['dispatch']>>, what: string) => {
  if (!r.ok) return;
  const p = r.value as ImportPreview;
  for (const row of p.rows) for (const i of row.issues) expect(i.column, `${what}: row ${row.row} issue without a column: ${i.message}`).toBeTruthy();
};

for (const path of PATHS) {
  describe(`${path.name} import`, () => {
    it('refuses hostile CSV cleanly, writing nothing when refused', async () => {
      const start = fullDigest(b);
      let refused = 0;
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(
          headings(path.labels),
          fc.array(fc.array(csvCell, { maxLength: 9 }), { maxLength: 6 }),
          fc.constantFrom('returns.csv', 'r\u202Eslx.csv', 'données ✓.csv'),
          async (head, rows, fileName) => {
            const input = { fileName, contentBase64: b64(csvText([head.map((h) => (/[",\r\n]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)), ...rows])), ...path.extra() };
            if (await previewAndCommit(b, path.preview, path.commit, input, fileName, (p) => checkPreview(p, path.preview))) accepted++;
            else refused++;
          },
        ),
        fuzzParams(1000),
      );
      expect(refused).toBeGreaterThan(0);
      if (accepted === 0) expect(fullDigest(b)).toBe(start);
    }, 120_000);

    it('refuses hostile workbooks (formulas, links, errors, huge and odd cells) cleanly', async () => {
      await fc.assert(
        fc.asyncProperty(headings(path.labels), fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 4 }), async (head, rows) => {
          const bytes = await workbook([head, ...rows]);
          await previewAndCommit(b, path.preview, path.commit, { fileName: 'sheet.xlsx', contentBase64: b64(bytes), ...path.extra() }, 'sheet.xlsx');
        }),
        fuzzParams(40),
      );
    }, 120_000);

    it('refuses damaged exports, non-zip bytes named .xlsx, and wrong extensions', async () => {
      const start = fullDigest(b);
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(damage(bases[path.name]!), fc.constantFrom('damaged.xlsx', 'damaged.csv', 'damaged.xls', 'damaged.docx', 'no-extension'), async (bytes, fileName) => {
          if (await previewAndCommit(b, path.preview, path.commit, { fileName, contentBase64: b64(bytes), ...path.extra() }, fileName)) accepted++;
        }),
        fuzzParams(150),
      );
      // Damage can land somewhere harmless (then it is the export itself, re-imported); otherwise nothing moved.
      if (accepted === 0) expect(fullDigest(b)).toBe(start);
    }, 120_000);

    it('refuses zip bombs before opening them', async () => {
      for (const bomb of BOMBS) {
        const before = fullDigest(b);
        const r = await b.dispatch(path.commit, { fileName: 'bomb.xlsx', contentBase64: b64(bombBytes(bomb.label)), ...path.extra() });
        expectCleanRefusal(r, 'bomb.xlsx', bomb.label);
        expect(r.ok ? null : r.error.message, bomb.label).toMatch(/zip bomb/);
        expect(fullDigest(b)).toBe(before);
      }
    });
  });
}

const bombCache = new Map<string, Buffer>();
const bombBytes = (label: string) => {
  if (!bombCache.has(label)) bombCache.set(label, BOMBS.find((x) => x.label === label)!.bytes());
  return bombCache.get(label)!;
};
