import { join } from 'node:path';
import type { GeneratedReport } from '../../../shared/domain/report';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { buildBoardPaper } from '../reports/board-paper';
import { composeDraft } from './board-paper';
import { loadBoardPaperData } from './board-paper-data';
import { loadStoredPaper } from './board-paper-store';
import { boardPaperFileName, deliver, targetPath, type SaveTarget } from './report-files';
import { todayOf } from './write-context';

// Generating a cycle's board paper: the data once, the draft laid over it, the document built, then saved
// where the user chose. The warnings say what to check before it goes to the board.

type GenCtx = Pick<ServiceContext, 'now' | 'userName' | 'resourcesDir'>;

export async function generateBoardPaper(db: Db, ctx: GenCtx, cycleId: number, target: SaveTarget = {}): Promise<GeneratedReport> {
  const data = await loadBoardPaperData(db, cycleId, todayOf(ctx));
  const fileName = boardPaperFileName(data.cycle.name);
  targetPath(target, fileName); // a bad path fails before the work, not after
  const draft = composeDraft(data, await loadStoredPaper(db, cycleId), ctx.userName);
  const warnings = [
    ...draft.sections.filter((s) => s.stale && !s.hidden).map((s) => `"${s.title}" was edited before its data changed: ${s.changes.join('; ')}`),
    ...draft.sections.filter((s) => s.kind === 'userOnly' && !s.hidden && !s.text.trim()).map((s) => `"${s.title}" is empty and is left out.`),
  ];
  const author = draft.header.find((h) => h.source === 'author')?.value.split('\n')[0]?.trim() || ctx.userName;
  const bytes = await buildBoardPaper({ data, draft, authorName: author, fontsDir: join(ctx.resourcesDir, 'fonts') });
  return deliver(bytes, fileName, target, warnings);
}
