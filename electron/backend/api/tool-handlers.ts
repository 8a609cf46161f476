import type { Handlers } from './dispatcher';

// Issuing the self-assessment tool, taking completed returns back in, and importing past results.
type Methods = 'tools.issue' | 'returns.importPreview' | 'returns.importCommit' | 'cycles.importHistoryPreview' | 'cycles.importHistoryCommit';

const todo = async (): Promise<never> => {
  throw new Error('not implemented yet');
};

export const toolHandlers: Pick<Handlers, Methods> = {
  'tools.issue': todo,
  'returns.importPreview': todo,
  'returns.importCommit': todo,
  'cycles.importHistoryPreview': todo,
  'cycles.importHistoryCommit': todo,
};
