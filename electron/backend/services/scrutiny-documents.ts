import { join, resolve } from 'node:path';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { writeFileAtomic } from '../io/atomic-write';
import { ICS_MIME } from '../io/ics';
import { uniqueFileNames, windowsFileName } from '../io/windows-file-name';
import { buildChallengeSummary } from '../reports/challenge-summary';
import { buildMeetingAgenda } from '../reports/meeting-agenda';
import { buildScrutinyOverview } from '../reports/scrutiny-overview';
import type { ScrutinyDocContext } from '../reports/scrutiny-words';
import { challengeIcs } from './challenge-ics';
import { getChallengeEvent } from './challenge-read';
import { getMeetingDetail } from './meeting-detail';
import { listMeetings } from './meetings-read';
import { scrutinyOverview } from './scrutiny-overview';
import { getSettings } from './settings';
import { todayOf } from './write-context';

// The scrutiny files: what each is called and where it goes. Builders in reports/ turn data into bytes; here
// they get their data and names, and several agendas go to a folder, each written whole or not at all.

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
type DocCtx = Pick<ServiceContext, 'now' | 'userName' | 'resourcesDir'>;

const fileOf = (fileName: string, mimeType: string, bytes: Buffer): GeneratedFile => ({ fileName, mimeType, contentBase64: bytes.toString('base64') });

async function docContext(db: Db, ctx: DocCtx): Promise<ScrutinyDocContext> {
  return { settings: await getSettings(db), generatedAt: ctx.now(), authorName: ctx.userName, fontsDir: join(ctx.resourcesDir, 'fonts') };
}

async function cycleName(db: Db, cycleId: number): Promise<string> {
  return (await db.selectFrom('cycles').select('name').where('id', '=', cycleId).executeTakeFirstOrThrow()).name;
}

export async function challengeSummaryFile(db: Db, ctx: DocCtx, id: number): Promise<GeneratedFile> {
  const event = await getChallengeEvent(db, id);
  const bytes = await buildChallengeSummary({ ...(await docContext(db, ctx)), event, cycleName: await cycleName(db, event.cycleId) });
  return fileOf(windowsFileName(`${event.title} ${event.date} - summary`, '.docx', { maxLength: 150 }), DOCX_MIME, bytes);
}

export async function challengeIcsFile(db: Db, ctx: Pick<ServiceContext, 'now'>, id: number): Promise<GeneratedFile> {
  const event = await getChallengeEvent(db, id);
  return fileOf(windowsFileName(`${event.title} ${event.date}`, '.ics', { maxLength: 150 }), ICS_MIME, Buffer.from(await challengeIcs(db, id, ctx.now()), 'utf8'));
}

/** "Northmoor Police - scrutiny meeting 2026-12-03.docx". */
export const agendaFileName = (agencyName: string, start: string) => windowsFileName(`${agencyName} - scrutiny meeting ${start.slice(0, 10)}`, '.docx', { maxLength: 150 });

/**
 * The Word agenda of each meeting. With a folder they are written there (each atomically; names made unique
 * as Windows compares them) and only the paths come back; without one the files come back to download.
 */
export async function meetingAgendaFiles(db: Db, ctx: DocCtx, meetingIds: number[], folder?: string): Promise<{ files: GeneratedFile[]; paths: string[] }> {
  const today = todayOf(ctx);
  const base = await docContext(db, ctx);
  const ids = [...new Set(meetingIds)];
  // Every meeting is read first, so a missing one fails the request before any file is written.
  const meetings = [];
  for (const id of ids) meetings.push(await getMeetingDetail(db, id, today));
  const names = uniqueFileNames(meetings.map((m) => agendaFileName(m.agencyName, m.start)));
  const files: GeneratedFile[] = [];
  const paths: string[] = [];
  for (const [i, meeting] of meetings.entries()) {
    const bytes = await buildMeetingAgenda({ ...base, meeting });
    if (folder) {
      const path = join(resolve(folder), names[i]!);
      await writeFileAtomic(path, bytes);
      paths.push(path);
    } else files.push(fileOf(names[i]!, DOCX_MIME, bytes));
  }
  return { files, paths };
}

export async function overviewFile(db: Db, ctx: DocCtx, cycleId: number): Promise<GeneratedFile> {
  const overview = await scrutinyOverview(db, cycleId);
  const name = await cycleName(db, cycleId);
  const meetings = await listMeetings(db, { cycleId });
  const bytes = await buildScrutinyOverview({ ...(await docContext(db, ctx)), cycleName: name, overview, meetings });
  return fileOf(windowsFileName(`${name} - scrutiny overview ${todayOf(ctx)}`, '.docx', { maxLength: 150 }), DOCX_MIME, bytes);
}
