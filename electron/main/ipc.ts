import { isAbsolute } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { API_CHANNEL, HOST_CHANNEL } from '../../shared/api/contract';
import { HOST_METHODS, type Host, type HostMethod } from '../../shared/host';
import { fail, ok, type Result } from '../../shared/result';
import { zodDetails, type Dispatch } from '../backend/api/dispatcher';
import { AppError } from '../backend/errors';

const title = z.string().max(200);
const filters = z
  .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/)).max(20) }).strict())
  .max(20);
const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => isAbsolute(p) && !p.includes('\0'), 'Must be an absolute path.');

/** Host arguments come from the page, so they are checked as strictly as API input. */
export const hostArgSchemas = {
  openFile: z.object({ title, filters }).strict(),
  openFiles: z.object({ title, filters }).strict(),
  saveFile: z
    .object({
      title,
      suggestedName: z.string().min(1).max(255).regex(/^[^/\\\0]+$/, 'A file name, not a path.'),
      contentBase64: z.base64(),
      filters,
    })
    .strict(),
  pickFolder: z.object({ title }).strict(),
  openPath: absolutePath,
  showInFolder: absolutePath,
} satisfies { [M in HostMethod]: z.ZodType<Parameters<Host[M]>[0]> };

const isHostMethod = (m: unknown): m is HostMethod => typeof m === 'string' && (HOST_METHODS as readonly string[]).includes(m);

const senderUrl = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string => event.senderFrame?.url ?? '';
const refused = (channel: string) => fail('unauthorised', `${channel} is only available to the Audit Desk window.`);

const errorResult = (err: unknown, what: string, log: (e: unknown) => void): Result<never> => {
  if (err instanceof AppError) return fail(err.code, err.message, err.details.length ? err.details : undefined);
  log(err);
  return fail('internal', `Something went wrong in ${what}: ${err instanceof Error ? err.message : String(err)}`);
};

/** Runs one host operation with checked arguments; failures (a file open in Word…) come back as Results. */
export async function callHost(host: Host, method: unknown, arg: unknown, log: (e: unknown) => void = console.error): Promise<Result<unknown>> {
  if (!isHostMethod(method)) return fail('unknown_method', `Unknown host operation "${String(method)}".`);
  const parsed = hostArgSchemas[method].safeParse(arg);
  if (!parsed.success) return fail('validation', `The request to ${method} is not valid.`, zodDetails(parsed.error));
  try {
    const fn = host[method] as (a: unknown) => Promise<unknown>;
    return ok(await fn.call(host, parsed.data));
  } catch (err) {
    return errorResult(err, method, log);
  }
}

/**
 * One channel for the whole API and one for host operations, each answering only our own page. The
 * dispatcher turns unknown methods and malformed input into Results; nothing here throws across IPC.
 */
export function registerApi(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  host: Host,
  isAppUrl: (url: string) => boolean,
  log: (e: unknown) => void = console.error,
): () => void {
  ipcMain.handle(API_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isAppUrl(senderUrl(event))) return refused('The API');
    if (typeof method !== 'string') return fail('unknown_method', `Unknown API method "${String(method)}".`);
    try {
      return await dispatch(method, input);
    } catch (err) {
      return errorResult(err, method, log);
    }
  });
  ipcMain.handle(HOST_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, arg: unknown): Promise<Result<unknown>> => {
    if (!isAppUrl(senderUrl(event))) return refused('This operation');
    return callHost(host, method, arg, log);
  });
  return () => {
    ipcMain.removeHandler(API_CHANNEL);
    ipcMain.removeHandler(HOST_CHANNEL);
  };
}
