import type { ChaserDraft } from '../../../shared/domain/cycle';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid } from '../errors';
import { buildEml, emlFiles, writeEmls } from '../io/eml';
import { uniqueFileNames, windowsFileName } from '../io/windows-file-name';
import { buildDrafts } from './chaser-drafts';
import { chunks } from './cycle-scope';
import { recordChange } from './history';
import { todayOf } from './write-context';

// Chasing overdue returns: drafts to review, then .eml files (or mailto links) recorded against each agency.

export async function chaserDrafts(db: Db, cycleId: number, cycleAgencyIds: number[]): Promise<ChaserDraft[]> {
  return (await buildDrafts(db, cycleId, cycleAgencyIds)).drafts;
}

export interface ChaserResult {
  files: GeneratedFile[];
  paths: string[];
  recorded: number;
  /** method 'mailto': one link per agency chased. */
  links: string[];
  /** Agencies left out, and why (no lead with an email). */
  skipped: Array<{ cycleAgencyId: number; agencyName: string; problem: string }>;
}

export async function createChasers(
  db: Db,
  ctx: Pick<ServiceContext, 'userName' | 'now'>,
  cycleId: number,
  cycleAgencyIds: number[],
  method: 'eml' | 'mailto',
  folder?: string,
): Promise<ChaserResult> {
  const { sender, drafts } = await buildDrafts(db, cycleId, cycleAgencyIds);
  const ready = drafts.filter((d) => !d.problem);
  const skipped = drafts.filter((d) => d.problem).map((d) => ({ cycleAgencyId: d.cycleAgencyId, agencyName: d.agencyName, problem: d.problem! }));
  if (!ready.length)
    throw invalid('No reminder could be made: no agency chosen has a safeguarding lead with an email address.', skipped.map((s) => ({ field: 'cycleAgencyIds', message: s.problem })));
  const now = ctx.now();
  const today = todayOf(ctx);
  const names = uniqueFileNames(ready.map((d) => windowsFileName(`${d.agencyName} - reminder`, '.eml')));
  const emls =
    method === 'eml'
      ? await Promise.all(ready.map((d) => buildEml({ from: sender.from, to: d.to, cc: d.cc, subject: d.subject, text: d.body, date: now })))
      : [];
  const paths: string[] = [];
  await inTransaction(db, async (trx) => {
    for (const part of chunks(ready, 200))
      await trx
        .insertInto('chasers')
        .values(
          part.map((d) => ({
            cycle_agency_id: d.cycleAgencyId,
            sent_at: now.toISOString(),
            method,
            to_addresses: d.to.join('; '),
            cc_addresses: d.cc.join('; '),
            subject: d.subject.slice(0, 300),
            created_by: ctx.userName,
          })),
        )
        .execute();
    const previous = new Map<number, string | null>();
    for (const part of chunks(ready.map((d) => d.cycleAgencyId))) {
      for (const r of await trx.selectFrom('cycle_agencies').select(['id', 'last_chased_on']).where('id', 'in', part).execute()) previous.set(r.id, r.last_chased_on);
      await trx.updateTable('cycle_agencies').set({ last_chased_on: today, updated_at: now.toISOString() }).where('id', 'in', part).execute();
    }
    for (const d of ready)
      await recordChange(trx, ctx, {
        entityType: 'return',
        entityId: d.cycleAgencyId,
        action: 'create',
        summary: `Reminder to ${d.agencyName} (${method === 'eml' ? '.eml draft' : 'mailto link'}) to ${d.to.join('; ')}`,
        before: { lastChasedOn: previous.get(d.cycleAgencyId) ?? null },
        after: { lastChasedOn: today, to: d.to.join('; '), cc: d.cc.join('; '), subject: d.subject },
      });
    // Files are written before the commit: a file open elsewhere rolls the record back, so nothing is half done.
    if (folder && method === 'eml')
      paths.push(...(await writeEmls(folder, names, emls)));
  });
  const files = method === 'eml' && !folder ? emlFiles(names, emls) : [];
  return { files, paths, recorded: ready.length, links: method === 'mailto' ? ready.map((d) => d.mailto!) : [], skipped };
}
