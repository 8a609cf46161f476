import type { AgencyFields } from '../../shared/domain/agency';
import type { ServiceContext } from '../../electron/backend/context';
import { inTransaction } from '../../electron/backend/db/transaction';
import { createAgency } from '../../electron/backend/services/agencies';
import { createContact, linkContact } from '../../electron/backend/services/contacts';
import { ensureDefaultSectors, listSectors } from '../../electron/backend/services/sectors';
import type { Random } from '../../electron/backend/demo/random';
import { scaled } from './scale';

// The register of a large county: 100 s11 agencies, 600 schools, 1,300 early-years settings (at scale 1).
// Names repeat on purpose (many "St Mary's", "Little Acorns"), as they do in real registers.

const TOWNS = ['Northmoor', 'Westvale', 'Kelby', 'Ashford Bridge', 'Marlow Cross', 'Fenwick', 'Harrowgate End', 'Lowbeck', 'Stanton Moor', 'Ribbledale'];
const SAINTS = ["St Mary's", "St John's", "St Peter's", 'Holy Trinity', "St Aidan's", 'Christ Church', "St Joseph's", 'Sacred Heart'];
const PLACES = ['Moorside', 'Brookfield', 'Hillcrest', 'Oakwood', 'Riverside', 'Meadowbank', 'Parkfield', 'Westfield', 'Greenacres', 'Highfield', 'Fairview', 'Ashgrove'];
const SCHOOL_KINDS = ['Primary School', 'Infant School', 'Junior School', 'Academy', 'High School', 'C of E Primary School', 'Catholic Primary School', 'Special School'];
const EY_NAMES = ['Little Acorns', 'Rainbow', 'Busy Bees', 'Tiny Tots', 'Sunflower', 'Ladybird', 'Honeypot', 'Kiddies Corner', 'First Steps', 'Teddy Bears'];
const EY_KINDS = ['Day Nursery', 'Pre-School', 'Playgroup', 'Childminder', 'Out of School Club', 'Nursery'];
const FIRST = ['Sarah', 'James', 'Aisha', 'Tom', 'Priya', 'Gareth', 'Helen', 'Mohammed', 'Claire', 'Owen', 'Ruth', 'Daniel', 'Amira', 'Lucy', 'Stephen', 'Nadia', 'Karen', 'Paul'];
const LAST = ['Whitfield', 'Begum', 'Okafor', 'Nair', 'Lowe', 'Ashworth', 'Iqbal', 'Bamford', 'Parry', 'Langley', 'Hurst', 'Shah', 'Denton', 'Achebe', 'Hussain', 'Blythe', 'Renshaw'];
const S11_KINDS: Array<[sector: string, name: string]> = [
  ['health', 'NHS Trust'], ['health', 'GP Practice'], ['voluntary', 'Youth Project'], ['voluntary', 'Family Support Charity'],
  ['housing', 'Housing Association'], ['sport', 'Sports Club'], ['la_childrens', 'Council Service'], ['other', 'Community Service'],
];

const postcode = (r: Random) => `${r.pick(['NM', 'WV', 'KB'])}${r.int(1, 19)} ${r.int(0, 9)}${r.pick('ABDEFGHJLNPQRSTUWXYZ'.split(''))}${r.pick('ABDEFGHJLNPQRSTUWXYZ'.split(''))}`;

export interface StressRegisterCounts {
  agencies: number;
  contacts: number;
}

export async function generateRegister(ctx: ServiceContext, r: Random, scale = 1): Promise<StressRegisterCounts> {
  return inTransaction(ctx.db, async (trx) => {
    await ensureDefaultSectors(trx);
    const sector = new Map((await listSectors(trx)).map((s) => [s.code, s.id]));
    const specs: AgencyFields[] = [];
    const base = (name: string, sectorCode: string, town: string): AgencyFields => ({
      name, sectorId: sector.get(sectorCode)!, duties: [], schoolUrn: null, ofstedUrn: null, odsCode: null, charityNumber: null,
      addressLine1: `${r.int(1, 200)} ${r.pick(PLACES)} Road`, addressLine2: null, town, postcode: postcode(r), notes: null,
    });
    for (let i = 0; i < scaled(100, scale); i++) {
      const [code, kind] = r.pick(S11_KINDS);
      const town = r.pick(TOWNS);
      specs.push({ ...base(`${town} ${kind} ${i + 1}`, code, town), duties: ['s11'], odsCode: code === 'health' ? `R${String(i).padStart(3, '0')}` : null, charityNumber: code === 'voluntary' ? String(1100000 + i) : null });
    }
    for (let i = 0; i < scaled(600, scale); i++) {
      const town = r.pick(TOWNS);
      const name = `${r.chance(0.3) ? r.pick(SAINTS) : r.pick(PLACES)} ${r.pick(SCHOOL_KINDS)}`;
      specs.push({ ...base(name, 'education', town), duties: ['s175'], schoolUrn: String(100000 + i * 7) });
    }
    for (let i = 0; i < scaled(1300, scale); i++) {
      const town = r.pick(TOWNS);
      specs.push({ ...base(`${r.pick(EY_NAMES)} ${r.pick(EY_KINDS)}`, 'early_years', town), duties: ['childcare'], ofstedUrn: `EY${String(300000 + i * 3).padStart(6, '0')}` });
    }
    let contacts = 0;
    for (const spec of specs) {
      const agency = await createAgency(trx, ctx, spec);
      const people = r.chance(0.3) ? 2 : 1;
      for (let p = 0; p < people; p++) {
        const first = r.pick(FIRST);
        const last = r.pick(LAST);
        const c = await createContact(trx, ctx, {
          fullName: `${first} ${last}`, jobTitle: p === 0 ? 'Designated Safeguarding Lead' : 'Deputy Safeguarding Lead',
          email: `${first}.${last}.${agency.id}.${p}@example.org`.toLowerCase(), phone: null, organisation: spec.name,
          isBusinessUnit: false, isScrutineer: false, notes: null,
        });
        await linkContact(trx, ctx, c.id, agency.id, p === 0 ? 'safeguarding_lead' : 'deputy_lead');
        contacts++;
      }
    }
    return { agencies: specs.length, contacts };
  });
}
