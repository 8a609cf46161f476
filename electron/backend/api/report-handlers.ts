import type { Handlers } from './dispatcher';
import { generateLetter } from '../services/agency-letters';
import { generateAnnualExtract } from '../services/annual-extract';
import { addSection, getBoardPaper, removeSection, reorderSections, resetSection, setHeader, updateSection } from '../services/board-paper';
import { generateBoardPaper } from '../services/board-paper-generate';

// Board papers (the draft and the document), agency feedback letters and the annual-report extract.
type Methods = Extract<keyof Handlers, `boardPapers.${string}` | 'letters.generate' | 'annualExtract.generate'>;

export const reportHandlers: Pick<Handlers, Methods> = {
  'boardPapers.get': (ctx, { cycleId }) => getBoardPaper(ctx.db, ctx, cycleId),
  'boardPapers.updateSection': (ctx, { cycleId, key, ...patch }) => updateSection(ctx.db, ctx, cycleId, key, patch),
  'boardPapers.resetSection': (ctx, { cycleId, key }) => resetSection(ctx.db, ctx, cycleId, key),
  'boardPapers.addSection': (ctx, { cycleId, ...input }) => addSection(ctx.db, ctx, cycleId, input),
  'boardPapers.removeSection': (ctx, { cycleId, key }) => removeSection(ctx.db, ctx, cycleId, key),
  'boardPapers.reorder': (ctx, { cycleId, keys }) => reorderSections(ctx.db, ctx, cycleId, keys),
  'boardPapers.setHeader': (ctx, { cycleId, values }) => setHeader(ctx.db, ctx, cycleId, values),
  'boardPapers.generate': (ctx, { cycleId, path }) => generateBoardPaper(ctx.db, ctx, cycleId, { path }),
  'letters.generate': (ctx, { cycleAgencyId, folder }) => generateLetter(ctx.db, ctx, cycleAgencyId, folder),
  'annualExtract.generate': (ctx, input) => generateAnnualExtract(ctx.db, ctx, input),
};
