import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/backend';

// `npm start` as a user runs it on a machine where Electron cannot start: it must say so and serve the UI.
let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
});

describe('npm start without Electron', () => {
  it('explains why, creates the demo database, and serves the app on 127.0.0.1 behind a token', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'audit-desk-start-'));
    child = spawn(process.execPath, [join(REPO, 'scripts', 'start.mjs')], {
      cwd: REPO,
      env: { ...process.env, AUDIT_DESK_DATA: dataDir, AUDIT_DESK_PORT: '0', DISPLAY: '', WAYLAND_DISPLAY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const launchUrl = await new Promise<string>((ok, fail) => {
      const timer = setInterval(() => {
        // Wait for the last line of the banner: stdout can arrive in several chunks.
        const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
        if (m && out.includes('Press Ctrl+C to stop.')) {
          clearInterval(timer);
          ok(m[1]!);
        } else if (child!.exitCode !== null) {
          clearInterval(timer);
          fail(new Error(`start exited early:\n${out}`));
        }
      }, 100);
    });
    expect(out).toMatch(/Electron could not start here \(there is no graphical display\)/);
    expect(out).toContain(dataDir);
    expect(existsSync(join(dataDir, 'audit-desk.sqlite'))).toBe(true);

    const [base, token] = launchUrl.split('#token=') as [string, string];
    const page = await fetch(base);
    expect(await page.text()).toMatch(/<div id="root">/);
    const denied = await fetch(`${base}api/app.info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(denied.status).toBe(401);
    const info = await fetch(`${base}api/settings.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-audit-desk-token': token },
      body: '{}',
    });
    expect(await info.json()).toMatchObject({ ok: true, value: { partnershipShortName: 'NSCP' } });
  });
});
