import { londonDate } from '../../../shared/domain/dates';
import type { ServiceContext } from '../context';

/** What a writing service needs from the context: who and when, for history. Tests pass just these. */
export type WriteCtx = Pick<ServiceContext, 'userName' | 'now'>;

/** Today's date in England, yyyy-mm-dd, from the context's clock, so tests can pin it. */
export const todayOf = (ctx: Pick<ServiceContext, 'now'>): string => londonDate(ctx.now());
