import { join, resolve } from 'node:path';
import { isClosedAction, type ActionRow } from '../../../shared/domain/action';
import { quarterOf } from '../../../shared/domain/dates';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { invalid } from '../errors';
import { writeFileAtomic } from '../io/atomic-write';
import { buildActionsWorkbook } from '../io/actions-xlsx-write';
import { XLSX_MIME } from '../io/register-export';
import { DOCX_MIME } from '../io/tool-docx-write';
import { formatLongDate } from '../reports/kit/dates';
import { uniqueFileNames, windowsFileName } from '../io/windows-file-name';
import { agencyTrackerChildren, buildTrackerDocx, partnershipTrackerChildren, trackerTitle, type TrackerContext } from '../reports/action-tracker';
import { listActions } from './actions-read';
import { getSettings } from './settings';
import { todayOf } from './write-context';

// The assurance meeting pack: a Word tracker for each agency with actions, one for the partnership, and
// the workbook of them all; written to a folder on the desktop, returned as files for the browser.

export interface PackInput {
  meetingDate: string;
  meetingName: string;
  cycleId?: number;
  agencyIds?: number[];
  includePartnership: boolean;
  includeClosedSince?: string;
  folder?: string;
  /** Tests leave fonts out to keep documents small; the app always embeds them. */
  embedFonts?: boolean;
}

type PackCtx = Pick<ServiceContext, 'now' | 'userName' | 'resourcesDir'>;

/** The day an action closed: completion, else (dropped) its last update, which is the one that dropped it. */
const closedOn = (r: ActionRow): string => r.completedOn ?? r.lastUpdateOn ?? r.createdOn;

/** Open actions, and those closed on or after `since`: what a meeting reviews. */
export function packActions(rows: readonly ActionRow[], since: string): ActionRow[] {
  return rows.filter((r) => !isClosedAction(r.status) || closedOn(r) >= since);
}

interface PackDoc {
  stem: string;
  ext: '.docx' | '.xlsx';
  bytes: Buffer;
}

export async function buildActionPack(db: Db, ctx: PackCtx, input: PackInput): Promise<{ files: GeneratedFile[]; paths: string[] }> {
  const today = todayOf(ctx);
  const since = input.includeClosedSince ?? quarterOf(input.meetingDate).start;
  const listed = packActions(await listActions(db, { bucket: 'all', ...(input.cycleId ? { cycleId: input.cycleId } : {}) }, today), since);
  const wanted = input.agencyIds ? new Set(input.agencyIds) : null;
  const everyAgency = listed.filter((r) => r.kind === 'agency' && r.agencyId !== null);
  const agencyRows = everyAgency.filter((r) => !wanted || wanted.has(r.agencyId!));
  const partnershipRows = input.includePartnership ? listed.filter((r) => r.kind === 'partnership') : [];
  if (!agencyRows.length && !input.includePartnership)
    throw invalid(`There is nothing to put in the pack: none of the agencies chosen has open actions or actions closed since ${formatLongDate(since)}.`, [
      { field: 'agencyIds', message: 'no actions to list' },
    ]);

  const settings = await getSettings(db);
  const c: TrackerContext = {
    settings,
    fontsDir: join(ctx.resourcesDir, 'fonts'),
    author: ctx.userName,
    today,
    meetingName: input.meetingName,
    meetingDate: input.meetingDate,
    closedSince: since,
    ...(input.embedFonts === false ? { embedFonts: false } : {}),
  };
  const byAgency = new Map<number, { name: string; rows: ActionRow[] }>();
  for (const r of agencyRows) {
    const entry = byAgency.get(r.agencyId!) ?? { name: r.agencyName ?? `Agency ${r.agencyId}`, rows: [] };
    entry.rows.push(r);
    byAgency.set(r.agencyId!, entry);
  }
  const agencies = [...byAgency.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const when = `${input.meetingName} ${input.meetingDate}`;
  const docs: PackDoc[] = [];
  if (input.includePartnership) {
    const groupOrder = (await db.selectFrom('action_groups').select('name').orderBy('sort_order').orderBy('id').execute()).map((g) => g.name);
    // The partnership's view counts every agency's actions; agencyIds chooses only which agency trackers are made.
    const children = partnershipTrackerChildren(c, partnershipRows, everyAgency, groupOrder);
    docs.push({ stem: `Action plan tracker - Partnership - ${when}`, ext: '.docx', bytes: await buildTrackerDocx(c, trackerTitle('Partnership', c), children) });
  }
  for (const a of agencies)
    docs.push({ stem: `Action plan tracker - ${a.name} - ${when}`, ext: '.docx', bytes: await buildTrackerDocx(c, trackerTitle(a.name, c), agencyTrackerChildren(c, a.name, a.rows)) });
  const workbook = await buildActionsWorkbook([...agencyRows, ...partnershipRows], {
    title: `Action plan tracker: ${input.meetingName}`,
    partnershipName: settings.partnershipName,
    today,
    author: ctx.userName,
  });
  docs.push({ stem: `Action plan tracker - ${when}`, ext: '.xlsx', bytes: workbook });

  const names = uniqueFileNames(docs.map((d) => windowsFileName(d.stem, d.ext, { maxLength: 150 })));
  const paths: string[] = [];
  if (input.folder)
    for (const [i, d] of docs.entries()) {
      const path = join(resolve(input.folder), names[i]!);
      await writeFileAtomic(path, d.bytes);
      paths.push(path);
    }
  // Written to a folder, the files stay there: sending them back too would only cost memory.
  const files = input.folder ? [] : docs.map((d, i) => ({ fileName: names[i]!, mimeType: d.ext === '.docx' ? DOCX_MIME : XLSX_MIME, contentBase64: d.bytes.toString('base64') }));
  return { files, paths };
}
