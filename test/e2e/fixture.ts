import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startBackend, type Backend } from '../../electron/backend/app';
import { startHarness, type Harness } from '../../electron/backend/server/harness';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.AUDIT_DESK_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO, 'test-output', 'screenshots');
/** The built app; AUDIT_DESK_OUT lets parallel work build into its own folder (electron-vite build --outDir <abs>). */
export const OUT_DIR = resolve(REPO, process.env.AUDIT_DESK_OUT ?? 'out');
const RENDERER_INDEX = join(OUT_DIR, 'renderer', 'index.html');

/**
 * Whether the browser tests can run here. Without Chromium they are skipped with a visible message,
 * unless AUDIT_DESK_REQUIRE_ALL=1, when the missing browser is a failure.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium was not found at ${CHROMIUM}: the browser (e2e) tests are skipped. Install chromium or set AUDIT_DESK_CHROMIUM.`;
  if (process.env.AUDIT_DESK_REQUIRE_ALL === '1') throw new Error(`${message} (AUDIT_DESK_REQUIRE_ALL=1 makes this a failure.)`);
  console.warn(`\n⚠ ${message}\n`);
  return false;
}

let built = false;
/** Builds the app once if out/renderer is missing (npm test builds first; this is for running e2e alone). */
export function ensureRendererBuilt(): void {
  if (built || existsSync(RENDERER_INDEX)) {
    built = true;
    return;
  }
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  execFileSync(npx, ['electron-vite', 'build', '--outDir', OUT_DIR], { cwd: REPO, stdio: 'inherit' });
  if (!existsSync(RENDERER_INDEX)) throw new Error(`The renderer did not build: ${RENDERER_INDEX} is missing.`);
  built = true;
}

export interface App {
  backend: Backend;
  harness: Harness;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  dataDir: string;
  /** Where the app is, without the token. */
  url: string;
  /** Saves test-output/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Opens a route ("agencies") in the running app, keeping the session's token. */
  goto(route: string): Promise<void>;
  close(): Promise<void>;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Dates and numbers as a UK user sees them ("18 November 2024"), whatever the machine's own locale.
  '--lang=en-GB',
];

/** A fresh data folder with the demo partnership, the harness serving the built renderer, and Chromium on it. */
export async function startApp(): Promise<App> {
  ensureRendererBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'audit-desk-e2e-'));
  const backend = await startBackend({ dataDir, resourcesDir: join(REPO, 'resources'), mode: 'browser', userName: 'e2e.tester' });
  const harness = await startHarness({ dispatch: backend.dispatch, staticDir: join(OUT_DIR, 'renderer') });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(harness.launchUrl);
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    backend,
    harness,
    browser,
    context,
    page,
    dataDir,
    url: harness.url,
    async screenshot(name) {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async goto(route) {
      await page.evaluate((r) => {
        window.location.hash = `#/${r}`;
      }, route);
    },
    async close() {
      if (problems.length) console.warn(`Page errors during the test:\n${problems.join('\n')}`);
      await browser.close().catch(() => undefined);
      await harness.close().catch(() => undefined);
      await backend.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The status line under a grid: "Showing 37 of 42 agencies". */
export const gridStatus = (page: Page, gridId: string) => page.getByTestId(`${gridId}-row-count`);

/** Data rows of a grid (not the header or filter rows). */
export const gridRows = (page: Page, name: string) => page.getByRole('grid', { name }).locator('tbody tr[data-row-id]');

/** Calls the API directly (the same dispatcher the UI uses), for test setup and for checking results. */
export async function call<T>(app: App, method: string, input?: unknown): Promise<T> {
  const r = await app.backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
  return r.value as T;
}
