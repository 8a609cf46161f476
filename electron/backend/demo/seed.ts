import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import { createAgency } from '../services/agencies';
import { createContact, linkContact } from '../services/contacts';
import { duplicateFramework } from '../services/framework-write';
import { listFrameworks } from '../services/frameworks';
import { ensureDefaultSectors, listSectors } from '../services/sectors';
import { updateSettings } from '../services/settings';
import { seedDemoActions } from './demo-actions';
import { seedDemoCycles } from './demo-cycles';
import { seedDemoScrutiny } from './demo-scrutiny';
import { seedDemoCaseAudits } from './demo-case-audits';
import { todayOf } from '../services/write-context';
import { DEMO_AGENCIES, DEMO_BUSINESS_UNIT, demoRole } from './demo-register';

const emailFor = (person: string, agency: string) => {
  const who = person
    .replace(/^(Dr|Mr|Mrs|Ms|Rev\.|Det Supt|DCI|Group Manager)\s+/i, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/);
  const domain = agency
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(/\s+/)
    .filter((w) => !['the', 'and', 'of', 'nhs', 'school', 'service', 'council'].includes(w))
    .slice(0, 2)
    .join('');
  return `${who[0]}.${who[who.length - 1]}@${domain}.example`;
};

/**
 * The fictional Northmoor Safeguarding Children Partnership, created on first run so every screen shows
 * something real. Later features add their own demo records here.
 */
export async function seedDemoPartnership(ctx: ServiceContext): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    await ensureDefaultSectors(trx);
    const sectors = new Map((await listSectors(trx)).map((s) => [s.code, s.id]));

    const unit: number[] = [];
    for (const p of DEMO_BUSINESS_UNIT) {
      const c = await createContact(trx, ctx, {
        fullName: p.fullName,
        jobTitle: p.jobTitle,
        email: p.email,
        phone: p.phone,
        organisation: p.isScrutineer ? 'Independent' : 'Northmoor Safeguarding Children Partnership',
        isBusinessUnit: !p.isScrutineer,
        isScrutineer: p.isScrutineer ?? false,
        notes: null,
      });
      unit.push(c.id);
    }

    let phone = 960200;
    const s11: number[] = [];
    for (const a of DEMO_AGENCIES) {
      const agency = await createAgency(trx, ctx, {
        name: a.name,
        sectorId: sectors.get(a.sector)!,
        duties: a.duties,
        schoolUrn: a.schoolUrn ?? null,
        ofstedUrn: a.ofstedUrn ?? null,
        odsCode: a.odsCode ?? null,
        charityNumber: a.charityNumber ?? null,
        addressLine1: a.addressLine1,
        addressLine2: null,
        town: a.town,
        postcode: a.postcode,
        notes: a.notes ?? null,
      });
      if (a.duties.includes('s11')) s11.push(agency.id);
      const people = a.deputy ? [a.lead, a.deputy] : [a.lead];
      for (const [i, [fullName, jobTitle]] of people.entries()) {
        const contact = await createContact(trx, ctx, {
          fullName,
          jobTitle,
          email: emailFor(fullName, a.name),
          phone: `01632 ${String(phone++).slice(0, 3)} ${String(phone).slice(3)}`,
          organisation: a.name,
          isBusinessUnit: false,
          isScrutineer: false,
          notes: null,
        });
        await linkContact(trx, ctx, contact.id, agency.id, demoRole(i));
      }
    }

    await updateSettings(trx, ctx, {
      partnershipName: 'Northmoor Safeguarding Children Partnership',
      partnershipShortName: 'NSCP',
      protectiveMarking: 'OFFICIAL',
      businessUnitContactId: unit[0]!,
      brandColour: '#1F4E79',
    });

    // A draft next version, so the framework editor has something editable on first run.
    const compact = (await listFrameworks(trx)).find((f) => f.familyKey === 'compact-audit');
    if (compact) await duplicateFramework(trx, ctx, compact.id, '2026 draft');
    await seedDemoCycles({ ...ctx, db: trx }, s11);
    await seedDemoActions({ ...ctx, db: trx });
    await seedDemoScrutiny(trx, ctx, todayOf(ctx));
    await seedDemoCaseAudits(trx, ctx, todayOf(ctx));
  });
}
