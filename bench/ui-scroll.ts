import type { Browser, Page } from 'playwright-core';

// Scrolling a virtualised grid and timing the renderer's main-thread tasks. The longtask observer only sees
// tasks over 50 ms, so the longest task is read from a Chromium trace; the observer's count is kept beside it.

/** The trace category that carries one "RunTask" event per task a thread runs. */
export const TASK_CATEGORIES = ['disabled-by-default-devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Durations (ms, longest first) of the tasks run on the renderers' main threads in a Chrome trace. */
export function mainThreadTasks(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): number[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined && main.has(`${e.pid}:${e.tid}`))
    .map((e) => e.dur! / 1000)
    .sort((a, b) => b - a);
}

/** Installed before the app's own scripts (addInitScript), so tasks from the first one on are seen. */
export const LONGTASK_INIT = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no longtask support: the trace still has every task */ }
})()`;

/** Whether a data row is drawn across the middle of the scrolling box. */
const rowAtMiddle = (e: Element) => {
  const box = e.getBoundingClientRect();
  const y = box.top + box.height / 2;
  return [...e.querySelectorAll('tbody tr[data-row-id], tbody tr[data-agency]')].some((r) => {
    const b = r.getBoundingClientRect();
    return b.top <= y && b.bottom >= y;
  });
};

/** Resolves after the next frame has been produced (two animation frames). */
export const nextFrames = (page: Page) => page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(0))))');

export interface ScrollRun {
  longestMs: number;
  over50: number;
  tasks: number;
  /** Steps after which, two frames on, the middle of the view still showed no row (rows not rendered yet). */
  blankSteps: number;
  /** The main thread's busy time (all its tasks) over the whole scroll. */
  busyMs: number;
  reachedBottom: boolean;
}

/**
 * Wheels the grid in `scroller` from top to bottom and back in `steps` steps each way, waiting for a frame
 * after each, and returns the main thread's longest task and the tasks over 50 ms in that time.
 */
export async function scrollOnce(browser: Browser, page: Page, scroller: string, steps = 40): Promise<ScrollRun> {
  const el = page.locator(scroller).first();
  // Functions, not strings, for element callbacks: Playwright only calls a string if it is a page expression.
  const size = await el.evaluate((e) => {
    e.scrollTop = 0;
    return e.scrollHeight - e.clientHeight;
  });
  const box = await el.boundingBox();
  if (!box) throw new Error(`${scroller} is not on screen.`);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
  await nextFrames(page);
  const step = Math.ceil(size / steps) + 1;
  let bottom = 0;
  const since = (await page.evaluate('performance.now()')) as number;
  await browser.startTracing(page, { categories: TASK_CATEGORIES });
  let blankSteps = 0;
  for (const delta of [step, -step]) {
    for (let i = 0; i < steps; i++) {
      await page.mouse.wheel(0, delta);
      await nextFrames(page);
      if (!(await el.evaluate(rowAtMiddle))) blankSteps++;
    }
    if (delta > 0) bottom = await el.evaluate((e) => e.scrollTop);
  }
  const tasks = mainThreadTasks(JSON.parse((await browser.stopTracing()).toString('utf8')));
  const observed = (await page.evaluate(`(window.__longTasks || []).filter((t) => t.start >= ${since}).map((t) => t.duration)`)) as number[];
  return {
    longestMs: Math.max(tasks[0] ?? 0, ...observed),
    // The trace and the observer see the same long tasks; take whichever saw more.
    over50: Math.max(tasks.filter((t) => t > 50).length, observed.length),
    tasks: tasks.length,
    blankSteps,
    busyMs: tasks.reduce((a, b) => a + b, 0),
    reachedBottom: bottom >= size - 2,
  };
}
