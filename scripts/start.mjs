// `npm start`: build if needed, open the desktop app; where Electron cannot start (no binary, no display),
// say so plainly and serve the same UI in the browser on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(repo, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Audit Desk needs Node 22 (this is ${process.version}). Run it through npm (npm start), which uses the Node pinned in package.json.`);
  process.exit(1);
}

const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

function buildIfStale() {
  const marker = join(repo, 'out', 'renderer', 'index.html');
  const sources = Math.max(...['renderer', 'shared', 'electron'].map((d) => newest(join(repo, d))));
  if (existsSync(marker) && statSync(marker).mtimeMs >= sources && existsSync(join(repo, 'out', 'main', 'index.js'))) return;
  console.log('Building Audit Desk…');
  const r = spawnSync(bin('electron-vite'), ['build'], { cwd: repo, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The Electron binary's path, or why there is none. Electron downloads it on first use, which can fail. */
function electronBinary() {
  if (process.env.AUDIT_DESK_BROWSER === '1') return { reason: 'AUDIT_DESK_BROWSER=1 asks for the browser' };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return { reason: 'there is no graphical display' };
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const path = (probe.stdout ?? '').trim().split('\n').pop()?.trim();
  if (probe.status === 0 && path && existsSync(path)) return { path };
  const err = probe.stderr || '';
  const detail = err.split('\n').find((l) => /Error|failed|refused/i.test(l))?.trim().slice(0, 120);
  if (/Downloading Electron|fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT/.test(err) || probe.error)
    return { reason: `the Electron binary is not installed and could not be downloaded${detail ? `: ${detail}` : ''}` };
  return { reason: detail ?? 'the Electron binary is not installed' };
}

function serveInBrowser(reason) {
  const child = spawn(bin('tsx'), ['electron/backend/server/serve.ts'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, AUDIT_DESK_ELECTRON_REASON: reason },
    shell: process.platform === 'win32',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

buildIfStale();
const electron = electronBinary();
if (electron.path) {
  const started = Date.now();
  const child = spawn(electron.path, ['.'], { cwd: repo, stdio: 'inherit' });
  child.on('exit', (code) => {
    // A crash at start-up (missing system libraries) falls back to the browser; a normal quit ends here.
    if (code !== 0 && Date.now() - started < 5000) serveInBrowser(`Electron exited with code ${code} while starting`);
    else process.exit(code ?? 0);
  });
} else {
  serveInBrowser(electron.reason);
}
