import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/backend/errors';
import { createParsePool, parseWorkerScript, readOnThread } from '../../electron/backend/io/parse-pool';
import { call } from '../helpers/backend';
import { completeFills, fillWorkbook, returnFixture, type ReturnFixture } from '../helpers/return-fixture';
import { BOMBS } from './fuzz-zip';

// Returns are read on worker threads during an import. A worker must read exactly what the calling thread reads,
// send the same errors back, and never be the reason an import fails.

let f: ReturnFixture;
let workbook: Uint8Array;
beforeAll(async () => {
  f = await returnFixture({ count: 1 });
  const issued = await call<{ files: Array<{ contentBase64: string }> }>(f.b, 'tools.issue', { cycleAgencyId: f.scope[0]!.cycleAgencyId, formats: ['xlsx'], markIssued: true });
  workbook = new Uint8Array(await fillWorkbook(Buffer.from(issued.files[0]!.contentBase64, 'base64'), completeFills(f.fw, f.scale)));
});
afterAll(() => f.close());

describe('parse pool', () => {
  it('finds its worker script beside the source', () => {
    expect(parseWorkerScript()?.url.pathname).toMatch(/parse-worker\.ts$/);
  });

  it('reads a return on a worker exactly as on this thread', async () => {
    const pool = createParsePool(2);
    try {
      expect(pool.size).toBe(2);
      const [a, b] = await Promise.all([pool.read('xlsx', 'r.xlsx', workbook, f.fw, f.scale), pool.read('xlsx', 'r.xlsx', workbook, f.fw, f.scale)]);
      const here = await readOnThread('xlsx', 'r.xlsx', workbook, f.fw, f.scale);
      expect(here.answers.length).toBe(f.fw.targets.filter((t) => t.ratable).length);
      expect(a).toEqual(here);
      expect(b).toEqual(here);
      expect(pool.size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('sends a refusal back as the same typed error, naming the file', async () => {
    const pool = createParsePool(1);
    try {
      const bomb = BOMBS.find((x) => x.label === 'workbook lying about its size')!;
      const err = await pool.read('xlsx', 'bomb.xlsx', new Uint8Array(bomb.bytes()), f.fw, f.scale).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('import_invalid');
      expect((err as AppError).message).toMatch(/^bomb\.xlsx .*zip bomb/);
    } finally {
      await pool.close();
    }
  });

  it('reads on this thread when its worker cannot start', async () => {
    const pool = createParsePool(1, { url: new URL('file:///nonexistent/parse-worker.js'), execArgv: [] });
    try {
      const read = await pool.read('xlsx', 'r.xlsx', workbook, f.fw, f.scale);
      expect(read.answers.length).toBe(f.fw.targets.filter((t) => t.ratable).length);
      expect(pool.size).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('is what the backend imports returns with', async () => {
    const file = { fileName: 'return.xlsx', contentBase64: Buffer.from(workbook).toString('base64') };
    const preview = await call<{ problems: unknown[]; answers: number }>(f.b, 'returns.importPreview', { cycleId: f.cycleId, file });
    expect(preview.problems).toEqual([]);
    expect(preview.answers).toBe(f.fw.targets.filter((t) => t.ratable).length);
    expect(typeof f.b.ctx.readTool).toBe('function');
  });
});
