import type { Db } from '../db/schema';
import type { ToolReadResult } from '../io/tool-read-common';
import { loadTargets, type FrameworkTargets } from './answers-write';
import { loadScaleForFramework, type LoadedScale } from './rating-scale';
import type { DetectedKind } from './return-match';

// What importing many returns in a row need not redo. A frozen framework version never changes (that is what
// freezing means), so its targets and scale are kept per database; anything unfrozen is loaded every time. A
// file read at preview is kept (small LRU) so the commit that follows does not parse the same bytes again; it
// is reused only with the very same framework objects, so a changed framework always means a fresh read.

export interface FrameworkData {
  fw: FrameworkTargets;
  scale: LoadedScale;
}

const frozen = new WeakMap<object, Map<string, FrameworkData>>();

/**
 * The framework's targets and scale. `scope` is the database the cache belongs to: the backend's Kysely
 * instance, passed separately because queries may run on a transaction of it.
 */
export async function frameworkData(db: Db, scope: object, frameworkId: number, frozenAt: string | null): Promise<FrameworkData> {
  const key = `${frameworkId}|${frozenAt}`;
  const hit = frozenAt ? frozen.get(scope)?.get(key) : undefined;
  if (hit) return hit;
  const data = { fw: await loadTargets(db, frameworkId), scale: await loadScaleForFramework(db, frameworkId) };
  if (frozenAt) {
    const m = frozen.get(scope) ?? new Map<string, FrameworkData>();
    m.set(key, data);
    frozen.set(scope, m);
  }
  return data;
}

export interface ParsedFile extends FrameworkData {
  detected: DetectedKind;
  /** Null when the file could not be opened (detected.problem says why). */
  read: ToolReadResult | null;
}

const MAX_PARSED = 64;
const parsed = new Map<string, ParsedFile>();
const parseKey = (cycleId: number, sha256: string, fileName: string) => `${cycleId}|${sha256}|${fileName}`;

/** The earlier read of these exact bytes under this name, if it was made with these framework objects. */
export function cachedParse(cycleId: number, sha256: string, fileName: string, data: FrameworkData): ParsedFile | null {
  const key = parseKey(cycleId, sha256, fileName);
  const hit = parsed.get(key);
  if (!hit || hit.fw !== data.fw || hit.scale !== data.scale) return null;
  parsed.delete(key);
  parsed.set(key, hit);
  return hit;
}

export function rememberParse(cycleId: number, sha256: string, fileName: string, file: ParsedFile): void {
  const key = parseKey(cycleId, sha256, fileName);
  parsed.delete(key);
  parsed.set(key, file);
  while (parsed.size > MAX_PARSED) parsed.delete(parsed.keys().next().value!);
}
