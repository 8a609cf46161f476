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

// Enough for a whole cycle's returns checked in one go and then imported (the import dialog previews every file
// before the user presses Import): 2,000 reads of a Compact Audit return are ~60 MB of base64 in, well under the
// budget; past it the oldest read goes, and its commit reads the file again.
const MAX_PARSED = 5000;
const MAX_BUDGET = 160 * 1024 * 1024;
const parsed = new Map<string, { file: ParsedFile; cost: number }>();
let spent = 0;
const parseKey = (cycleId: number, sha256: string, fileName: string) => `${cycleId}|${sha256}|${fileName}`;

/** The earlier read of these exact bytes under this name, if it was made with these framework objects. */
export function cachedParse(cycleId: number, sha256: string, fileName: string, data: FrameworkData): ParsedFile | null {
  const key = parseKey(cycleId, sha256, fileName);
  const hit = parsed.get(key);
  if (!hit || hit.file.fw !== data.fw || hit.file.scale !== data.scale) return null;
  parsed.delete(key);
  parsed.set(key, hit);
  return hit.file;
}

/** `cost`: the upload's size, a fair proxy for what its read holds (the answers and evidence text). */
export function rememberParse(cycleId: number, sha256: string, fileName: string, file: ParsedFile, cost: number): void {
  const key = parseKey(cycleId, sha256, fileName);
  forget(key);
  parsed.set(key, { file, cost });
  spent += cost;
  while (parsed.size > MAX_PARSED || (spent > MAX_BUDGET && parsed.size > 1)) forget(parsed.keys().next().value!);
}

function forget(key: string): void {
  const old = parsed.get(key);
  if (!old) return;
  spent -= old.cost;
  parsed.delete(key);
}
