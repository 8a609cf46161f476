import { addDays, addMonths, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import type { MeetingRow } from '../../../../shared/domain/scrutiny';
import { dateOf, minutesOf, timeOf } from './scrutiny-format';

// Pure layout for the week and month calendars: which days are shown, and where each meeting's block sits.

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const MONDAY = { weekStartsOn: 1 as const };

/** The seven days (Monday first) of the week holding `anchor`. */
export function weekDays(anchor: string): string[] {
  const start = startOfWeek(parseISO(anchor), MONDAY);
  return Array.from({ length: 7 }, (_, i) => iso(addDays(start, i)));
}

/** Whole weeks (Monday to Sunday) covering the month of `anchor`. */
export function monthWeeks(anchor: string): string[][] {
  const first = startOfWeek(startOfMonth(parseISO(anchor)), MONDAY);
  const last = endOfWeek(endOfMonth(parseISO(anchor)), MONDAY);
  const weeks: string[][] = [];
  for (let d = first; d <= last; d = addDays(d, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => iso(addDays(d, i))));
  return weeks;
}

export const moveAnchor = (anchor: string, view: 'week' | 'month', by: number): string =>
  iso(view === 'week' ? addDays(parseISO(anchor), 7 * by) : addMonths(parseISO(anchor), by));

export interface Block {
  meeting: MeetingRow;
  day: number;
  startMin: number;
  endMin: number;
  /** Side by side when meetings overlap: this block's lane and how many lanes its group has. */
  lane: number;
  lanes: number;
}

/** The blocks of one week, with overlapping meetings (clashes) put side by side rather than on top of each other. */
export function weekBlocks(days: string[], meetings: MeetingRow[]): Block[] {
  const out: Block[] = [];
  days.forEach((day, i) => {
    const todays = meetings
      .filter((m) => dateOf(m.start) === day)
      .map((m) => ({ meeting: m, day: i, startMin: minutesOf(timeOf(m.start)), endMin: dateOf(m.end) === day ? minutesOf(timeOf(m.end)) : 24 * 60, lane: 0, lanes: 1 }))
      .sort((a, b) => a.startMin - b.startMin || a.endMin - b.endMin);
    let group: Block[] = [];
    let groupEnd = -1;
    const close = () => group.forEach((b) => (b.lanes = Math.max(...group.map((x) => x.lane)) + 1));
    for (const b of todays) {
      if (b.startMin >= groupEnd) {
        close();
        group = [];
      }
      const laneEnds: number[] = [];
      for (const g of group) laneEnds[g.lane] = Math.max(laneEnds[g.lane] ?? 0, g.endMin);
      let lane = laneEnds.findIndex((end) => end <= b.startMin);
      if (lane < 0) lane = laneEnds.length;
      b.lane = lane;
      group.push(b);
      groupEnd = Math.max(groupEnd, b.endMin);
      out.push(b);
    }
    close();
  });
  return out;
}

/** The hours the week grid shows: working hours, stretched to take in any meeting outside them. */
export function hourRange(blocks: Block[]): { from: number; to: number } {
  const from = Math.min(8, ...blocks.map((b) => Math.floor(b.startMin / 60)));
  const to = Math.max(18, ...blocks.map((b) => Math.ceil(b.endMin / 60)));
  return { from, to };
}
