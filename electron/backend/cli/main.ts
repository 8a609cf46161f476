import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api/contract';
import type { GeneratedFile } from '../../../shared/domain/settings';
import { startBackend, type Backend } from '../app';
import { writeFileAtomic } from '../io/atomic-write';
import { defaultDataDir } from '../paths';
import { CliError, type CommandContext } from './command-context';
import { formatRows, type OutputFormat } from './format';
import { AREA_COMMANDS } from './area-commands';
import { storageCommandsBeforeOpen } from './storage-commands';

export { CliError };

// `npm run cli -- <command>`: the same dispatcher as the app, so the CLI can do nothing the app could not.

const HELP = `Audit Desk command line

Usage: npm run cli -- <command> [options]

Commands:
  init                          create (or open and upgrade) the database; --no-demo for an empty one
  info                          data folder, database and schema version
  agencies list                 list agencies (--search TEXT, --inactive, --format text|csv|json)
  agencies import FILE          import agencies from .csv or .xlsx (--dry-run shows the preview only)
  agencies export FILE          export agencies to .xlsx (--inactive to include inactive)
  contacts list                 list contacts (--search TEXT, --format text|csv|json)
  contacts import FILE          import contacts from .csv or .xlsx (--dry-run)
  contacts export FILE          export contacts to .xlsx
  frameworks list               list framework versions
  frameworks import FILE        import a framework (.json or .xlsx) as a new draft version
  frameworks export ID FILE     export a framework version (.json or .xlsx, by the file's extension)
  report register FILE          write the agency register (.docx)
  cycles list                   list audit cycles
  cycles open SPEC.json         open a cycle from a JSON spec (see docs/formats.md)
  returns summary --cycle ID    the returns board as text (--format json)
  chasers create --cycle ID --folder DIR
                                reminder .eml drafts for the overdue agencies
  tools issue --cycle ID --folder DIR [--format xlsx|docx|both]
                                write each agency's self-assessment tool
  returns import --cycle ID FILE...
                                import completed returns (.xlsx or .docx)
  history import FILE --framework ID --name NAME --type s11 --period 2022/23
                                import a past cycle's results
  actions overdue               overdue actions (--agency ID, --cycle ID, --format text|csv|json)
  actions export --out FILE [--format xlsx|docx]
                                the action tracker: workbook of open actions, or the Word tracker
                                (the partnership's, or one agency's with --agency ID; --name MEETING)
  meetings schedule --cycle ID  the cycle's scrutiny meetings: date, time, agency, status (--format json)
  meetings ics --cycle ID --out FILE
                                the cycle's meetings and challenge events as a calendar file (.ics)
  report board-paper --cycle ID --out FILE
                                the cycle's board paper (Word)
  report letters --cycle ID --out FOLDER
                                a feedback letter for every agency in scope
  report extract --out FILE [--cycles A,B,C]
                                the annual-report extract (default: the latest three cycles)
  audits list                   the case-file audit programme (--format text|csv|json)
  audits report --audit ID --out FILE
                                one case-file audit's summary report (Word)
  audits open-qa                case returns issued, awaiting quality assurance or sent back
  audits risks                  immediate-risk flags not yet closed
  storage info                  data folder location (local or network share), journal mode, last backup
  backups list                  backups of the database and evidence, newest first
  backups create                back up now
  backups restore NAME          replace the data with a backup (the current data is backed up first)

Options:
  --data DIR                    data folder (default: the desktop app's, or AUDIT_DESK_DATA)
  --format text|csv|json        output format for list commands (default text)
`;

export async function runCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      format: { type: 'string', default: 'text' },
      search: { type: 'string' },
      inactive: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
      folder: { type: 'string' },
      cycle: { type: 'string' },
      framework: { type: 'string' },
      name: { type: 'string' },
      type: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      agency: { type: 'string' },
      audit: { type: 'string' },
      cycles: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [group, verb, ...rest] = positionals;
  if (values.help || !group) {
    out(HELP);
    return group || values.help ? 0 : 1;
  }
  const format = values.format as OutputFormat;
  // Lists print text, csv or json; `tools issue` writes xlsx, docx or both.
  if (!['text', 'csv', 'json', 'xlsx', 'docx', 'both'].includes(format))
    throw new CliError(`--format must be text, csv or json (or xlsx, docx, both for tools issue), not "${format}"`);
  const dataDir = resolve(values.data ?? defaultDataDir());
  const early = await storageCommandsBeforeOpen(group, verb, rest, dataDir, format, out);
  if (early !== null) return early;
  const backend = await startBackend({
    dataDir,
    resourcesDir: resolve(import.meta.dirname, '..', '..', '..', 'resources'),
    mode: 'cli',
    seedDemo: !values['no-demo'],
  });
  try {
    const call = async <M extends MethodName>(method: M, input?: ApiInput<M>): Promise<ApiOutput<M>> => {
      const r = await backend.dispatch(method, input);
      if (!r.ok) {
        const lines = (r.error.details ?? []).map(
          (d) => `  ${[d.file, d.row !== undefined ? `row ${d.row}` : null, d.field].filter(Boolean).join(', ')}: ${d.message}`,
        );
        throw new CliError([r.error.message, ...lines.slice(0, 50), lines.length > 50 ? `  …and ${lines.length - 50} more` : '']
          .filter(Boolean)
          .join('\n'));
      }
      return r.value as ApiOutput<M>;
    };
    return await dispatchCommand({ backend, call, out, format, values, group, verb, rest, dataDir });
  } finally {
    await backend.close();
  }
}


