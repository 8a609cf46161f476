import { commitAgencyImport, previewAgencyImport } from '../io/agencies-import';
import { commitContactImport, previewContactImport } from '../io/contacts-import';
import { exportAgenciesXlsx, exportContactsXlsx } from '../io/register-export';
import { createAgency, getAgency, listAgencies, setAgencyActive, updateAgency } from '../services/agencies';
import {
  createContact,
  getContact,
  linkContact,
  listContacts,
  setContactActive,
  unlinkContact,
  updateContact,
} from '../services/contacts';
import { createSector, listSectors, reorderSectors, updateSector } from '../services/sectors';
import type { Handlers } from './dispatcher';

// Agencies, contacts and sectors: the register.
type RegisterMethods = Extract<keyof Handlers, `agencies.${string}` | `contacts.${string}` | `sectors.${string}`>;

// Thin by design: the dispatcher has parsed the input; services own the rules and transactions.
export const registerHandlers: Pick<Handlers, RegisterMethods> = {
  'sectors.list': (ctx) => listSectors(ctx.db),
  'sectors.create': (ctx, { name }) => createSector(ctx.db, ctx, name),
  'sectors.update': (ctx, { id, ...patch }) => updateSector(ctx.db, ctx, id, patch),
  'sectors.reorder': (ctx, { ids }) => reorderSectors(ctx.db, ctx, ids),

  'agencies.list': (ctx, filter) => listAgencies(ctx.db, filter ?? {}),
  'agencies.get': (ctx, { id }) => getAgency(ctx.db, id),
  'agencies.create': (ctx, fields) => createAgency(ctx.db, ctx, fields),
  'agencies.update': (ctx, { id, patch }) => updateAgency(ctx.db, ctx, id, patch),
  'agencies.setActive': (ctx, { id, active, reason }) => setAgencyActive(ctx.db, ctx, id, active, reason),
  'agencies.importPreview': (ctx, { mapping, ...file }) => previewAgencyImport(ctx.db, file, mapping),
  'agencies.importCommit': (ctx, { mapping, ...file }) => commitAgencyImport(ctx.db, ctx, file, mapping),
  'agencies.exportXlsx': (ctx, input) => exportAgenciesXlsx(ctx.db, { includeInactive: input?.includeInactive ?? false, now: ctx.now() }),

  'contacts.list': (ctx, filter) => listContacts(ctx.db, filter ?? {}),
  'contacts.get': (ctx, { id }) => getContact(ctx.db, id),
  'contacts.create': (ctx, fields) => createContact(ctx.db, ctx, fields),
  'contacts.update': (ctx, { id, patch }) => updateContact(ctx.db, ctx, id, patch),
  'contacts.setActive': (ctx, { id, active }) => setContactActive(ctx.db, ctx, id, active),
  'contacts.link': (ctx, { contactId, agencyId, role }) => linkContact(ctx.db, ctx, contactId, agencyId, role),
  'contacts.unlink': (ctx, { linkId }) => unlinkContact(ctx.db, ctx, linkId),
  'contacts.importPreview': (ctx, { mapping, ...file }) => previewContactImport(ctx.db, file, mapping),
  'contacts.importCommit': (ctx, { mapping, ...file }) => commitContactImport(ctx.db, ctx, file, mapping),
  'contacts.exportXlsx': (ctx) => exportContactsXlsx(ctx.db, { now: ctx.now() }),
};
