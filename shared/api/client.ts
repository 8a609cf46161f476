import type { Result } from '../result';
import type { ApiInput, ApiOutput, MethodName } from './contract';

/** The transport both the IPC bridge and the HTTP harness provide. */
export type Invoke = (method: string, input: unknown) => Promise<Result<unknown>>;

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Array<{ file?: string; row?: number; field?: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, ...input: undefined extends ApiInput<M> ? [ApiInput<M>?] : [ApiInput<M>]): Promise<ApiOutput<M>>;
  result<M extends MethodName>(method: M, input: ApiInput<M>): Promise<Result<ApiOutput<M>>>;
}

/** Typed wrapper: `call` throws ApiCallError on failure, `result` returns the Result as is. */
export const createApiClient = (invoke: Invoke): ApiClient => ({
  async call(method, ...args) {
    const r = await invoke(method, args[0]);
    if (!r.ok) throw new ApiCallError(r.error.code, r.error.message, r.error.details);
    return r.value as never;
  },
  async result(method, input) {
    return (await invoke(method, input)) as never;
  },
});
