import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseAuditSummary } from '../../shared/domain/case-audit';
import { startBackend } from '../../electron/backend/app';
import { caseAuditCommands } from '../../electron/backend/cli/case-audit-commands';
import type { CommandContext } from '../../electron/backend/cli/command-context';
import { cliFailure, runCommand } from '../helpers/cli';
import { seedDemoCaseAudits } from '../../electron/backend/demo/demo-case-audits';
import { DEMO_THEMES } from '../../electron/backend/demo/demo-case-audit-text';
import { FIXED_NOW, RESOURCES, call } from '../helpers/backend';
import { openDocx, paragraphTexts, documentXml } from '../helpers/docx';

// `audits list`, `audits report`, `audits open-qa` and `audits risks` against a data folder holding the demo
// programme, as a user would run them.

const run = runCommand;
const failure = cliFailure;

describe('case-file audit commands', () => {
  const data = mkdtempSync(join(tmpdir(), 'audit-desk-audits-cli-'));
  let audits: CaseAuditSummary[] = [];

  beforeAll(async () => {
    await run('init', '--data', data);
    const b = await startBackend({ dataDir: data, resourcesDir: RESOURCES, mode: 'cli', userName: 'tester', now: () => FIXED_NOW });
    try {
      if (!(await call<CaseAuditSummary[]>(b, 'caseAudits.list')).length) await seedDemoCaseAudits(b.ctx.db, { userName: 'tester', now: () => FIXED_NOW }, '2026-11-22');
      audits = await call(b, 'caseAudits.list');
    } finally {
      await b.close();
    }
  });

  const neglect = () => audits.find((a) => a.title === DEMO_THEMES.neglect.title)!;

  it('lists the programme', async () => {
    const r = await run('audits', 'list', '--data', data, '--format', 'json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(rows.map((x) => x.title)).toEqual(audits.map((a) => a.title));
    expect(rows.find((x) => x.id === neglect().id)).toMatchObject({ status: 'complete', openQa: 0 });
  });

  it('writes an audit report to the file given', async () => {
    const out = join(data, 'neglect.docx');
    const r = await run('audits', 'report', String(neglect().id), '--out', out, '--data', data);
    expect(r).toEqual({ code: 0, out: `Wrote ${out}\n` });
    const texts = paragraphTexts(await documentXml(await openDocx(readFileSync(out))));
    expect(texts[0]).toBe(`Multi-agency case-file audit: ${DEMO_THEMES.neglect.title}`);
    expect(await failure('audits', 'report', '--out', out, '--data', data)).toMatch(/Give the audit with --audit ID/);
    expect(await failure('audits', 'report', String(neglect().id), '--out', join(data, 'x.pdf'), '--data', data)).toMatch(/ending \.docx/);
    expect(await failure('audits', 'report', '999', '--out', join(data, 'none.docx'), '--data', data)).toMatch(/Case-file audit 999 does not exist/);
    expect(existsSync(join(data, 'none.docx'))).toBe(false);
  });

  it('takes the audit as --audit ID when the command line declares it', async () => {
    const b = await startBackend({ dataDir: data, resourcesDir: RESOURCES, mode: 'cli', userName: 'tester', now: () => FIXED_NOW });
    const out = join(data, 'by-option.docx');
    let printed = '';
    try {
      const c: CommandContext = {
        backend: b,
        call: async (m, input) => call(b, m, input),
        out: (s) => (printed += s),
        format: 'text',
        values: { audit: String(neglect().id), out } as CommandContext['values'],
        group: 'audits',
        verb: 'report',
        rest: [],
        dataDir: data,
      };
      expect(await caseAuditCommands(c)).toBe(0);
      expect(await caseAuditCommands({ ...c, group: 'agencies' })).toBeNull();
    } finally {
      await b.close();
    }
    expect(printed).toBe(`Wrote ${out}\n`);
    expect(existsSync(out)).toBe(true);
  });

  it('lists returns open in QA, with what is overdue', async () => {
    const r = await run('audits', 'open-qa', '--data', data, '--format', 'json');
    const rows = JSON.parse(r.out) as Array<{ audit: string; status: string; daysOverdue: number | string }>;
    const live = audits.find((a) => a.title === DEMO_THEMES.exploitation.title)!;
    expect(rows.length).toBe(audits.reduce((n, a) => n + a.openQa, 0));
    expect(rows.every((x) => ['issued', 'returned', 'sent_back'].includes(x.status))).toBe(true);
    expect(rows.filter((x) => x.audit === live.title && x.daysOverdue !== '').length).toBe(live.overdueReturns);
    const text = await run('audits', 'open-qa', '--data', data);
    expect(text.out.split('\n')[0]).toMatch(/^returnId\s+audit\s+case\s+agency\s+status\s+due\s+daysOverdue\s+lastChased$/);
    expect(text.out).toMatch(/Sent back/);
  });

  it('lists open risk flags, and refuses a format it cannot print', async () => {
    const r = await run('audits', 'risks', '--data', data, '--format', 'json');
    const rows = JSON.parse(r.out) as Array<{ audit: string; kind: string; status: string }>;
    expect(rows).toEqual([expect.objectContaining({ audit: DEMO_THEMES.exploitation.title, kind: 'unsafe_practice', status: 'raised' })]);
    expect(await failure('audits', 'risks', '--data', data, '--format', 'xlsx')).toMatch(/--format must be text, csv or json/);
    expect(await failure('audits', 'frobnicate', '--data', data)).toMatch(/Unknown command "audits frobnicate"/);
  });
});
