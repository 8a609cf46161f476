import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionDetail, ActionGroup } from '../../shared/domain/action';
import { cliFailure, runCommand } from '../helpers/cli';
import { createAgency } from '../../electron/backend/services/agencies';
import { listSectors } from '../../electron/backend/services/sectors';
import { coreProperty, coreXml, openDocx } from '../helpers/docx';
import { call, tempBackend } from '../helpers/backend';
import { agencyFields } from '../helpers/register-files';

// `actions overdue` and `actions export` on a data folder made beforehand. The CLI runs on the real clock,
// so the overdue actions are due in 2020 and the others in 2099: the same whatever day the tests run.

const run = runCommand;
const failure = cliFailure;

describe('action commands', () => {
  let data = '';
  const ids = { alder: 0, birch: 0 };
  const refs = { x1: '', x2: '', x3: '', p1: '' };

  beforeAll(async () => {
    const b = await tempBackend();
    data = b.dataDir;
    const health = (await listSectors(b.ctx.db)).find((s) => s.code === 'health')!.id;
    ids.alder = (await createAgency(b.ctx.db, b.ctx, agencyFields(health, { name: 'Alder Primary School', duties: ['s11'] }))).id;
    ids.birch = (await createAgency(b.ctx.db, b.ctx, agencyFields(health, { name: 'Birch Health Trust', duties: ['s11'] }))).id;
    const make = async (input: Record<string, unknown>) => (await call<ActionDetail>(b, 'actions.create', { kind: 'agency', ...input })).reference;
    refs.x1 = await make({ agencyId: ids.alder, description: 'Audit files, "all of them"', dueDate: '2020-01-15', ownerName: 'Head teacher' });
    refs.x2 = await make({ agencyId: ids.birch, description: 'Review the missing-from-home protocol', dueDate: '2020-03-01' });
    refs.x3 = await make({ agencyId: ids.alder, description: 'Refresh training', dueDate: '2099-12-31' });
    const executive = (await call<ActionGroup[]>(b, 'actionGroups.list')).find((g) => g.name === 'Executive')!.id;
    refs.p1 = await make({ kind: 'partnership', groupId: executive, description: 'Publish the annual report', dueDate: '2099-06-30' });
    await b.close();
  });

  it('lists overdue actions as text, most overdue first', async () => {
    const r = await run('actions', 'overdue', '--data', data);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^2 actions are overdue as at \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(lines[1]).toMatch(/^reference\s+agency\s+standard\s+description\s+owner\s+dueDate\s+daysOverdue\s+status\s+lastUpdate$/);
    expect(lines[3]).toMatch(new RegExp(`^${refs.x1}\\s+Alder Primary School\\s+Audit files, "all of them"\\s+Head teacher\\s+2020-01-15\\s+\\d+\\s+Not started$`));
    expect(lines[4]).toMatch(new RegExp(`^${refs.x2}\\s+Birch Health Trust`));
    expect(r.out).not.toContain(refs.x3);
  });

  it('lists them as CSV and JSON, filtered by agency', async () => {
    const csv = (await run('actions', 'overdue', '--data', data, '--format', 'csv')).out.split('\r\n');
    expect(csv[0]).toBe('reference,agency,standard,description,owner,dueDate,daysOverdue,status,lastUpdate');
    expect(csv[1]).toMatch(new RegExp(`^${refs.x1},Alder Primary School,,"Audit files, ""all of them""",Head teacher,2020-01-15,\\d+,Not started,$`));
    expect(csv).toHaveLength(4); // heading, two rows, and the final line end
    const json = JSON.parse((await run('actions', 'overdue', '--data', data, '--format', 'json', '--agency', String(ids.alder))).out);
    expect(json).toEqual([{ reference: refs.x1, agency: 'Alder Primary School', standard: '', description: 'Audit files, "all of them"', owner: 'Head teacher', dueDate: '2020-01-15', daysOverdue: expect.any(Number), status: 'Not started', lastUpdate: '' }]);
    expect(json[0].daysOverdue).toBeGreaterThan(2000);
  });

  it('exports the open actions as a workbook, for everyone or one agency', async () => {
    const out = join(data, 'tracker.xlsx');
    const r = await run('actions', 'export', '--out', out, '--data', data);
    expect(r).toEqual({ code: 0, out: `Wrote ${out}\n` });
    const refsIn = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
      const found: string[] = [];
      wb.getWorksheet('Actions')!.eachRow((row, n) => (n > 1 ? found.push(String(row.getCell(1).value)) : null));
      return found.sort();
    };
    expect(await refsIn(out)).toEqual([refs.x1, refs.x2, refs.x3, refs.p1].sort());
    const alder = join(data, 'alder.xlsx');
    await run('actions', 'export', '--format', 'xlsx', '--out', alder, '--agency', String(ids.alder), '--data', data);
    expect(await refsIn(alder)).toEqual([refs.x1, refs.x3].sort());
  });

  it("exports the partnership's Word tracker, or one agency's", async () => {
    const title = async (file: string) => coreProperty(await coreXml(await openDocx(readFileSync(file))), 'dc:title');
    const whole = join(data, 'tracker.docx');
    expect((await run('actions', 'export', '--format', 'docx', '--out', whole, '--data', data)).code).toBe(0);
    expect(await title(whole)).toMatch(/^Action plan tracker — Partnership — Assurance meeting \d{1,2} [A-Z][a-z]+ \d{4}$/);
    const alder = join(data, 'alder.docx');
    await run('actions', 'export', '--out', alder, '--agency', String(ids.alder), '--name', 'March assurance meeting', '--data', data);
    expect(await title(alder)).toMatch(/^Action plan tracker — Alder Primary School — March assurance meeting \d{1,2} [A-Z][a-z]+ \d{4}$/);
  });

  it('says what is wrong with the command line, and writes nothing', async () => {
    expect(await failure('actions', 'export', '--data', data)).toBe('Give the file to write with --out FILE (.xlsx or .docx).');
    expect(await failure('actions', 'export', '--out', join(data, 'x.txt'), '--data', data)).toMatch(/^actions export writes xlsx or docx/);
    expect(existsSync(join(data, 'x.txt'))).toBe(false);
    expect(await failure('actions', 'overdue', '--format', 'xlsx', '--data', data)).toBe('--format for actions overdue is text, csv or json, not "xlsx".');
    expect(await failure('actions', 'overdue', '--agency', 'alder', '--data', data)).toBe('--agency takes an id (a whole number), not "alder".');
    expect(await failure('actions', 'export', '--out', join(data, 'y.docx'), '--agency', '9999', '--data', data)).toContain('nothing to put in the pack');
    expect(existsSync(join(data, 'y.docx'))).toBe(false);
  });
});
