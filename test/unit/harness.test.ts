import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TOKEN_HEADER, type Harness } from '../../electron/backend/server/harness';

// Raw node:http so the test can send any Host and Origin headers, as a hostile page or rebinding attack would.
const send = (h: Harness, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) =>
  new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: h.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', fail);
    if (opts.body) req.write(opts.body);
    req.end();
  });

let harness: Harness;
const calls: Array<[string, unknown]> = [];
const api = (headers: Record<string, string> = {}, body = '{"x":1}') =>
  send(harness, {
    path: '/api/app.info',
    method: 'POST',
    body,
    headers: { host: `127.0.0.1:${harness.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: harness.token, ...headers },
  });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'harness-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>shell</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'harness-secret.txt'), 'secret');
  harness = await startHarness({
    staticDir: dir,
    dispatch: async (method, input) => {
      calls.push([method, input]);
      return { ok: true, value: { method } };
    },
  });
});
afterAll(() => harness.close());

describe('HTTP harness', () => {
  it('binds to loopback and puts the token in the fragment, not the query', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(harness.launchUrl).toBe(`${harness.url}#token=${harness.token}`);
    expect(harness.token.length).toBeGreaterThanOrEqual(24);
  });

  it('dispatches a call that has the token, its own Host and Origin', async () => {
    const r = await api({ origin: `http://127.0.0.1:${harness.port}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { method: 'app.info' } });
    expect(calls.at(-1)).toEqual(['app.info', { x: 1 }]);
  });

  it('rejects a missing or wrong token', async () => {
    const before = calls.length;
    expect((await api({ [TOKEN_HEADER]: 'nope' })).status).toBe(401);
    const noToken = await send(harness, { path: '/api/app.info', method: 'POST', headers: { host: `127.0.0.1:${harness.port}`, 'content-type': 'application/json' } });
    expect(noToken.status).toBe(401);
    expect(calls.length).toBe(before);
  });

  it('rejects a foreign Origin and a foreign Host', async () => {
    expect((await api({ origin: 'http://evil.example' })).status).toBe(403);
    expect((await api({ host: 'evil.example' })).status).toBe(403);
    expect((await api({ host: `attacker.example:${harness.port}` })).status).toBe(403);
  });

  it('rejects non-JSON bodies, which a cross-site form could send without a preflight', async () => {
    expect((await api({ 'content-type': 'text/plain' })).status).toBe(415);
    expect((await api({}, '{not json')).status).toBe(400);
  });

  it('serves the built renderer with a CSP, falls back to index.html, and never leaves the folder', async () => {
    const host = { host: `127.0.0.1:${harness.port}` };
    const js = await send(harness, { path: '/assets/app.js', headers: host });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const route = await send(harness, { path: '/agencies/12', headers: host });
    expect(route.body).toContain('<title>shell</title>');
    const escape = await send(harness, { path: '/../harness-secret.txt', headers: host });
    expect(escape.body).not.toContain('secret');
    const encoded = await send(harness, { path: '/%2e%2e/harness-secret.txt', headers: host });
    expect(encoded.body).not.toContain('secret');
  });
});
