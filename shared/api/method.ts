import { z } from 'zod';
import { columnMappingSchema, uploadedFileSchema } from '../domain/imports';
import { recordId } from './schema-fragments';

/** One API method: the zod schema of its input, and (phantom) the type of its output. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}
export const method = <O>() => <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, output: undefined as O });

export const id = z.object({ id: recordId });
export const none = z.object({}).strict().optional();
export const importInput = uploadedFileSchema.extend({ mapping: columnMappingSchema.optional() });
