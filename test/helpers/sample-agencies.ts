// Deterministic sample agencies and sectors for report tests (no randomness: failures must reproduce).
import type { AgencyListRow, Sector } from '../../shared/domain/agency';
import { DEFAULT_SECTORS, type Duty } from '../../shared/domain/enums';
import type { Settings } from '../../shared/domain/settings';

export const SAMPLE_SETTINGS: Settings = {
  partnershipName: 'Northmoor Safeguarding Children Partnership',
  partnershipShortName: 'NSCP',
  logoBase64: null,
  logoMimeType: null,
  protectiveMarking: 'OFFICIAL',
  businessUnitContactId: null,
  brandColour: '#1F4E79',
};

export function sampleSectors(): Sector[] {
  return DEFAULT_SECTORS.map((s, i) => ({ id: i + 1, code: s.code, name: s.name, sortOrder: i + 1, active: true, agencyCount: 0 }));
}

const TOWNS = ['Northmoor', 'Eastfield', 'Kirkby Vale', 'Hollins Bridge', 'Saltmarsh'];
const KINDS: Record<string, string[]> = {
  la_childrens: ["Children's Social Care", 'Early Help Service', 'Youth Justice Service'],
  health: ['NHS Foundation Trust', 'Integrated Care Board', 'Community Health Services', 'Mental Health Trust'],
  police: ['Constabulary'],
  probation: ['Probation Delivery Unit'],
  fire: ['Fire and Rescue Service'],
  housing: ['Homes', 'Housing Association'],
  education: ['Primary School', 'Academy', 'College', 'Infant School', 'High School'],
  early_years: ['Nursery', 'Pre-school', 'Childminding Network'],
  voluntary: ['Youth Trust', "Women's Aid", 'Family Support Charity'],
  sport: ['Football Club', 'Leisure Trust'],
  other: ['Faith Forum'],
};

/** n agencies spread over the default sectors, most schools and early years as in a real partnership. */
export function sampleAgencies(n: number, sectors: Sector[] = sampleSectors()): AgencyListRow[] {
  const weights = sectors.map((s) => (s.code === 'education' ? 8 : s.code === 'early_years' ? 4 : s.code === 'health' ? 2 : 1));
  const wheel = sectors.flatMap((s, i) => Array.from({ length: weights[i]! }, () => s));
  return Array.from({ length: n }, (_, i) => {
    const sector = wheel[(i * 7) % wheel.length]!;
    const kinds = KINDS[sector.code] ?? ['Service'];
    const town = TOWNS[i % TOWNS.length]!;
    const duties: Duty[] =
      sector.code === 'education' ? ['s175'] : sector.code === 'early_years' ? (i % 3 === 0 ? ['childcare', 's11'] : ['childcare']) : ['s11'];
    return {
      id: i + 1,
      name: `${town} ${kinds[i % kinds.length]!}${i >= TOWNS.length ? ` ${i + 1}` : ''}`,
      sectorId: sector.id,
      sectorName: sector.name,
      duties: sector.code === 'sport' || sector.code === 'other' ? [] : duties,
      schoolUrn: sector.code === 'education' ? String(100000 + i) : null,
      ofstedUrn: sector.code === 'early_years' ? `EY${String(400000 + i)}` : null,
      odsCode: sector.code === 'health' ? `R${String.fromCharCode(65 + (i % 26))}${i % 10}` : null,
      charityNumber: sector.code === 'voluntary' ? String(1100000 + i) : null,
      town,
      postcode: i % 5 === 4 ? null : `NM${(i % 9) + 1} ${(i % 8) + 1}AB`,
      active: i % 17 !== 16,
      safeguardingLead: i % 6 === 5 ? null : `Lead Person ${i + 1}`,
      contactCount: i % 4,
      updatedAt: '2024-11-18T10:00:00.000Z',
    };
  });
}
