import { exportMatrix } from '../io/matrix-export';
import { getReturn } from '../services/answers-read';
import { moderate, saveTypedAnswers } from '../services/answers';
import { comparison } from '../services/comparison';
import { distribution } from '../services/distribution';
import { addEvidence, removeEvidence } from '../services/evidence';
import { heatmap } from '../services/heatmap';
import { todayOf } from '../services/write-context';
import type { Handlers } from './dispatcher';

// One agency's answers, moderation and evidence; the cycle-wide analysis.
type Methods = 'returns.get' | 'returns.saveAnswers' | 'returns.moderate' | 'returns.addEvidence' | 'returns.removeEvidence' | 'analysis.heatmap' | 'analysis.distribution' | 'analysis.comparison' | 'analysis.exportMatrix';

export const answerHandlers: Pick<Handlers, Methods> = {
  'returns.get': (ctx, { cycleAgencyId }) => getReturn(ctx.db, cycleAgencyId, todayOf(ctx)),
  'returns.saveAnswers': (ctx, { cycleAgencyId, answers }) => saveTypedAnswers(ctx.db, ctx, cycleAgencyId, answers),
  'returns.moderate': (ctx, { cycleAgencyId, moderations }) => moderate(ctx.db, ctx, cycleAgencyId, moderations),
  // The contract's refine guarantees exactly one of file and url.
  'returns.addEvidence': (ctx, { cycleAgencyId, targetKey, file, url }) => addEvidence(ctx.db, ctx, cycleAgencyId, targetKey, file ? { file } : { url: url! }),
  'returns.removeEvidence': (ctx, { evidenceId }) => removeEvidence(ctx.db, ctx, evidenceId),
  'analysis.heatmap': (ctx, { cycleId, mode, sectorIds }) => heatmap(ctx.db, cycleId, mode, sectorIds),
  'analysis.distribution': (ctx, { cycleId, basis }) => distribution(ctx.db, cycleId, basis),
  'analysis.comparison': (ctx, { cycleId, previousCycleId }) => comparison(ctx.db, cycleId, previousCycleId),
  'analysis.exportMatrix': (ctx, { cycleId, mode }) => exportMatrix(ctx.db, cycleId, mode),
};
