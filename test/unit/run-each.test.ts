import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/client';
import { runEach } from '../../renderer/src/components/run-each';
import type { ProgressFailure } from '../../renderer/src/components/progress-dialog';

// The loop behind every "one agency at a time, with progress" screen (issue tools, import returns, chasers).
type Progress = { done: number; current: string | null; failures: ProgressFailure[] };

const agencies = ['Harbour Nursery', 'St Anne’s Primary', 'Northmoor Police', 'Riverside Trust'];

describe('runEach', () => {
  it('works through the items one at a time, in order, and returns each result with its item', async () => {
    const log: string[] = [];
    let running = 0;
    const outcome = await runEach(agencies, {
      name: (a) => a,
      work: async (a) => {
        running += 1;
        expect(running).toBe(1);
        log.push(`start ${a}`);
        await new Promise((r) => setTimeout(r, 1));
        log.push(`end ${a}`);
        running -= 1;
        return a.length;
      },
      onProgress: () => undefined,
      shouldStop: () => false,
    });
    expect(log).toEqual(agencies.flatMap((a) => [`start ${a}`, `end ${a}`]));
    expect(outcome.results).toEqual(agencies.map((a) => ({ item: a, value: a.length })));
    expect(outcome.failures).toEqual([]);
    expect(outcome.stopped).toBe(false);
  });

  it('carries on past a failure, naming the item and its message', async () => {
    const seen: string[] = [];
    const outcome = await runEach(agencies, {
      name: (a) => a,
      work: async (a) => {
        seen.push(a);
        if (a === 'St Anne’s Primary') throw new Error('St Anne return.xlsx is open in another program');
        if (a === 'Riverside Trust') throw 'no contact';
        return a;
      },
      onProgress: () => undefined,
      shouldStop: () => false,
    });
    expect(seen).toEqual(agencies);
    expect(outcome.results.map((r) => r.item)).toEqual(['Harbour Nursery', 'Northmoor Police']);
    expect(outcome.failures).toEqual([
      { name: 'St Anne’s Primary', message: 'St Anne return.xlsx is open in another program' },
      { name: 'Riverside Trust', message: 'no contact' },
    ]);
    expect(outcome.stopped).toBe(false);
  });

  it('describes failures with describeError when given one', async () => {
    const outcome = await runEach(['bad-return.xlsx'], {
      name: (f) => f,
      work: async () => {
        throw new ApiCallError('import_invalid', 'The return has problems.', [{ file: 'bad-return.xlsx', row: 7, field: 'Rating', message: '"Amber-ish" is not a rating' }]);
      },
      onProgress: () => undefined,
      shouldStop: () => false,
      describeError: (e) => (e instanceof ApiCallError ? `${e.message} Row ${e.details[0]!.row}: ${e.details[0]!.message}` : 'other'),
    });
    expect(outcome.failures).toEqual([{ name: 'bad-return.xlsx', message: 'The return has problems. Row 7: "Amber-ish" is not a rating' }]);
  });

  it('stops between items when asked, without starting the next one', async () => {
    let stop = false;
    const started: string[] = [];
    const outcome = await runEach(agencies, {
      name: (a) => a,
      work: async (a) => {
        started.push(a);
        // The user presses Stop while the second agency is being written: it finishes, nothing after starts.
        if (started.length === 2) stop = true;
        return a;
      },
      onProgress: () => undefined,
      shouldStop: () => stop,
    });
    expect(started).toEqual(agencies.slice(0, 2));
    expect(outcome.results.map((r) => r.item)).toEqual(agencies.slice(0, 2));
    expect(outcome.stopped).toBe(true);
  });

  it('does nothing when already stopped, and reports an empty list as finished', async () => {
    const progress: Progress[] = [];
    const stopped = await runEach(agencies, {
      name: (a) => a,
      work: async () => expect.unreachable('no work once stopped'),
      onProgress: (p) => progress.push(p),
      shouldStop: () => true,
    });
    expect(stopped).toEqual({ results: [], failures: [], stopped: true });
    const empty = await runEach([], { name: String, work: async () => 1, onProgress: (p) => progress.push(p), shouldStop: () => false });
    expect(empty).toEqual({ results: [], failures: [], stopped: false });
    expect(progress).toEqual([]);
  });

  it('reports progress before and after each item, with the failures so far', async () => {
    const progress: Progress[] = [];
    await runEach(['A', 'B', 'C'], {
      name: (a) => `Agency ${a}`,
      work: async (a) => {
        if (a === 'B') throw new Error('locked');
        return a;
      },
      onProgress: (p) => progress.push(p),
      shouldStop: () => false,
    });
    const failB = { name: 'Agency B', message: 'locked' };
    expect(progress).toEqual([
      { done: 0, current: 'Agency A', failures: [] },
      { done: 1, current: null, failures: [] },
      { done: 1, current: 'Agency B', failures: [] },
      { done: 2, current: null, failures: [failB] },
      { done: 2, current: 'Agency C', failures: [failB] },
      { done: 3, current: null, failures: [failB] },
    ]);
    // Each report has its own copy, so a later failure cannot change what an earlier one showed.
    expect(progress[1]!.failures).not.toBe(progress[3]!.failures);
  });
});
