import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServiceContext } from '../context';
import { parseFrameworkJson } from '../io/framework-json';
import { createFramework } from './framework-write';

/**
 * Installs the frameworks shipped in resources/frameworks that this database does not have yet
 * (matched by family and version label), published and read-only. Safe to call on every start.
 */
export async function ensureBuiltInFrameworks(ctx: ServiceContext): Promise<number> {
  const dir = join(ctx.resourcesDir, 'frameworks');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
  let installed = 0;
  for (const file of files) {
    const doc = parseFrameworkJson(file, await readFile(join(dir, file)));
    const existing = await ctx.db
      .selectFrom('frameworks')
      .select('id')
      .where('family_key', '=', doc.familyKey)
      .where('version_label', '=', doc.versionLabel)
      .where('built_in', '=', 1)
      .executeTakeFirst();
    if (existing) continue;
    await createFramework(ctx.db, ctx, doc, { status: 'published', builtIn: true, frozen: true });
    installed++;
  }
  return installed;
}
