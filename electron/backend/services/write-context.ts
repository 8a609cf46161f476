import type { ServiceContext } from '../context';

/** What a writing service needs from the context: who and when, for history. Tests pass just these. */
export type WriteCtx = Pick<ServiceContext, 'userName' | 'now'>;
