import { join } from 'node:path';
import type { Download } from 'playwright-core';
import type { CycleSummary } from '../../shared/domain/cycle';
import { call, type App } from './fixture';

/** Text as a literal inside a RegExp (names with dots and brackets). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Keeps a browser download in the app's data folder and returns its path. */
export async function saveDownload(app: App, download: Download): Promise<string> {
  const path = join(app.dataDir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** The open cycle the demo seeds its scrutiny into, as the Scrutiny area opens on by default. */
export async function openCycle(app: App): Promise<CycleSummary> {
  const cycles = await call<CycleSummary[]>(app, 'cycles.list');
  return cycles.filter((c) => !c.historical && c.status === 'open').sort((a, b) => b.id - a.id)[0]!;
}

/** The demo's current S.11 self-assessment cycle (not closed, not historical). */
export async function currentS11Cycle(app: App): Promise<CycleSummary | undefined> {
  const cycles = await call<CycleSummary[]>(app, 'cycles.list');
  return cycles.find((c) => c.status !== 'closed' && !c.historical && c.name.startsWith('S.11 Self-Assessment Audit'));
}
