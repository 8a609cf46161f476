import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Dispatch } from '../api/dispatcher';

/**
 * The browser harness: the same dispatcher the desktop app uses over IPC, served over HTTP on loopback so
 * the real UI runs in a browser (where Electron cannot start, and for Playwright). It only answers requests
 * that carry this launch's secret token and come from its own origin, so another local page cannot drive it.
 */
export interface HarnessOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface Harness {
  url: string;
  /** URL with the token in the fragment, for the user to open. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-audit-desk-token';
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8') {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

/**
 * The largest request body: the contract's largest upload is a file of 80,000,000 base64 characters (60 MB,
 * uploadedFileSchema), which JSON carries byte for byte; 4 MB more covers the rest of that call (file name,
 * column mapping). Bigger bodies are refused with 413 before they are read into memory. Only a contrived
 * call could need more (returns.saveAnswers with 5,000 answers each at its 42,000-character maximum); a real
 * return is a few hundred answers of a few KB, and the desktop app's IPC has no such limit.
 */
export const MAX_BODY_BYTES = 80_000_000 + 4 * 1024 * 1024;

class TooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // A chunked body has no Content-Length: stop at the limit rather than buffering the rest.
    if (size > limit) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const tooLarge = (res: ServerResponse, limit: number) => {
  // Close the connection too, so the client stops sending the rest of the body.
  res.setHeader('connection', 'close');
  send(res, 413, JSON.stringify({ ok: false, error: { code: 'validation', message: `The request is larger than ${limit} bytes.` } }));
};

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = resolve(options.staticDir);
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer(async (req, res) => {
    try {
      // DNS-rebinding guard: the Host must be our loopback address.
      if (!req.headers.host || !allowedHosts().has(req.headers.host)) return send(res, 403, JSON.stringify({ error: 'forbidden host' }));
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, JSON.stringify({ error: 'POST only' }));
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, '')))
          return send(res, 403, JSON.stringify({ error: 'forbidden origin' }));
        const given = req.headers[TOKEN_HEADER];
        if (typeof given !== 'string' || !sameToken(given, token))
          return send(res, 401, JSON.stringify({ ok: false, error: { code: 'unauthorised', message: 'Missing or wrong launch token.' } }));
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
          return send(res, 415, JSON.stringify({ error: 'application/json only' }));
        // Refused from the declared length alone, before a byte of the body is read.
        if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge(res, limit);
        let input: unknown;
        try {
          const body = await readBody(req, limit);
          input = body ? JSON.parse(body) : undefined;
        } catch (err) {
          if (err instanceof TooLarge) return tooLarge(res, limit);
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'validation', message: 'The request body is not JSON or is too large.' } }));
        }
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        return send(res, 200, JSON.stringify(await options.dispatch(method, input)));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, JSON.stringify({ error: 'method not allowed' }));
      let file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (file !== root && !file.startsWith(root + sep)) return send(res, 404, 'not found', 'text/plain');
      const st = await stat(file).catch(() => null);
      // Client-side routes fall back to the app shell.
      if (!st || st.isDirectory()) file = join(root, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return send(res, 404, 'The renderer has not been built: run npm run build.', 'text/plain; charset=utf-8');
      return send(res, 200, body, TYPES[extname(file)] ?? 'application/octet-stream');
    } catch (err) {
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: err instanceof Error ? err.message : String(err) }));
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
