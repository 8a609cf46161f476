import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiInput, MethodName } from '../../shared/api/contract';
import { CliError, type CommandContext } from '../../electron/backend/cli/command-context';
import { runCli } from '../../electron/backend/cli/main';
import { toolCommands } from '../../electron/backend/cli/tool-commands';
import { completeFills, fillWorkbook, returnFixture, type ReturnFixture } from '../helpers/return-fixture';

// The CLI's tool commands: issue to a folder with progress, import returns file by file, import history.

function context(f: ReturnFixture, args: { group: string; verb: string; rest?: string[]; values?: Record<string, unknown>; format?: string }) {
  let out = '';
  const c: CommandContext = {
    backend: f.b,
    call: async <M extends MethodName>(method: M, input?: ApiInput<M>) => {
      const r = await f.b.dispatch(method, input);
      if (!r.ok) throw new CliError(`${r.error.message}\n${(r.error.details ?? []).map((d) => `  ${d.message}`).join('\n')}`);
      return r.value as never;
    },
    out: (s) => (out += s),
    format: (args.format ?? 'text') as CommandContext['format'],
    values: (args.values ?? {}) as CommandContext['values'],
    group: args.group,
    verb: args.verb,
    rest: args.rest ?? [],
    dataDir: f.b.dataDir,
  };
  return { c, output: () => out };
}

describe('tool commands', () => {
  let f: ReturnFixture;
  const dir = mkdtempSync(join(tmpdir(), 'audit-desk-tool-cli-'));
  beforeAll(async () => {
    f = await returnFixture({ count: 3 });
  });
  afterAll(async () => {
    await f.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('issues every agency in scope to a folder with a progress line each', async () => {
    const folder = join(dir, 'tools');
    const { c, output } = context(f, { group: 'tools', verb: 'issue', values: { cycle: String(f.cycleId), folder } });
    expect(await toolCommands(c)).toBe(0);
    expect(output()).toMatch(/^\[1\/3\] .+\.xlsx, .+\.docx\n\[2\/3\]/);
    expect(readdirSync(folder)).toHaveLength(6);
    const docxOnly = context(f, { group: 'tools', verb: 'issue', values: { cycle: String(f.cycleId), folder: join(dir, 'word') }, format: 'docx' });
    await toolCommands(docxOnly.c);
    expect(readdirSync(join(dir, 'word')).every((n) => n.endsWith('.docx'))).toBe(true);
  });

  it('imports returns file by file: ok or the problems, and exit 2 when any failed', async () => {
    const fills = completeFills(f.fw, f.scale);
    const good = join(dir, 'tools', readdirSync(join(dir, 'tools')).find((n) => n.startsWith(f.scope[0]!.agencyName) && n.endsWith('.xlsx'))!);
    const filled = join(dir, 'filled.xlsx');
    writeFileSync(filled, await fillWorkbook(readFileSync(good), fills));
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const { c, output } = context(f, { group: 'returns', verb: 'import', values: { cycle: String(f.cycleId) }, rest: [filled, bad] });
    expect(await toolCommands(c)).toBe(2);
    expect(output()).toContain(`filled.xlsx: ok, ${f.scope[0]!.agencyName}: ${fills.size} answers`);
    expect(output()).toContain('bad.xlsx: 1 problem; not imported');
    expect(output()).toContain('1 of 2 files imported');
  });

  it('imports past results', async () => {
    const file = join(dir, 'past.csv');
    writeFileSync(file, 'Agency,Standard/Item,Self rating,Date\nNorthmoor Police,1,Good,18/11/2022\n');
    const values = { framework: String(f.frameworkId), name: 'Audit 2022', type: 's11', period: '2022/23' };
    const { c, output } = context(f, { group: 'history', verb: 'import', rest: [file], values });
    expect(await toolCommands(c)).toBe(0);
    expect(output()).toMatch(/Imported past cycle \d+: Audit 2022 \(2022\/23\), 1 agency, closed/);
    writeFileSync(file, 'Agency,Standard/Item,Self rating\nNorthmoor Police,1,Amber-ish\n');
    const again = context(f, { group: 'history', verb: 'import', rest: [file], values });
    expect(await toolCommands(again.c)).toBe(2);
    expect(again.output()).toContain('row 2, column Self rating: "Amber-ish" is not a rating');
  });

  it('leaves other commands to other modules', async () => {
    expect(await toolCommands(context(f, { group: 'agencies', verb: 'list' }).c)).toBeNull();
  });
});

describe('tool commands through npm run cli', () => {
  it('issues tools for a cycle from the command line', async () => {
    const f = await returnFixture({ count: 1 });
    const { dataDir } = f.b;
    const folder = join(dataDir, 'out');
    await f.b.close();
    try {
      let out = '';
      const code = await runCli(['tools', 'issue', '--cycle', String(f.cycleId), '--folder', folder, '--data', dataDir], (s) => (out += s));
      expect(code).toBe(0);
      expect(out).toContain('Issued 1 self-assessment to');
      expect(existsSync(folder) && readdirSync(folder).length).toBe(2);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
