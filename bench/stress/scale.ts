import type { Random } from '../../electron/backend/demo/random';
import type { WriteCtx } from '../../electron/backend/services/write-context';

// What every stress generator shares: the size option, a clock set to the day something happened (so history
// reads as a partnership's years of work, not one afternoon), and identifiers drawn from the seed.

export interface StressOptions {
  /** 1 is the full partnership (2,000 organisations); 0.02 is 40, for quick tests. Audit programmes stay whole. */
  scale?: number;
}

/** `n` at the given scale, at least `min`. */
export const scaled = (n: number, scale: number, min = 1): number => Math.max(min, Math.round(n * scale));

/** The same user, with the clock at `date` (London afternoon, in UTC so the date cannot slip). */
export const on = (ctx: WriteCtx, date: string, time = '15:00'): WriteCtx => ({ userName: ctx.userName, now: () => new Date(`${date}T${time}:00Z`) });

/** A UUID-shaped id from the seed: the services' random UUIDs would make two runs differ. */
export function uuidFrom(r: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r.next() * 16).toString(16)).join('');
  const variant = '89ab'[Math.floor(r.next() * 4)]!;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A shuffled copy (Fisher–Yates on the seeded stream). */
export function shuffled<T>(r: Random, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
