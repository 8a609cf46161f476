import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, tempBackend } from '../helpers/backend';
import { b64, expectCleanRefusal, fullDigest, fuzzParams, hostileString } from './fuzz-kit';

// Bytes that are not what their name says, for every import method: random binary, text, a zip's first bytes
// and nothing else, an old Office (OLE) header, empty files, hostile file names. Every one must be refused
// with a typed error naming the file, and none may write anything.
//
// Inputs across the fuzz files (numRuns at AUDIT_DESK_FUZZ_SCALE=1, 4 bombs): fuzz-bytes 8 x 400 = 3,200;
// fuzz-tabular 4 x (1,000 + 40 + 150 + 4) = 4,776; fuzz-files 600 + 700 + 150 + 4 + 2 x (400 + 8) = 2,270.
// In all 10,246, besides fuzz-api's arguments (25 per method).

type Backend = Awaited<ReturnType<typeof tempBackend>>;
let b: Backend;
let ids: { frameworkId: number; agencyId: number; cycleId: number; auditId: number };

beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
  const cycle = (await call<Array<{ id: number; status: string }>>(b, 'cycles.list')).find((c) => c.status === 'open')!;
  ids = {
    frameworkId: (await call<Array<{ id: number }>>(b, 'frameworks.list'))[0]!.id,
    agencyId: (await call<Array<{ id: number }>>(b, 'agencies.list'))[0]!.id,
    cycleId: cycle.id,
    auditId: (await call<Array<{ id: number }>>(b, 'caseAudits.list'))[0]!.id,
  };
}, 60_000);
afterAll(() => b.close());

type File = { fileName: string; contentBase64: string };
const METHODS: Array<[string, (file: File) => unknown]> = [
  ['agencies.importCommit', (file) => file],
  ['contacts.importCommit', (file) => file],
  ['cycles.importHistoryCommit', (file) => ({ ...file, frameworkId: ids.frameworkId, name: 'History', cycleType: 's11', periodLabel: '2018/19' })],
  ['actions.importCommit', (file) => ({ ...file, agencyId: ids.agencyId })],
  ['frameworks.importJson', (file) => file],
  ['frameworks.importXlsx', (file) => file],
  ['returns.importCommit', (file) => ({ cycleId: ids.cycleId, file })],
  ['caseAudits.importReturnCommit', (file) => ({ auditId: ids.auditId, file })],
];

const ZIP_HEAD = [0x50, 0x4b, 0x03, 0x04];
const OLE_HEAD = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const wrongBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.uint8Array({ maxLength: 300 }).map((u) => Uint8Array.from([...ZIP_HEAD, ...u])),
  fc.uint8Array({ maxLength: 300 }).map((u) => Uint8Array.from([...OLE_HEAD, ...u])),
  fc.uint8Array({ maxLength: 100 }).map((u) => Uint8Array.from([...ZIP_HEAD, ...u, 0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0xff)])),
  hostileString.map((s) => new TextEncoder().encode(s)),
  fc.constant(new Uint8Array(0)),
);
const fileName = fc.oneof(
  fc.constantFrom('a.xlsx', 'a.docx', 'a.csv', 'a.json', 'a.XLSX', 'a.xls', 'a.doc', 'a.pdf', 'a.xlsx.exe', 'noext', '.xlsx', 'CON.xlsx'),
  fc.tuple(hostileString.filter((s) => s.length > 0 && s.length <= 200), fc.constantFrom('.xlsx', '.docx', '.csv', '.json')).map(([s, e]) => s + e),
);

describe('bytes that are not what their name says', () => {
  for (const [method, input] of METHODS)
    it(`${method} refuses them cleanly and writes nothing`, async () => {
      const start = fullDigest(b);
      await fc.assert(
        fc.asyncProperty(wrongBytes, fileName, async (bytes, name) => {
          const r = await b.dispatch(method, input({ fileName: name, contentBase64: b64(bytes) }));
          // Random text can be a valid CSV or JSON by chance only if it parses as one: never for binary junk.
          if (r.ok) return;
          expectCleanRefusal(r, name, method);
        }),
        fuzzParams(400),
      );
      expect(fullDigest(b)).toBe(start);
    }, 120_000);
});
