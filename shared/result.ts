// Results cross every boundary (IPC, HTTP, CLI) as plain data, never as thrown errors.
export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'frozen'
  | 'import_invalid'
  | 'file_locked'
  | 'unknown_method'
  | 'unauthorised'
  | 'internal';

export interface ApiErrorDetail {
  /** File name, when the problem is in a file the user gave us. */
  file?: string;
  /** 1-based spreadsheet row (header is row 1), when the problem is in a row. */
  row?: number;
  /** Column heading or field name. */
  field?: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: ApiErrorDetail[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: ApiErrorDetail[]): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
