import { format } from 'date-fns';
import type { ServiceContext } from '../context';

/** What a writing service needs from the context: who and when, for history. Tests pass just these. */
export type WriteCtx = Pick<ServiceContext, 'userName' | 'now'>;

/** Today's local date, yyyy-mm-dd, from the context's clock, so tests can pin it. */
export const todayOf = (ctx: Pick<ServiceContext, 'now'>): string => format(ctx.now(), 'yyyy-MM-dd');
