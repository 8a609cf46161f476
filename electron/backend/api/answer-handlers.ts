import type { Handlers } from './dispatcher';

// One agency's answers, moderation and evidence; the cycle-wide analysis.
type Methods = 'returns.get' | 'returns.saveAnswers' | 'returns.moderate' | 'returns.addEvidence' | 'returns.removeEvidence' | 'analysis.heatmap' | 'analysis.distribution' | 'analysis.comparison' | 'analysis.exportMatrix';

const todo = async (): Promise<never> => {
  throw new Error('not implemented yet');
};

export const answerHandlers: Pick<Handlers, Methods> = {
  'returns.get': todo,
  'returns.saveAnswers': todo,
  'returns.moderate': todo,
  'returns.addEvidence': todo,
  'returns.removeEvidence': todo,
  'analysis.heatmap': todo,
  'analysis.distribution': todo,
  'analysis.comparison': todo,
  'analysis.exportMatrix': todo,
};
