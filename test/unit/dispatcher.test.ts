import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract';
import { createDispatcher, type Handlers } from '../../electron/backend/api/dispatcher';
import { handlers } from '../../electron/backend/api/handlers';
import { AppError } from '../../electron/backend/errors';
import type { ServiceContext } from '../../electron/backend/context';

const ctx = {} as ServiceContext;
const stub = (impl: (input: unknown) => unknown) =>
  Object.fromEntries(METHOD_NAMES.map((m) => [m, async (_c: unknown, input: unknown) => impl(input)])) as unknown as Handlers;

describe('dispatcher', () => {
  it('has a handler for every method in the contract, and no others', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('refuses an unknown method with a typed error', async () => {
    const d = createDispatcher(ctx, stub(() => 1));
    expect(await d('agencies.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await d('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await d('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses malformed input before the handler runs, naming the field', async () => {
    let ran = false;
    const d = createDispatcher(ctx, stub(() => (ran = true)));
    const r = await d('agencies.get', { id: 'seven' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!r.ok && r.error.details?.[0]?.field).toBe('id');
    expect(ran).toBe(false);
  });

  it('passes parsed (normalised) input to the handler', async () => {
    let seen: unknown;
    const d = createDispatcher(ctx, stub((i) => (seen = i)));
    await d('agencies.create', { name: '  Kelby School ', sectorId: 3, postcode: 'nm7 3kp' });
    expect(seen).toMatchObject({ name: 'Kelby School', postcode: 'NM7 3KP', duties: [] });
  });

  it('turns AppError into its code and other throws into internal errors', async () => {
    const d1 = createDispatcher(ctx, stub(() => { throw new AppError('frozen', 'in use'); }));
    expect(await d1('frameworks.get', { id: 1 })).toEqual({ ok: false, error: { code: 'frozen', message: 'in use', details: [] } });
    const logged: unknown[] = [];
    const d2 = createDispatcher(ctx, stub(() => { throw new TypeError('boom'); }), (e) => logged.push(e));
    const r = await d2('frameworks.get', { id: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(1);
  });
});

describe('patch inputs', () => {
  it('carry only the fields given: no defaults fill in the rest', async () => {
    let seen: unknown;
    const d = createDispatcher(ctx, stub((i) => (seen = i)));
    await d('agencies.update', { id: 4, patch: { town: 'Kelby' } });
    expect(seen).toEqual({ id: 4, patch: { town: 'Kelby' } });
    await d('contacts.update', { id: 4, patch: { fullName: 'Ann Lee' } });
    expect(seen).toEqual({ id: 4, patch: { fullName: 'Ann Lee' } });
  });
});
