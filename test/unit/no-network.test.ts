import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/security';
import { call, REPO, tempBackend } from '../helpers/backend';

// Audit Desk makes no network calls: the backend's main flows (first start with the demo, imports, board paper,
// letters, packs, chasers, calendar files) run with every way out of the process patched to throw and record,
// and none is attempted. The renderer can only talk to its own origin: its CSP says so, and its bundle has no
// WebSocket, EventSource, beacon or fetch to anywhere but the app's own /api/.

const require = createRequire(import.meta.url);
const attempts: string[] = [];
const restore: Array<() => void> = [];

function trap(target: Record<string, unknown>, key: string, label: string) {
  const original = target[key];
  target[key] = (...args: unknown[]) => {
    attempts.push(`${label} ${String(args[0] && typeof args[0] === 'object' ? JSON.stringify(args[0]).slice(0, 80) : args[0])}`);
    throw new Error(`no network in Audit Desk: ${label}`);
  };
  restore.push(() => (target[key] = original));
}

beforeAll(() => {
  const net = require('node:net');
  const tls = require('node:tls');
  const http = require('node:http');
  const https = require('node:https');
  const http2 = require('node:http2');
  const dns = require('node:dns');
  const dgram = require('node:dgram');
  for (const k of ['connect', 'createConnection']) trap(net, k, `net.${k}`);
  // Everything TCP ends here, including sockets made by modules that captured net.connect before the patch.
  trap(net.Socket.prototype, 'connect', 'net.Socket#connect');
  trap(tls, 'connect', 'tls.connect');
  for (const m of [http, https]) for (const k of ['request', 'get']) trap(m, k, `${m === http ? 'http' : 'https'}.${k}`);
  trap(http2, 'connect', 'http2.connect');
  for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveMx', 'resolveTxt', 'resolveAny', 'reverse']) trap(dns, k, `dns.${k}`);
  for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) trap(dns.promises, k, `dns.promises.${k}`);
  trap(dgram, 'createSocket', 'dgram.createSocket');
  const g = globalThis as Record<string, unknown>;
  for (const k of ['fetch', 'WebSocket', 'EventSource']) if (k in g) trap(g, k, k);
  syncBuiltinESMExports();
});
afterAll(() => {
  for (const r of restore.reverse()) r();
  syncBuiltinESMExports();
});

describe('no network calls', () => {
  it('the traps work: a real attempt would be caught', async () => {
    const before = attempts.length;
    const http = await import('node:http');
    expect(() => http.request('http://example.org/')).toThrow(/no network/);
    await expect(Promise.resolve().then(() => fetch('https://example.org/'))).rejects.toThrow(/no network/);
    expect(attempts.length).toBe(before + 2);
    attempts.length = before;
  });

  it("the backend's main flows make none", async () => {
    const b = await tempBackend({ seedDemo: true });
    try {
      const cycles = await call<Array<{ id: number; status: string }>>(b, 'cycles.list');
      const open = cycles.find((c) => c.status === 'open')!;
      // Board paper and a letter (Word with charts rendered in-process).
      expect((await call<{ file: { fileName: string } }>(b, 'boardPapers.generate', { cycleId: open.id })).file.fileName).toMatch(/\.docx$/);
      const ret = (await call<Array<{ cycleAgencyId: number }>>(b, 'returns.list', { cycleId: open.id }))[0]!;
      await call(b, 'letters.generate', { cycleAgencyId: ret.cycleAgencyId });
      // Imports: the register and a return, round trip.
      const register = await call<{ fileName: string; contentBase64: string }>(b, 'agencies.exportXlsx');
      await call(b, 'agencies.importCommit', { fileName: register.fileName, contentBase64: register.contentBase64 });
      const tool = await call<{ files: Array<{ fileName: string; contentBase64: string }> }>(b, 'tools.issue', { cycleAgencyId: ret.cycleAgencyId, formats: ['xlsx'], markIssued: false });
      await call(b, 'returns.importPreview', { cycleId: open.id, file: tool.files[0] });
      // Calendar files and email drafts (nodemailer builds the .eml; it must not try to send or resolve).
      await call(b, 'meetings.ics', { cycleId: open.id });
      const events = await call<Array<{ id: number }>>(b, 'challenge.list', { cycleId: open.id });
      if (events[0]) await call(b, 'challenge.ics', { id: events[0].id });
      await call(b, 'chasers.create', { cycleId: open.id, cycleAgencyIds: [ret.cycleAgencyId], method: 'eml' });
      await call(b, 'actions.pack', { meetingDate: '2026-12-01' });
      const audits = await call<Array<{ id: number }>>(b, 'caseAudits.list');
      await call(b, 'caseAudits.reportDocx', { auditId: audits[0]!.id });
      await call(b, 'home.tiles');
    } finally {
      await b.close();
    }
    expect(attempts).toEqual([]);
  }, 120_000);
});

describe('the renderer can reach only its own origin', () => {
  it('the desktop CSP limits connections to the app itself', () => {
    const connect = contentSecurityPolicy()
      .split('; ')
      .find((d) => d.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self'");
  });

  it("the browser harness's CSP does too", () => {
    const harness = readFileSync(join(REPO, 'electron/backend/server/harness.ts'), 'utf8');
    const csp = /const CSP =\s*"([^"]+)"/.exec(harness)?.[1] ?? '';
    expect(csp.split('; ')).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  const dir = join(process.env.AUDIT_DESK_BUILD_DIR ?? join(REPO, 'out'), 'renderer');
  it.skipIf(!existsSync(dir))('the built renderer opens no socket and fetches only /api/', () => {
    const files = readdirSync(dir, { recursive: true }).map(String);
    const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const html = files.filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(js.length).toBeGreaterThan(0);
    for (const bad of [/new WebSocket\(/, /new EventSource\(/, /sendBeacon\(/, /new XMLHttpRequest/, /fetch\(\s*["'`]https?:/])
      expect(js, String(bad)).not.toMatch(bad);
    const fetches = [...js.matchAll(/fetch\(([^,)]{0,60})/g)].map((m) => m[1]!);
    expect(fetches.every((f) => f.startsWith('`/api/')), JSON.stringify(fetches)).toBe(true);
    // No script, style or font from anywhere else.
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
  });
});
