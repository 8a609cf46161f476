import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ApiErrorDetail, ErrorCode } from '../../../shared/result';
import { AppError } from '../errors';
import type { FrameworkTargets } from '../services/answers-write';
import type { LoadedScale } from '../services/rating-scale';
import type { ToolReadResult } from './tool-read-common';
import { readToolDocx } from './tool-docx-read';
import { readToolXlsx } from './tool-xlsx-read';

// Reading a return (unzip, XML, cells) is most of an import's CPU time and touches no database, so it runs on
// worker threads: while one file is parsed the main thread matches, checks and writes the last. Where no worker
// can start (no worker script beside the code, a worker that dies), files are read on the calling thread, so
// the pool changes how fast an import is, never what it does.

export interface ParseRequest {
  id: number;
  kind: 'xlsx' | 'docx';
  fileName: string;
  bytes: Uint8Array;
  fw: FrameworkTargets;
  scale: LoadedScale;
}

export type ParseReply =
  | { id: number; ok: true; read: ToolReadResult }
  | { id: number; ok: false; appError: { code: ErrorCode; message: string; details: ApiErrorDetail[] } }
  | { id: number; ok: false; message: string };

export type ReadTool = (kind: 'xlsx' | 'docx', fileName: string, bytes: Uint8Array, fw: FrameworkTargets, scale: LoadedScale) => Promise<ToolReadResult>;

/** On this thread: what every caller without a pool uses. */
export const readOnThread: ReadTool = (kind, fileName, bytes, fw, scale) => (kind === 'xlsx' ? readToolXlsx(fileName, bytes, fw, scale) : readToolDocx(fileName, bytes, fw, scale));

/**
 * The worker script: parse-worker.js beside the bundled main (electron-vite builds it as its own entry), else the
 * TypeScript source run through tsx (harness, CLI and tests run from source).
 */
export function parseWorkerScript(): { url: URL; execArgv: string[] } | null {
  const js = new URL('./parse-worker.js', import.meta.url);
  if (js.protocol === 'file:' && existsSync(fileURLToPath(js))) return { url: js, execArgv: [] };
  const ts = new URL('./parse-worker.ts', import.meta.url);
  if (ts.protocol === 'file:' && existsSync(fileURLToPath(ts))) return { url: ts, execArgv: ['--import', 'tsx'] };
  return null;
}

export interface ParsePool {
  read: ReadTool;
  /** Workers running (0 when reading on the calling thread). */
  readonly size: number;
  close(): Promise<void>;
}

/**
 * As many workers as cores, at most three. While files are checked the main thread mostly waits for reads (about
 * 0.8 ms of its own per file against 2 ms of reading), so on two cores two workers beat one (1.9 against 2.2 ms
 * a file, npm run bench); while they are imported the workers are idle.
 */
export const defaultPoolSize = (): number => Math.max(1, Math.min(3, availableParallelism()));

export function createParsePool(size = defaultPoolSize(), script = parseWorkerScript()): ParsePool {
  if (!script || size < 1) return { read: readOnThread, size: 0, close: async () => undefined };
  interface Slot {
    worker: Worker;
    busy: number;
  }
  const pending = new Map<number, { resolve: (r: ToolReadResult) => void; reject: (e: Error) => void; slot: Slot; retry: () => void }>();
  let slots: Slot[] = [];
  let nextId = 1;
  let broken = false;
  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(script.url, { execArgv: script.execArgv }), busy: 0 };
    slot.worker.unref();
    slot.worker.on('message', (reply: ParseReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      slot.busy--;
      if (reply.ok) p.resolve(reply.read);
      else if ('appError' in reply) p.reject(new AppError(reply.appError.code, reply.appError.message, reply.appError.details));
      else p.reject(new Error(reply.message));
    });
    // A worker that cannot start or dies: stop using workers and read its files here.
    const fail = () => {
      broken = true;
      for (const [id, p] of pending) if (p.slot === slot) {
        pending.delete(id);
        p.retry();
      }
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => code !== 0 && fail());
    return slot;
  };
  slots = Array.from({ length: size }, start);
  const read: ReadTool = (kind, fileName, bytes, fw, scale) => {
    if (broken) return readOnThread(kind, fileName, bytes, fw, scale);
    const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = nextId++;
    return new Promise<ToolReadResult>((resolve, reject) => {
      const retry = () => readOnThread(kind, fileName, bytes, fw, scale).then(resolve, reject);
      pending.set(id, { resolve, reject, slot, retry });
      slot.busy++;
      slot.worker.postMessage({ id, kind, fileName, bytes, fw, scale } satisfies ParseRequest);
    });
  };
  return {
    read,
    get size() {
      return broken ? 0 : slots.length;
    },
    async close() {
      broken = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots = [];
    },
  };
}
