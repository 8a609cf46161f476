import { z } from 'zod';

/**
 * A schema for partial updates: every field optional and, unlike `.partial()`, no defaults, so a patch
 * that leaves `duties` out does not arrive as `duties: []` and wipe them.
 */
export function patchSchema<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
      return [key, inner.optional()];
    }),
  ) as unknown as { [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer T> ? T : S[K]> };
  return z.object(shape);
}

/** A patch field over the stored value: undefined keeps what is there, null clears it. */
export const patchOr = <T>(v: T | undefined, old: T): T => (v === undefined ? old : v);
