import { afterEach, describe, expect, it } from 'vitest';
import type { AgencyListRow, ContactListRow, Sector } from '../../shared/domain/agency';
import type { Settings, HistoryEntry } from '../../shared/domain/settings';
import type { FrameworkSummary } from '../../shared/domain/framework';
import { startBackend } from '../../electron/backend/app';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations/index';
import { call, FIXED_NOW, RESOURCES, tempBackend } from '../helpers/backend';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
});

describe('demo partnership on first run', () => {
  it('creates Northmoor with agencies in every default sector, leads, the business unit and a draft framework', async () => {
    const b = await tempBackend({ seedDemo: true });
    open.push(b);
    const settings = await call<Settings>(b, 'settings.get');
    expect(settings.partnershipName).toBe('Northmoor Safeguarding Children Partnership');
    expect(settings.businessUnitContactId).not.toBeNull();
    const agencies = await call<AgencyListRow[]>(b, 'agencies.list');
    expect(agencies.length).toBeGreaterThanOrEqual(40);
    const sectors = await call<Sector[]>(b, 'sectors.list');
    expect(sectors.filter((s) => s.agencyCount > 0).length).toBe(sectors.length);
    expect(agencies.every((a) => a.safeguardingLead)).toBe(true);
    // Same-named schools and settings are kept apart by identifier.
    expect(agencies.filter((a) => a.name === 'Moorside Primary School')).toHaveLength(2);
    const contacts = await call<ContactListRow[]>(b, 'contacts.list');
    expect(contacts.filter((c) => c.isScrutineer)).toHaveLength(1);
    expect(contacts.filter((c) => c.isBusinessUnit).length).toBeGreaterThanOrEqual(3);
    const frameworks = await call<FrameworkSummary[]>(b, 'frameworks.list');
    expect(frameworks.some((f) => f.status === 'draft' && !f.frozen)).toBe(true);
  });

  it('is created once: reopening the same folder adds nothing', async () => {
    const b = await tempBackend({ seedDemo: true });
    const count = (await call<AgencyListRow[]>(b, 'agencies.list')).length;
    await b.close();
    const again = await startBackend({ dataDir: b.dataDir, resourcesDir: RESOURCES, mode: 'cli', now: () => FIXED_NOW });
    open.push(again);
    expect(again.opened.created).toBe(false);
    expect((await call<AgencyListRow[]>(again, 'agencies.list')).length).toBe(count);
    expect(await call<FrameworkSummary[]>(again, 'frameworks.list')).toHaveLength(3);
  });
});

describe('an empty partnership (no demo)', () => {
  it('still has the default sectors and the built-in frameworks to start from', async () => {
    const b = await tempBackend({ seedDemo: false });
    open.push(b);
    expect((await call<Sector[]>(b, 'sectors.list')).map((s) => s.code)).toContain('early_years');
    expect(await call<AgencyListRow[]>(b, 'agencies.list')).toEqual([]);
    expect(await call<FrameworkSummary[]>(b, 'frameworks.list')).toHaveLength(2);
  });
});

describe('settings', () => {
  it('updates fields, keeps the rest, and records who changed what', async () => {
    const b = await tempBackend();
    open.push(b);
    const s = await call<Settings>(b, 'settings.update', { partnershipName: 'Westvale SCP', protectiveMarking: 'OFFICIAL-SENSITIVE' });
    expect(s.partnershipName).toBe('Westvale SCP');
    expect(s.brandColour).toBe('#1F4E79');
    expect((await call<Settings>(b, 'settings.get')).protectiveMarking).toBe('OFFICIAL-SENSITIVE');
    const h = await call<HistoryEntry[]>(b, 'history.list', { entityType: 'settings', entityId: 1 });
    expect(h[0]).toMatchObject({ userName: 'tester', at: FIXED_NOW.toISOString() });
    expect(h[0]!.changes.partnershipName).toEqual(['Safeguarding Children Partnership', 'Westvale SCP']);
  });

  it('rejects a bad colour and an empty name without saving', async () => {
    const b = await tempBackend();
    open.push(b);
    expect(await b.dispatch('settings.update', { brandColour: 'blue' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await b.dispatch('settings.update', { partnershipName: '  ' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await call<Settings>(b, 'settings.get')).brandColour).toBe('#1F4E79');
  });

  it('reports app info: mode, paths, schema and today', async () => {
    const b = await tempBackend();
    open.push(b);
    const info = await call(b, 'app.info');
    expect(info).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, today: '2026-11-22', userName: 'tester', dataDir: b.dataDir });
    expect(info.databasePath).toMatch(/audit-desk\.sqlite$/);
  });
});
