import {
  ACTION_BUCKETS,
  ACTION_KINDS,
  ACTION_STATUSES,
  type ActionBucket,
  type ActionKind,
  type ActionStatus,
} from '../../../../shared/domain/action';
import { invalidate } from '../../components/use-api-data';

// The board's filters live in the address ("#/actions?bucket=overdue&agency=12"), so the home tiles, the
// agency drawer and a bookmark open the same filtered list, and Back undoes a filter.

export interface BoardFilter {
  bucket: ActionBucket;
  kind?: ActionKind;
  agencyId?: number;
  ownerContactId?: number;
  groupId?: number;
  cycleId?: number;
  standardId?: number;
  statuses?: ActionStatus[];
  search?: string;
}

const PARAMS = { agencyId: 'agency', ownerContactId: 'owner', groupId: 'group', cycleId: 'cycle', standardId: 'standard' } as const;
type IdKey = keyof typeof PARAMS;

const positive = (v: string | null): number | undefined => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Anything unknown in the address is ignored rather than refused: an old bookmark still opens the board. */
export function queryToFilter(q: URLSearchParams): BoardFilter {
  const bucket = q.get('bucket');
  const kind = q.get('kind');
  const f: BoardFilter = { bucket: ACTION_BUCKETS.includes(bucket as ActionBucket) ? (bucket as ActionBucket) : 'open' };
  if (ACTION_KINDS.includes(kind as ActionKind)) f.kind = kind as ActionKind;
  for (const key of Object.keys(PARAMS) as IdKey[]) {
    const n = positive(q.get(PARAMS[key]));
    if (n) f[key] = n;
  }
  const statuses = (q.get('status') ?? '').split(',').filter((s): s is ActionStatus => ACTION_STATUSES.includes(s as ActionStatus));
  if (statuses.length) f.statuses = statuses;
  const search = q.get('q')?.trim();
  if (search) f.search = search;
  return f;
}

export function filterToQuery(f: BoardFilter): string {
  const q = new URLSearchParams();
  if (f.bucket !== 'open') q.set('bucket', f.bucket);
  if (f.kind) q.set('kind', f.kind);
  for (const key of Object.keys(PARAMS) as IdKey[]) if (f[key]) q.set(PARAMS[key], String(f[key]));
  if (f.statuses?.length) q.set('status', f.statuses.join(','));
  if (f.search?.trim()) q.set('q', f.search.trim());
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Link to the board with these filters. */
export const boardHref = (f: Partial<BoardFilter>): string => `#/actions${filterToQuery({ bucket: 'open', ...f })}`;

/** Data keys the action screens load under. */
export const ACTIONS_KEY = 'actions';
export const actionKey = (id: number) => `action:${id}`;

/** After any change to actions: the board, the lists, the agency views and the home tiles load again. */
export function refreshActions(id?: number): void {
  invalidate(ACTIONS_KEY, 'home', ...(id ? [actionKey(id), `history:action:${id}`] : []));
}
