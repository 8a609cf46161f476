import type { ProgressFailure } from './progress-dialog';

/**
 * Works through items one at a time (the backend writes one agency's files per call), reporting progress,
 * carrying on past failures and stopping between items when asked. Free of React so it can be tested alone.
 */
export async function runEach<T, R>(
  items: readonly T[],
  options: {
    name: (item: T) => string;
    work: (item: T) => Promise<R>;
    onProgress: (p: { done: number; current: string | null; failures: ProgressFailure[] }) => void;
    shouldStop: () => boolean;
    describeError?: (err: unknown) => string;
  },
): Promise<{ results: Array<{ item: T; value: R }>; failures: ProgressFailure[]; stopped: boolean }> {
  const results: Array<{ item: T; value: R }> = [];
  const failures: ProgressFailure[] = [];
  const describe = options.describeError ?? ((e: unknown) => (e instanceof Error ? e.message : String(e)));
  let done = 0;
  for (const item of items) {
    if (options.shouldStop()) return { results, failures, stopped: true };
    const name = options.name(item);
    options.onProgress({ done, current: name, failures: [...failures] });
    try {
      results.push({ item, value: await options.work(item) });
    } catch (err) {
      failures.push({ name, message: describe(err) });
    }
    done += 1;
    options.onProgress({ done, current: null, failures: [...failures] });
  }
  return { results, failures, stopped: false };
}
