import { describe, expect, it } from 'vitest';
import { mainThreadTasks } from '../../bench/ui-scroll';

const meta = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', pid, tid, args: { name } });
const task = (pid: number, tid: number, durUs: number, ph = 'X') => ({ name: 'RunTask', ph, pid, tid, dur: durUs });

describe('mainThreadTasks (bench UI figures)', () => {
  it('keeps only complete RunTask events on renderer main threads, in ms, longest first', () => {
    const tasks = mainThreadTasks({
      traceEvents: [
        meta(1, 1, 'CrRendererMain'),
        meta(1, 2, 'Compositor'),
        meta(2, 2, 'CrBrowserMain'),
        task(1, 1, 12_500),
        task(1, 1, 61_000),
        task(1, 2, 90_000), // compositor thread
        task(2, 2, 80_000), // browser process
        task(1, 1, 70_000, 'B'), // unfinished at the trace's edge
        { name: 'Layout', ph: 'X', pid: 1, tid: 1, dur: 40_000 },
      ],
    });
    expect(tasks).toEqual([61, 12.5]);
  });

  it('reads a bare event array and finds nothing without a renderer main thread', () => {
    expect(mainThreadTasks([task(1, 1, 5_000)])).toEqual([]);
    expect(mainThreadTasks([meta(3, 7, 'CrRendererMain'), task(3, 7, 5_000)])).toEqual([5]);
  });
});
