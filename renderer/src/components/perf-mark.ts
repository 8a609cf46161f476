const marked = new Set<string>();

/**
 * Marks `name` once per page load, on the first task after the next frame: the content is painted and the
 * page can take input. `npm run bench` (bench/ui-figures.ts) reads it with performance.getEntriesByName.
 */
export function markAfterPaint(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  // A rAF callback runs just before the frame is painted; a task queued from it runs after that paint.
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}
