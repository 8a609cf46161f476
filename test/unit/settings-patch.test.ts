import { describe, expect, it } from 'vitest';
import { settingsPatchSchema } from '../../shared/domain/settings';
import { call, tempBackend } from '../helpers/backend';

describe('settings.update with one field', () => {
  it('parses a patch without filling in defaults for the fields left out', () => {
    expect(settingsPatchSchema.parse({ partnershipShortName: 'NSCP' })).toEqual({ partnershipShortName: 'NSCP' });
  });

  it('changes that field only: the marking, colour and business-unit contact stay as they were', async () => {
    const b = await tempBackend({ seedDemo: true });
    try {
      const before = await call(b, 'settings.update', { protectiveMarking: 'OFFICIAL-SENSITIVE', brandColour: '#7A1F5C' });
      const after = await call(b, 'settings.update', { partnershipShortName: 'NMSCP' });
      expect(after).toEqual({ ...before, partnershipShortName: 'NMSCP' });
      expect(after.businessUnitContactId).not.toBeNull();
    } finally {
      await b.close();
    }
  });
});
