import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../shared/api/contract';
import { tempBackend } from '../helpers/backend';
import { changedTables, fuzzParams, hostileString, quickDigest } from './fuzz-kit';

// Every API method, fed generated malformed arguments: wrong types for the whole input and for each of its
// fields, missing fields, extra fields, huge strings, zero, negative, fractional and enormous ids, nested junk.
// Whatever comes back must be a typed result, never 'internal' (an exception reaching the dispatcher); input
// its schema refuses must come back as 'validation'; and a refused call must leave the database as it was.
//
// No method is skipped: none legitimately accepts just anything. Generated input the schema accepts (unknown
// keys are stripped, every field optional) does reach the handler; it may then succeed, so only refusals are
// checked for writes. Fields naming a folder or path get a fresh temp folder, never generated text, so an
// accepted call cannot write outside it.

type Backend = Awaited<ReturnType<typeof tempBackend>>;
let b: Backend;
let scratch: string;

beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
  scratch = mkdtempSync(join(tmpdir(), 'fuzz-api-out-'));
}, 60_000);
afterAll(() => b.close());

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object shape under optional/default/pipe wrappers, or null when the input is not an object. */
function shapeOf(s: z.ZodType): Record<string, z.ZodType> | null {
  let d = defOf(s);
  for (let i = 0; i < 10 && d.type !== 'object'; i++) {
    const inner = d.innerType ?? d.in;
    if (!inner) return null;
    d = defOf(inner);
  }
  return d.type === 'object' ? (d.shape ?? null) : null;
}

const PATH_KEYS = new Set(['folder', 'path']);

const badId = fc.constantFrom(0, -1, -(2 ** 31), 1.5, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 999_999_999, Number.NaN, Infinity, '1', '1; DROP TABLE agencies', null, true, [], {});
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: badId },
  { weight: 1, arbitrary: fc.integer({ min: 200_001, max: 2_000_000 }).map((n) => 'y'.repeat(n)) },
  { weight: 1, arbitrary: fc.array(fc.oneof(badId, hostileString), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6000, maxLength: 6001 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(hostileString, badId), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', { __proto__: { admin: true } }, '2026-02-30', '25:61', 'javascript:alert(1)') },
);

/** Malformed input for one method: the whole thing wrong, or its own fields given wrong values, dropped or added to. */
function malformed(name: (typeof METHOD_NAMES)[number]): fc.Arbitrary<unknown> {
  const shape = shapeOf(contract[name].input as z.ZodType);
  const whole = fc.oneof(junk, fc.constantFrom(null, 0, '', 'x', true, [], [{}]));
  if (!shape) return whole;
  const keys = Object.keys(shape);
  const fields = fc
    .tuple(fc.subarray(keys), fc.dictionary(fc.constantFrom(...(keys.length ? keys : ['x'])), junk), fc.dictionary(hostileString.filter((k) => k.length > 0 && !keys.includes(k)), junk, { maxKeys: 3 }))
    .map(([kept, wrong, extra]) => {
      const out: Record<string, unknown> = { ...extra };
      for (const k of kept) out[k] = 1;
      Object.assign(out, wrong);
      for (const k of Object.keys(out)) if (PATH_KEYS.has(k)) out[k] = scratch;
      return out;
    });
  return fc.oneof({ weight: 1, arbitrary: whole }, { weight: 4, arbitrary: fields });
}

describe('every API method refuses malformed arguments with a typed error and changes nothing', () => {
  it('covers every method in the contract', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(100);
  });

  // Grouped so a slow generator (documents) does not stall one test past its timeout.
  const groups = new Map<string, Array<(typeof METHOD_NAMES)[number]>>();
  for (const m of METHOD_NAMES) groups.set(m.split('.')[0]!, [...(groups.get(m.split('.')[0]!) ?? []), m]);
  for (const [group, methods] of groups)
    it(`${group}.* (${methods.length} methods)`, async () => {
      for (const name of methods) {
        const schema = contract[name].input as z.ZodType;
        await fc.assert(
          fc.asyncProperty(malformed(name), async (input) => {
            const before = quickDigest(b);
            const r = await b.dispatch(name, input);
            if (r.ok) return;
            const context = `${name}(${JSON.stringify(input)?.slice(0, 300)}): ${r.error.code}: ${r.error.message.slice(0, 300)}`;
            expect(r.error.code, context).not.toBe('internal');
            if (!schema.safeParse(input).success) expect(r.error.code, context).toBe('validation');
            expect(changedTables(before, quickDigest(b)), context).toBe('none');
          }),
          fuzzParams(25),
        );
      }
    }, 120_000);
});
