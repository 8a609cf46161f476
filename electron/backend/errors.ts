import type { ApiErrorDetail, ErrorCode } from '../../shared/result';

/** A failure the user can act on. Anything else thrown is reported as an internal error. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id: number | string) => new AppError('not_found', `${what} ${id} does not exist.`);
export const invalid = (message: string, details: ApiErrorDetail[] = []) => new AppError('validation', message, details);
export const conflict = (message: string, details: ApiErrorDetail[] = []) => new AppError('conflict', message, details);
