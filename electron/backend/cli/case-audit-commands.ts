import { resolve } from 'node:path';
import { CASE_RETURN_STATUS_LABELS, OPEN_QA_STATUSES, RISK_KIND_LABELS, RISK_STATUS_LABELS } from '../../../shared/domain/case-audit';
import { writeFileAtomic } from '../io/atomic-write';
import { CliError, type AreaCommands, type CommandContext } from './command-context';
import { formatRows } from './format';

// Multi-agency case-file audits from the command line:
//   audits list [--format text|csv|json]
//   audits report --audit ID --out FILE.docx      (or: audits report ID FILE.docx)
//   audits open-qa [--format text|csv|json]       returns issued, awaiting QA or sent back
//   audits risks [--format text|csv|json]         risk flags not yet closed

/** Options these commands read beyond the shared ones (main.ts declares them for parseArgs). */
type AuditValues = CommandContext['values'] & { audit?: string; out?: string };

const listFormat = (c: CommandContext) => {
  if (!['text', 'csv', 'json'].includes(c.format)) throw new CliError(`--format must be text, csv or json, not "${c.format}".`);
  return c.format;
};

async function report(c: CommandContext): Promise<number> {
  const v = c.values as AuditValues;
  const raw = v.audit ?? c.rest[0];
  const auditId = Number(raw);
  if (!raw || !Number.isInteger(auditId) || auditId <= 0) throw new CliError('Give the audit with --audit ID (see `audits list`).');
  const out = v.out ?? (v.audit ? c.rest[0] : c.rest[1]);
  if (!out) throw new CliError('Give the file to write with --out FILE.docx.');
  if (!out.toLowerCase().endsWith('.docx')) throw new CliError(`The report is a Word document: give a file ending .docx, not "${out}".`);
  const g = await c.call('caseAudits.reportDocx', { auditId });
  await writeFileAtomic(resolve(out), Buffer.from(g.contentBase64, 'base64'));
  c.out(`Wrote ${resolve(out)}\n`);
  return 0;
}

async function list(c: CommandContext): Promise<number> {
  const rows = await c.call('caseAudits.list');
  c.out(
    formatRows(
      rows.map((a) => ({ id: a.id, year: a.programmeYear, title: a.title, theme: a.theme, status: a.status, urgent: a.urgent ? 'yes' : '', cases: a.caseCount, accepted: `${a.returnsAccepted}/${a.returnCount}`, openQa: a.openQa, openRisks: a.openRisks })),
      listFormat(c),
    ),
  );
  return 0;
}

async function openQa(c: CommandContext): Promise<number> {
  const rows = await c.call('caseAudits.returns', { statuses: [...OPEN_QA_STATUSES] });
  const format = listFormat(c);
  c.out(
    formatRows(
      rows.map((r) => ({
        returnId: r.id,
        audit: r.auditTitle,
        case: r.caseReference,
        agency: r.agencyName,
        status: format === 'json' ? r.status : CASE_RETURN_STATUS_LABELS[r.status],
        due: r.dueDate ?? '',
        daysOverdue: r.daysOverdue ?? '',
        lastChased: r.lastChasedOn ?? '',
      })),
      format,
    ),
  );
  return 0;
}

async function risks(c: CommandContext): Promise<number> {
  const rows = await c.call('caseAudits.risks', { openOnly: true });
  const format = listFormat(c);
  c.out(
    formatRows(
      rows.map((r) => ({
        id: r.id,
        audit: r.auditTitle,
        case: r.caseReference ?? '',
        agency: r.agencyName ?? '',
        kind: format === 'json' ? r.kind : RISK_KIND_LABELS[r.kind],
        raised: r.raisedOn,
        daysOpen: r.daysOpen ?? '',
        status: format === 'json' ? r.status : RISK_STATUS_LABELS[r.status],
      })),
      format,
    ),
  );
  return 0;
}

export const caseAuditCommands: AreaCommands = async (c) => {
  if (c.group !== 'audits') return null;
  switch (c.verb) {
    case 'list':
      return list(c);
    case 'report':
      return report(c);
    case 'open-qa':
      return openQa(c);
    case 'risks':
      return risks(c);
    default:
      throw new CliError(`Unknown command "audits ${c.verb ?? ''}". Try: audits list, audits report, audits open-qa, audits risks.`);
  }
};
