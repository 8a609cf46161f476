import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { readToolDocx } from './tool-docx-read';
import { readToolXlsx } from './tool-xlsx-read';
import type { ParseReply, ParseRequest } from './parse-pool';

// A worker thread that reads returns (workbooks and Word documents) so the main thread can keep answering the
// UI and writing to the database while the next files are parsed. It only parses: no database, no files.

parentPort?.on('message', async (req: ParseRequest) => {
  let reply: ParseReply;
  try {
    const bytes = new Uint8Array(req.bytes);
    const read = req.kind === 'xlsx' ? await readToolXlsx(req.fileName, bytes, req.fw, req.scale) : await readToolDocx(req.fileName, bytes, req.fw, req.scale);
    reply = { id: req.id, ok: true, read };
  } catch (err) {
    reply = err instanceof AppError ? { id: req.id, ok: false, appError: { code: err.code, message: err.message, details: err.details } } : { id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
