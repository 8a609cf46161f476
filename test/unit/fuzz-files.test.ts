import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, tempBackend } from '../helpers/backend';
import {
  b64,
  BOMBS,
  cellValue,
  damage,
  expectCleanRefusal,
  expectLocatedProblems,
  fullDigest,
  fuzzParams,
  hostileString,
  hostileXml,
  quickDigest,
  changedTables,
  withEntry,
} from './fuzz-kit';

// The file imports that are not plain tables: framework JSON and XLSX, self-assessment returns (XLSX and Word)
// and case-file audit returns (XLSX and Word), each through the real dispatcher on a demo partnership.

type Backend = Awaited<ReturnType<typeof tempBackend>>;
type File = { fileName: string; contentBase64: string };
let b: Backend;
let frameworkJson: Record<string, unknown>;
let frameworkXlsx: Buffer;
let cycleId: number;
let auditId: number;
const returnFiles: Record<'xlsx' | 'docx', Buffer> = {} as never;
const caseFiles: Record<'xlsx' | 'docx', Buffer> = {} as never;

const bytesOf = (f: File) => Buffer.from(f.contentBase64, 'base64');

beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
  const fw = (await call<Array<{ id: number }>>(b, 'frameworks.list'))[0]!.id;
  frameworkJson = JSON.parse(bytesOf(await call<File>(b, 'frameworks.exportJson', { id: fw })).toString('utf8'));
  frameworkXlsx = bytesOf(await call<File>(b, 'frameworks.exportXlsx', { id: fw }));
  const open = (await call<Array<{ id: number; status: string }>>(b, 'cycles.list')).find((c) => c.status === 'open')!;
  cycleId = open.id;
  const ret = (await call<Array<{ cycleAgencyId: number }>>(b, 'returns.list', { cycleId }))[0]!;
  const tool = await call<{ files: File[] }>(b, 'tools.issue', { cycleAgencyId: ret.cycleAgencyId, formats: ['xlsx', 'docx'], markIssued: false });
  for (const f of tool.files) returnFiles[f.fileName.endsWith('.docx') ? 'docx' : 'xlsx'] = bytesOf(f);
  const open2 = (await call<Array<{ id: number; auditId: number }>>(b, 'caseAudits.returns', { statuses: ['issued', 'sent_back', 'returned'] }))[0]!;
  auditId = open2.auditId;
  const issued = await call<{ files: File[] }>(b, 'caseAudits.issueReturns', { auditId, returnIds: [open2.id], formats: ['xlsx', 'docx'], markIssued: false });
  for (const f of issued.files) caseFiles[f.fileName.endsWith('.docx') ? 'docx' : 'xlsx'] = bytesOf(f);
  expect(returnFiles.xlsx && returnFiles.docx && caseFiles.xlsx && caseFiles.docx).toBeTruthy();
}, 90_000);
afterAll(() => b.close());

/** Every path inside a JSON value, for mutating one place at a time. */
function paths(v: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const wrongValue = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, -1, 0, 1e308, -0, 2 ** 53 + 1, [], {}, [[[]]], { __proto__: { polluted: 1 } }, { constructor: { prototype: {} } }),
  fc.jsonValue({ maxDepth: 3 }),
);

describe('framework import', () => {
  const allPaths = () => paths(frameworkJson).filter((p) => p.length > 0);

  it('refuses mutated framework JSON cleanly (wrong types, missing and extra fields, hostile text)', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom('set', 'delete', 'extra', 'duplicate'), wrongValue, async (pick, op, value) => {
        const doc = structuredClone(frameworkJson);
        const ps = allPaths();
        const p = ps[pick % ps.length]!;
        const parent = p.slice(0, -1).reduce<any>((o, k) => o[k], doc);
        const key = p.at(-1)!;
        if (op === 'set') parent[key] = value;
        else if (op === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
        else if (op === 'extra') (Array.isArray(parent) ? parent : (parent[`x${String(key)}`] = value));
        else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
        const fileName = 'framework.json';
        const before = quickDigest(b);
        const r = await b.dispatch('frameworks.importJson', { fileName, contentBase64: b64(JSON.stringify(doc)) });
        expectCleanRefusal(r, fileName, 'frameworks.importJson');
        if (!r.ok) {
          refused++;
          expect(quickDigest(b)).toBe(before);
        }
      }),
      fuzzParams(600),
    );
    expect(refused).toBeGreaterThan(0);
  }, 120_000);

  it('refuses broken JSON text cleanly (truncated, deeply nested, BOMs, binary)', async () => {
    const text = JSON.stringify(frameworkJson);
    const start = fullDigest(b);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat(text.length - 1).map((n) => text.slice(0, n)),
          fc.integer({ min: 1000, max: 200_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
          fc.integer({ min: 1000, max: 100_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
          fc.string({ unit: 'binary', maxLength: 300 }),
          hostileString.map((s) => `\uFEFF\uFEFF${s}`),
          fc.uint8Array({ maxLength: 300 }).map((u) => Buffer.from(u).toString('latin1')),
        ),
        async (body) => {
          const r = await b.dispatch('frameworks.importJson', { fileName: 'broken.json', contentBase64: b64(body) });
          expect(r.ok).toBe(false);
          expectCleanRefusal(r, 'broken.json', 'frameworks.importJson');
        },
      ),
      fuzzParams(700),
    );
    expect(fullDigest(b)).toBe(start);
  }, 120_000);

  it('refuses damaged framework workbooks, hostile cells and zip bombs cleanly', async () => {
    const start = fullDigest(b);
    let accepted = 0;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(frameworkXlsx as never);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 3, arbitrary: damage(frameworkXlsx).map((x) => async () => x) },
          {
            weight: 1,
            arbitrary: fc
              .array(fc.tuple(fc.nat(wb.worksheets.length - 1), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), cellValue), { minLength: 1, maxLength: 6 })
              .map((edits) => async () => {
                const copy = new ExcelJS.Workbook();
                await copy.xlsx.load(frameworkXlsx as never);
                for (const [s, r, c, v] of edits) copy.worksheets[s]!.getCell(r, c).value = v;
                return Buffer.from(await copy.xlsx.writeBuffer());
              }),
          },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom('xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'), hostileXml).map(([e, x]) => () => withEntry(frameworkXlsx, e, x)) },
        ),
        async (make) => {
          const before = quickDigest(b);
          const r = await b.dispatch('frameworks.importXlsx', { fileName: 'framework.xlsx', contentBase64: b64(await make()) });
          expectCleanRefusal(r, 'framework.xlsx', 'frameworks.importXlsx');
          if (r.ok) accepted++;
          else expect(quickDigest(b)).toBe(before);
        },
      ),
      fuzzParams(150),
    );
    for (const bomb of BOMBS) {
      const r = await b.dispatch('frameworks.importXlsx', { fileName: 'bomb.xlsx', contentBase64: b64(bomb.bytes()) });
      expectCleanRefusal(r, 'bomb.xlsx', bomb.label);
      expect(r.ok ? '' : r.error.message).toMatch(/zip bomb/);
    }
    if (accepted === 0) expect(fullDigest(b)).toBe(start);
  }, 120_000);
});