export const upload = async (file: string) => ({ fileName: basename(file), contentBase64: (await readFile(file)).toString('base64') });
export const save = async (file: string, g: GeneratedFile, out: (s: string) => void) => {
  await writeFileAtomic(resolve(file), Buffer.from(g.contentBase64, 'base64'));
  out(`Wrote ${resolve(file)}\n`);
};
export const need = (v: string | undefined, what: string) => {
  if (!v) throw new CliError(`Missing ${what}. Try --help.`);
  return v;
};

async function dispatchCommand(c: CommandContext): Promise<number> {
  const key = `${c.group} ${c.verb ?? ''}`.trim();
  // Each feature area adds its own commands; the first that knows the command runs it.
  for (const run of AREA_COMMANDS) {
    const code = await run(c);
    if (code !== null) return code;
  }
  switch (key) {
    case 'init':
    case 'info': {
      const info = await c.call('app.info');
      const settings = await c.call('settings.get');
      c.out(formatRows([{ partnership: settings.partnershipName, dataFolder: info.dataDir, database: info.databasePath, schema: info.schemaVersion }], c.format));
      return 0;
    }
    case 'agencies list': {
      const rows = await c.call('agencies.list', { search: c.values.search, includeInactive: c.values.inactive });
      c.out(formatRows(rows.map((r) => ({ id: r.id, name: r.name, sector: r.sectorName, duties: r.duties.join(' '), urn: r.schoolUrn ?? r.ofstedUrn ?? '', postcode: r.postcode ?? '', lead: r.safeguardingLead ?? '', active: r.active ? 'yes' : 'no' })), c.format));
      return 0;
    }
    case 'contacts list': {
      const rows = await c.call('contacts.list', { search: c.values.search, includeInactive: c.values.inactive });
      c.out(formatRows(rows.map((r) => ({ id: r.id, name: r.fullName, jobTitle: r.jobTitle ?? '', email: r.email ?? '', agencies: r.agencySummary })), c.format));
      return 0;
    }
    case 'agencies import':
    case 'contacts import': {
      const file = await upload(need(c.rest[0], 'the file to import'));
      const preview = await c.call(c.group === 'agencies' ? 'agencies.importPreview' : 'contacts.importPreview', file);
      const issues = [...preview.fileIssues, ...preview.rows.flatMap((r) => r.issues.map((i) => `row ${i.row}, column ${i.column}: ${i.message}`))];
      const p = preview.counts;
      c.out(`${file.fileName}: ${p.total} rows: ${p.new} new, ${p.update} updates, ${p.duplicateInFile} duplicates in the file, ${p.error} with errors\n`);
      issues.slice(0, 100).forEach((i) => c.out(`  ${i}\n`));
      if (issues.length) {
        c.out('Nothing was imported. Correct the file and run the import again.\n');
        return 2;
      }
      if (c.values['dry-run']) return 0;
      const r = await c.call(c.group === 'agencies' ? 'agencies.importCommit' : 'contacts.importCommit', file);
      c.out(`Imported: ${r.created} new, ${r.updated} updated, ${r.skipped} skipped\n`);
      return 0;
    }
    case 'agencies export':
      await save(need(c.rest[0], 'the file to write'), await c.call('agencies.exportXlsx', { includeInactive: c.values.inactive }), c.out);
      return 0;
    case 'contacts export':
      await save(need(c.rest[0], 'the file to write'), await c.call('contacts.exportXlsx'), c.out);
      return 0;
    case 'frameworks list': {
      const rows = await c.call('frameworks.list');
      c.out(formatRows(rows.map((f) => ({ id: f.id, name: f.name, version: f.versionLabel, status: f.status, frozen: f.frozen ? 'yes' : 'no', standards: f.standardCount, items: f.itemCount, scale: f.scaleName })), c.format));
      return 0;
    }
    case 'frameworks import': {
      const path = need(c.rest[0], 'the file to import');
      const file = await upload(path);
      const f = await c.call(path.toLowerCase().endsWith('.xlsx') ? 'frameworks.importXlsx' : 'frameworks.importJson', file);
      c.out(`Imported ${f.name} (${f.versionLabel}) as draft version ${f.versionNumber}, id ${f.id}\n`);
      return 0;
    }
    case 'frameworks export': {
      const id = Number(need(c.rest[0], 'the framework id'));
      const path = need(c.rest[1], 'the file to write');
      await save(path, await c.call(path.toLowerCase().endsWith('.xlsx') ? 'frameworks.exportXlsx' : 'frameworks.exportJson', { id }), c.out);
      return 0;
    }
    case 'report register':
      await save(need(c.rest[0], 'the file to write'), await c.call('reports.agencyRegister', { includeInactive: c.values.inactive }), c.out);
      return 0;
    default:
      throw new CliError(`Unknown command "${key}". Try --help.`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  runCli(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((err) => {
      console.error(err instanceof CliError ? err.message : err instanceof Error ? `Error: ${err.message}` : String(err));
      process.exit(1);
    });
}
