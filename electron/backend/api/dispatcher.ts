import type { ZodError } from 'zod';
import { contract, isMethodName, type ApiOutput, type ApiParsed, type MethodName } from '../../../shared/api/contract';
import type { ApiErrorDetail, Result } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

export type Handler<M extends MethodName> = (ctx: ServiceContext, input: ApiParsed<M>) => Promise<ApiOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export const zodDetails = (error: ZodError, file?: string): ApiErrorDetail[] =>
  error.issues.map((i) => ({
    ...(file ? { file } : {}),
    field: i.path.length ? i.path.join('.') : undefined,
    message: i.message,
  }));

/**
 * The one entry point every transport shares (IPC, HTTP harness, CLI): unknown methods and malformed
 * input become typed errors, never exceptions across the boundary.
 */
export function createDispatcher(ctx: ServiceContext, handlers: Handlers, log: (e: unknown) => void = console.error): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return { ok: false, error: { code: 'unknown_method', message: `Unknown API method "${String(method)}".` } };
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success)
      return {
        ok: false,
        error: { code: 'validation', message: `The request to ${method} is not valid.`, details: zodDetails(parsed.error) },
      };
    try {
      const handler = handlers[method] as Handler<typeof method>;
      const value = await handler(ctx, parsed.data as never);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message, details: err.details } };
      log(err);
      return { ok: false, error: { code: 'internal', message: `Something went wrong in ${method}: ${err instanceof Error ? err.message : String(err)}` } };
    }
  };
}
