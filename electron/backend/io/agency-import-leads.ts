import { contactInputSchema } from '../../../shared/domain/agency';
import type { Db } from '../db/schema';
import { insertContact } from '../services/contact-rows';
import { recordChange } from '../services/history';
import { nameKey } from '../services/name-key';
import type { WriteCtx } from '../services/write-context';
import type { LeadInput } from './agency-import-plan';

interface KnownContact {
  id: number;
  fullName: string;
  phone: string | null;
}

/**
 * Links the safeguarding leads named in an agency import. A person is found by email, or (without one)
 * by name among the agency's current leads; otherwise created. Lookups are read once for the whole file.
 */
export class LeadLinker {
  private constructor(
    private readonly db: Db,
    private readonly ctx: WriteCtx,
    private readonly byEmail: Map<string, KnownContact>,
    private readonly leadsByAgency: Map<number, Array<{ contact: KnownContact; key: string }>>,
  ) {}

  static async load(db: Db, ctx: WriteCtx): Promise<LeadLinker> {
    const contacts = await db.selectFrom('contacts').select(['id', 'full_name', 'email', 'phone']).execute();
    const links = await db
      .selectFrom('agency_contacts')
      .select(['agency_id', 'contact_id'])
      .where('role', '=', 'safeguarding_lead')
      .execute();
    const byId = new Map(contacts.map((c) => [c.id, { id: c.id, fullName: c.full_name, phone: c.phone }]));
    const byEmail = new Map<string, KnownContact>();
    for (const c of contacts) if (c.email && !byEmail.has(c.email.toLowerCase())) byEmail.set(c.email.toLowerCase(), byId.get(c.id)!);
    const leads = new Map<number, Array<{ contact: KnownContact; key: string }>>();
    for (const l of links) {
      const contact = byId.get(l.contact_id)!;
      leads.set(l.agency_id, [...(leads.get(l.agency_id) ?? []), { contact, key: nameKey(contact.fullName) }]);
    }
    return new LeadLinker(db, ctx, byEmail, leads);
  }

  /** Returns the lead's name when something changed (a contact created, a phone added, a link made), else null. */
  async apply(agencyId: number, agencyName: string, lead: LeadInput, source: string): Promise<string | null> {
    const now = this.ctx.now();
    const current = this.leadsByAgency.get(agencyId) ?? [];
    let contact = lead.email ? this.byEmail.get(lead.email) : current.find((l) => l.key === nameKey(lead.fullName ?? ''))?.contact;
    let changed = false;
    if (!contact) {
      if (!lead.fullName) return null;
      const fields = contactInputSchema.parse({ fullName: lead.fullName, email: lead.email, phone: lead.phone, organisation: agencyName });
      const id = await insertContact(this.db, fields, now);
      contact = { id, fullName: fields.fullName, phone: fields.phone };
      if (fields.email) this.byEmail.set(fields.email, contact);
      await recordChange(this.db, this.ctx, {
        entityType: 'contact',
        entityId: id,
        action: 'import',
        summary: `Imported ${fields.fullName} from ${source}`,
        after: { ...fields },
      });
      changed = true;
    } else if (lead.phone && !contact.phone) {
      // Fill a gap, never overwrite: the register may hold a newer number than the spreadsheet.
      await this.db.updateTable('contacts').set({ phone: lead.phone, updated_at: now.toISOString() }).where('id', '=', contact.id).execute();
      await recordChange(this.db, this.ctx, {
        entityType: 'contact',
        entityId: contact.id,
        action: 'import',
        summary: `Added a phone number for ${contact.fullName} from ${source}`,
        before: { phone: null },
        after: { phone: lead.phone },
      });
      contact.phone = lead.phone;
      changed = true;
    }
    if (!current.some((l) => l.contact.id === contact.id)) {
      await this.db
        .insertInto('agency_contacts')
        .values({ agency_id: agencyId, contact_id: contact.id, role: 'safeguarding_lead', created_at: now.toISOString() })
        .execute();
      this.leadsByAgency.set(agencyId, [...current, { contact, key: nameKey(contact.fullName) }]);
      const value = { agency: agencyName, contact: contact.fullName, role: 'safeguarding_lead' };
      await recordChange(this.db, this.ctx, {
        entityType: 'contact',
        entityId: contact.id,
        action: 'link',
        summary: `Linked ${contact.fullName} as Safeguarding lead at ${agencyName} (from ${source})`,
        after: value,
      });
      changed = true;
    }
    return changed ? contact.fullName : null;
  }
}