/** Damage, hostile cells in the workbook's own layout, hostile XML parts, non-zip bytes: one generator per kind. */
function hostileFile(base: Record<'xlsx' | 'docx', Buffer>) {
  const edited = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 10 }), cellValue), { minLength: 1, maxLength: 8 })
    .map((edits) => async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(base.xlsx as never);
      for (const [r, c, v] of edits) for (const ws of wb.worksheets) ws.getCell(r, c).value = v;
      return { fileName: 'return.xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
    });
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom('xlsx', 'docx') as fc.Arbitrary<'xlsx' | 'docx'>, fc.nat()).chain(([k]) => damage(base[k]).map((bytes) => async () => ({ fileName: `return.${k}`, bytes }))) },
    { weight: 1, arbitrary: edited },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(['xlsx', 'xl/worksheets/sheet1.xml'], ['xlsx', 'xl/sharedStrings.xml'], ['docx', 'word/document.xml'], ['docx', 'docProps/custom.xml']), hostileXml)
        .map(([[k, entry], xml]) => async () => ({ fileName: `return.${k}`, bytes: await withEntry(base[k as 'xlsx' | 'docx'], entry!, xml) })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('return.xlsx', 'return.docx', 'return.pdf', 'return'), fc.uint8Array({ maxLength: 400 })).map(([fileName, u]) => async () => ({ fileName, bytes: Buffer.from(u) })),
    },
  );
}

for (const kind of ['returns', 'case returns'] as const) {
  describe(`${kind} import`, () => {
    const preview = kind === 'returns' ? 'returns.importPreview' : 'caseAudits.importReturnPreview';
    const commit = kind === 'returns' ? 'returns.importCommit' : 'caseAudits.importReturnCommit';
    const scope = () => (kind === 'returns' ? { cycleId } : { auditId });
    const base = () => (kind === 'returns' ? returnFiles : caseFiles);

    it('refuses damaged and hostile files cleanly, naming the file and the row and column of a cell', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constant(null).chain(() => hostileFile(base())), async (make) => {
          const { fileName, bytes } = await make();
          const input = { ...scope(), file: { fileName, contentBase64: b64(bytes) } };
          const before = quickDigest(b);
          const p = await b.dispatch(preview, input);
          expectCleanRefusal(p, fileName, preview);
          if (p.ok) expectLocatedProblems((p.value as { problems: Array<{ file: string; row?: number; field?: string }> }).problems, fileName, preview);
          expect(changedTables(before, quickDigest(b)), `${preview} wrote`).toBe('none');
          const c = await b.dispatch(commit, input);
          expectCleanRefusal(c, fileName, commit);
          if (!c.ok) expect(changedTables(before, quickDigest(b)), `${commit} refused but wrote`).toBe('none');
        }),
        fuzzParams(400),
      );
    }, 120_000);

    it('refuses zip bombs before opening them', async () => {
      const start = fullDigest(b);
      for (const bomb of BOMBS)
        for (const fileName of ['bomb.xlsx', 'bomb.docx']) {
          const r = await b.dispatch(commit, { ...scope(), file: { fileName, contentBase64: b64(bomb.bytes()) } });
          expectCleanRefusal(r, fileName, bomb.label);
          expect(r.ok ? '' : r.error.message, bomb.label).toMatch(/zip bomb/);
        }
      expect(fullDigest(b)).toBe(start);
    });
  });
}
