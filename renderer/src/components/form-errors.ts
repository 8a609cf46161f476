import type { z } from 'zod';
import { ApiCallError } from '../../../shared/api/client';

export type FieldErrors = Record<string, string>;

/** First message per top-level field, from a zod schema run in the renderer before saving. */
export function validate<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrors } {
  const r = schema.safeParse(values);
  if (r.success) return { ok: true, value: r.data };
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : '_';
    if (!(key in errors)) errors[key] = sentence(issue.message);
  }
  return { ok: false, errors };
}

const sentence = (m: string) => {
  const p = plainMessage(m);
  return p ? p[0]!.toUpperCase() + p.slice(1) : p;
};

/** zod's own wording ("Too small: expected string to have >=1 characters") in plain English. */
export function plainMessage(message: string): string {
  if (/expected string to have >=1 characters/i.test(message)) return 'must be filled in';
  const long = /expected string to have <=(\d+) characters/i.exec(message);
  if (long) return `must be ${long[1]} characters or fewer`;
  if (/expected number, received/i.test(message) || /received NaN/i.test(message)) return 'must be a number';
  if (/^invalid string: must match pattern/i.test(message)) return 'is not in the expected format';
  return message;
}

/**
 * Field errors from a server validation answer. The dispatcher reports paths of the whole request
 * ("patch.postcode"); `strip` removes the envelope so they line up with the form's fields.
 */
export function serverFieldErrors(error: unknown, strip: string[] = ['patch']): FieldErrors | null {
  if (!(error instanceof ApiCallError) || error.code !== 'validation' || error.details.length === 0) return null;
  const out: FieldErrors = {};
  for (const d of error.details) {
    if (!d.field) continue;
    const parts = d.field.split('.');
    while (parts.length && strip.includes(parts[0]!)) parts.shift();
    const key = parts[0] ?? '_';
    if (!(key in out)) out[key] = sentence(d.message);
  }
  return Object.keys(out).length ? out : null;
}
