import { ApiCallError } from '../../../../shared/api/client';
import { formatDetail } from '../../components/error-list';
import { invalidate } from '../../components/use-api-data';

/** Data keys the cycle screens load under, so a change anywhere refreshes the board, grid and lists. */
export const returnsKey = (cycleId: number) => `returns:${cycleId}`;
export const cycleKey = (cycleId: number) => `cycle:${cycleId}`;
export const returnKey = (cycleAgencyId: number) => `return:${cycleAgencyId}`;

export function refreshCycle(cycleId: number, ...more: string[]): void {
  invalidate(returnsKey(cycleId), cycleKey(cycleId), 'cycles', ...more);
}

/** One line for a failure in a list of many: the message and, when the API gave them, where each problem is. */
export function describeError(err: unknown): string {
  if (err instanceof ApiCallError && err.details.length)
    return `${err.message} ${err.details.slice(0, 5).map((d) => formatDetail(d)).join('; ')}${err.details.length > 5 ? ` and ${err.details.length - 5} more` : ''}`;
  return err instanceof Error ? err.message : String(err);
}
