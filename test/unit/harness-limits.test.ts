import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadedFileSchema } from '../../shared/domain/imports';
import { MAX_BODY_BYTES, startHarness, TOKEN_HEADER, type Harness } from '../../electron/backend/server/harness';

// The harness's refusals, beyond harness.test.ts: every way of reaching the API without being the page this
// launch served (no token, token in the URL, another origin or host) and bodies too large to be a valid call,
// which must be refused from the Content-Length alone, before the body is read.

interface Reply {
  status: number;
  body: string;
}

/** A raw request; `body` may be sent only in part (`end: false`), as a client streaming a huge upload would. */
function raw(h: Harness, opts: { path?: string; headers?: Record<string, string | number>; body?: string | Buffer; end?: boolean }) {
  return new Promise<Reply>((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: h.port, path: opts.path ?? '/api/app.info', method: 'POST', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        req.destroy();
        ok({ status: res.statusCode!, body });
      });
    });
    // The server may close the socket on a refused upload while we are still writing: that is the point.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? undefined : fail(e)));
    if (opts.body) req.write(opts.body);
    if (opts.end !== false) req.end();
  });
}

let harness: Harness;
let small: Harness;
const calls: string[] = [];
const dispatch = async (method: string) => {
  calls.push(method);
  return { ok: true as const, value: { method } };
};
const good = (h: Harness) => ({ host: `127.0.0.1:${h.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: h.token });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'harness-limits-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>shell</title>');
  harness = await startHarness({ staticDir: dir, dispatch });
  small = await startHarness({ staticDir: dir, dispatch, maxBodyBytes: 1000 });
});
afterAll(async () => {
  await harness.close();
  await small.close();
});

describe('harness limits', () => {
  it('refuses API calls without the token, with a wrong one, or with it only in the URL', async () => {
    const before = calls.length;
    const { [TOKEN_HEADER]: _token, ...noToken } = good(harness);
    expect((await raw(harness, { headers: noToken, body: '{}' })).status).toBe(401);
    expect((await raw(harness, { headers: { ...good(harness), [TOKEN_HEADER]: `${harness.token}x` }, body: '{}' })).status).toBe(401);
    expect((await raw(harness, { headers: { ...good(harness), [TOKEN_HEADER]: '' }, body: '{}' })).status).toBe(401);
    expect((await raw(harness, { path: `/api/app.info?token=${harness.token}`, headers: noToken, body: '{}' })).status).toBe(401);
    expect(calls.length).toBe(before);
  });

  it('refuses foreign origins and hosts even with the right token', async () => {
    const before = calls.length;
    for (const origin of ['http://evil.example', 'null', `https://127.0.0.1:${harness.port}`, `http://127.0.0.1:${harness.port + 1}`, `http://127.0.0.1:${harness.port}.evil.example`])
      expect((await raw(harness, { headers: { ...good(harness), origin }, body: '{}' })).status, origin).toBe(403);
    for (const host of ['evil.example', `evil.example:${harness.port}`, `127.0.0.1:${harness.port}.evil.example`, `127.0.0.1:${harness.port + 1}`, `[::1]:${harness.port}`])
      expect((await raw(harness, { headers: { ...good(harness), host }, body: '{}' })).status, host).toBe(403);
    expect(calls.length).toBe(before);
  });

  it('allows exactly the largest upload the contract accepts, and not much more', () => {
    const largest = (uploadedFileSchema.shape.contentBase64 as unknown as { maxLength: number }).maxLength;
    expect(largest).toBe(80_000_000);
    expect(MAX_BODY_BYTES).toBeGreaterThan(largest);
    expect(MAX_BODY_BYTES).toBeLessThan(largest * 1.1);
  });

  it('refuses a declared oversized body with 413 before reading it', async () => {
    const before = calls.length;
    // Only 10 bytes of the declared length are ever sent: a reply proves the server did not wait for the rest.
    const r = await raw(harness, { headers: { ...good(harness), 'content-length': MAX_BODY_BYTES + 1 }, body: '{"x":"0123', end: false });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).ok).toBe(false);
    const s = await raw(small, { headers: { ...good(small), 'content-length': 1001 }, body: 'x', end: false });
    expect(s.status).toBe(413);
    expect(calls.length).toBe(before);
  });

  it('refuses a chunked body (no Content-Length) once it passes the limit', async () => {
    const before = calls.length;
    const r = await raw(small, { headers: { ...good(small), 'transfer-encoding': 'chunked' }, body: JSON.stringify({ x: 'y'.repeat(5000) }) });
    expect(r.status).toBe(413);
    expect(calls.length).toBe(before);
  });

  it('still dispatches a body within the limit', async () => {
    const body = JSON.stringify({ x: 'y'.repeat(900) });
    const r = await raw(small, { headers: { ...good(small), 'content-length': Buffer.byteLength(body) }, body });
    expect(r.status).toBe(200);
    expect(calls.at(-1)).toBe('app.info');
  });
});
