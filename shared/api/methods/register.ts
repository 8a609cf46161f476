import { z } from 'zod';
import { AGENCY_CONTACT_ROLES, DUTIES } from '../../domain/enums';
import { agencyInputSchema, contactInputSchema, type AgencyDetail, type AgencyListRow, type Contact, type ContactListRow } from '../../domain/agency';
import { patchSchema } from '../../domain/patch';
import { type ImportPreview, type ImportResult } from '../../domain/imports';
import { type GeneratedFile } from '../../domain/settings';
import { recordId } from '../schema-fragments';
import { method, id, none, importInput } from '../method';

// The agency register and contacts.
export const registerMethods = {
  'agencies.list': method<AgencyListRow[]>()(
    z
      .object({
        search: z.string().max(200).optional(),
        includeInactive: z.boolean().optional(),
        sectorIds: z.array(z.number().int()).optional(),
        duty: z.enum(DUTIES).optional(),
      })
      .optional(),
  ),

  'agencies.get': method<AgencyDetail>()(id),

  'agencies.create': method<AgencyDetail>()(agencyInputSchema),

  'agencies.update': method<AgencyDetail>()(z.object({ id: recordId, patch: patchSchema(agencyInputSchema) })),

  'agencies.setActive': method<AgencyDetail>()(
    z.object({ id: recordId, active: z.boolean(), reason: z.string().trim().max(500).optional() }),
  ),

  'agencies.importPreview': method<ImportPreview>()(importInput),

  'agencies.importCommit': method<ImportResult>()(importInput),

  'agencies.exportXlsx': method<GeneratedFile>()(z.object({ includeInactive: z.boolean().optional() }).optional()),

  'contacts.list': method<ContactListRow[]>()(
    z.object({ search: z.string().max(200).optional(), includeInactive: z.boolean().optional() }).optional(),
  ),

  'contacts.get': method<Contact>()(id),

  'contacts.create': method<Contact>()(contactInputSchema),

  'contacts.update': method<Contact>()(z.object({ id: recordId, patch: patchSchema(contactInputSchema) })),

  'contacts.setActive': method<Contact>()(z.object({ id: recordId, active: z.boolean() })),

  'contacts.link': method<Contact>()(
    z.object({ contactId: recordId, agencyId: recordId, role: z.enum(AGENCY_CONTACT_ROLES) }),
  ),

  'contacts.unlink': method<Contact>()(z.object({ linkId: recordId })),

  'contacts.importPreview': method<ImportPreview>()(importInput),

  'contacts.importCommit': method<ImportResult>()(importInput),

  'contacts.exportXlsx': method<GeneratedFile>()(none),
} as const;
