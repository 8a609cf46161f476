import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  /** Median milliseconds. */
  medianMs: number;
  runs: number;
  goal?: string;
  note?: string;
  ratio?: number;
}

/** Median of several timed runs after warm-up runs, so one GC pause does not decide a figure. */
export async function median(fn: () => unknown, runs = 15, warmup = 3): Promise<{ medianMs: number; runs: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return { medianMs: times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2, runs };
}

export function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [f.name, f.medianMs.toFixed(2), String(f.runs), f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : '', f.goal ?? '', f.note ?? '']);
  const head = ['figure', 'median ms', 'runs', 'ratio', 'goal', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 2 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
}
