import { z } from 'zod';
import { BRIDGE_CHANNELS } from '../bridge';
import { AGENCY_CONTACT_ROLES, DUTIES } from '../domain/enums';
import {
  agencyInputSchema,
  contactInputSchema,
  type AgencyDetail,
  type AgencyListRow,
  type Contact,
  type ContactListRow,
  type Sector,
} from '../domain/agency';
import { patchSchema } from '../domain/patch';
import { frameworkDocSchema, type FrameworkDetail, type FrameworkSummary } from '../domain/framework';
import { columnMappingSchema, uploadedFileSchema, type ImportPreview, type ImportResult } from '../domain/imports';
import {
  answerInputSchema,
  chaserTemplateSchema,
  cycleInputSchema,
  CYCLE_STATUSES,
  CYCLE_TYPES,
  isoDate,
  moderationInputSchema,
  RETURN_STATUSES,
  type ChaserDraft,
  type Comparison,
  type CycleDetail,
  type CycleSummary,
  type Distribution,
  type Heatmap,
  type ReturnDetail,
  type ReturnImportPreview,
  type ReturnRow,
  type ReturnsBoard,
} from '../domain/cycle';
import { settingsPatchSchema, type AppInfo, type GeneratedFile, type HistoryEntry, type Settings } from '../domain/settings';

/**
 * The whole API: method name → zod schema of its input, and the type of its output.
 * The renderer, the IPC channel, the HTTP harness and the CLI all speak exactly this.
 */
interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}
const method = <O>() => <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, output: undefined as O });

const id = z.object({ id: z.number().int().positive() });
const none = z.object({}).strict().optional();
const importInput = uploadedFileSchema.extend({ mapping: columnMappingSchema.optional() });

export const contract = {
  'app.info': method<AppInfo>()(none),

  'settings.get': method<Settings>()(none),
  'settings.update': method<Settings>()(settingsPatchSchema),

  'sectors.list': method<Sector[]>()(none),
  'sectors.create': method<Sector>()(z.object({ name: z.string().trim().min(1).max(80) })),
  'sectors.update': method<Sector>()(
    z.object({ id: z.number().int().positive(), name: z.string().trim().min(1).max(80).optional(), active: z.boolean().optional() }),
  ),
  'sectors.reorder': method<Sector[]>()(z.object({ ids: z.array(z.number().int().positive()).min(1) })),

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
  'agencies.update': method<AgencyDetail>()(z.object({ id: z.number().int().positive(), patch: patchSchema(agencyInputSchema) })),
  'agencies.setActive': method<AgencyDetail>()(
    z.object({ id: z.number().int().positive(), active: z.boolean(), reason: z.string().trim().max(500).optional() }),
  ),
  'agencies.importPreview': method<ImportPreview>()(importInput),
  'agencies.importCommit': method<ImportResult>()(importInput),
  'agencies.exportXlsx': method<GeneratedFile>()(z.object({ includeInactive: z.boolean().optional() }).optional()),

  'contacts.list': method<ContactListRow[]>()(
    z.object({ search: z.string().max(200).optional(), includeInactive: z.boolean().optional() }).optional(),
  ),
  'contacts.get': method<Contact>()(id),
  'contacts.create': method<Contact>()(contactInputSchema),
  'contacts.update': method<Contact>()(z.object({ id: z.number().int().positive(), patch: patchSchema(contactInputSchema) })),
  'contacts.setActive': method<Contact>()(z.object({ id: z.number().int().positive(), active: z.boolean() })),
  'contacts.link': method<Contact>()(
    z.object({ contactId: z.number().int().positive(), agencyId: z.number().int().positive(), role: z.enum(AGENCY_CONTACT_ROLES) }),
  ),
  'contacts.unlink': method<Contact>()(z.object({ linkId: z.number().int().positive() })),
  'contacts.importPreview': method<ImportPreview>()(importInput),
  'contacts.importCommit': method<ImportResult>()(importInput),
  'contacts.exportXlsx': method<GeneratedFile>()(none),

  'frameworks.list': method<FrameworkSummary[]>()(none),
  'frameworks.get': method<FrameworkDetail>()(id),
  /** Saves a draft's whole tree in one transaction; refused when the version is frozen. */
  'frameworks.save': method<FrameworkDetail>()(z.object({ id: z.number().int().positive(), doc: frameworkDocSchema })),
  'frameworks.duplicate': method<FrameworkDetail>()(
    z.object({ id: z.number().int().positive(), versionLabel: z.string().trim().min(1).max(60) }),
  ),
  'frameworks.publish': method<FrameworkDetail>()(id),
  'frameworks.deleteDraft': method<{ deleted: true }>()(id),
  'frameworks.importJson': method<FrameworkDetail>()(uploadedFileSchema),
  'frameworks.importXlsx': method<FrameworkDetail>()(uploadedFileSchema),
  'frameworks.exportJson': method<GeneratedFile>()(id),
  'frameworks.exportXlsx': method<GeneratedFile>()(id),

  'history.list': method<HistoryEntry[]>()(
    z.object({ entityType: z.string().min(1), entityId: z.number().int().positive() }),
  ),
  'history.recent': method<HistoryEntry[]>()(z.object({ limit: z.number().int().min(1).max(500).default(50) }).optional()),

  'cycles.list': method<CycleSummary[]>()(none),
  'cycles.get': method<CycleDetail>()(id),
  /** Opens a cycle on a framework version (which is then frozen) with its agencies in scope. */
  'cycles.create': method<CycleDetail>()(
    z.object({
      cycle: cycleInputSchema,
      agencyIds: z.array(z.number().int().positive()),
      /** Copy each agency's last answers and evidence from this earlier cycle, marked as carried forward. */
      copyForwardFrom: z.number().int().positive().optional(),
    }),
  ),
  'cycles.update': method<CycleDetail>()(
    z.object({
      id: z.number().int().positive(),
      patch: z
        .object({
          name: z.string().trim().min(1).max(200),
          periodLabel: z.string().trim().min(1).max(40),
          launchDate: isoDate.nullable(),
          initialDeadline: isoDate.nullable(),
          finalDeadline: isoDate.nullable(),
          notes: z.string().trim().max(4000).nullable(),
          status: z.enum(CYCLE_STATUSES),
          chaserTemplate: chaserTemplateSchema,
        })
        .partial(),
    }),
  ),
  'cycles.setScope': method<CycleDetail>()(
    z.object({ id: z.number().int().positive(), add: z.array(z.number().int().positive()).default([]), remove: z.array(z.number().int().positive()).default([]) }),
  ),
  /** A past cycle's results from a spreadsheet, so comparisons work from the first day. */
  'cycles.importHistoryPreview': method<ImportPreview>()(
    importInput.extend({
      frameworkId: z.number().int().positive(),
      name: z.string().trim().min(1).max(200),
      cycleType: z.enum(CYCLE_TYPES),
      periodLabel: z.string().trim().min(1).max(40),
    }),
  ),
  'cycles.importHistoryCommit': method<CycleDetail>()(
    importInput.extend({
      frameworkId: z.number().int().positive(),
      name: z.string().trim().min(1).max(200),
      cycleType: z.enum(CYCLE_TYPES),
      periodLabel: z.string().trim().min(1).max(40),
    }),
  ),
  'cycles.exportTracker': method<GeneratedFile>()(id),

  'returns.board': method<ReturnsBoard>()(z.object({ cycleId: z.number().int().positive() })),
  'returns.list': method<ReturnRow[]>()(z.object({ cycleId: z.number().int().positive() })),
  'returns.get': method<ReturnDetail>()(z.object({ cycleAgencyId: z.number().int().positive() })),
  'returns.setStatus': method<ReturnDetail>()(
    z.object({
      cycleAgencyId: z.number().int().positive(),
      status: z.enum(RETURN_STATUSES),
      /** Defaults to today. */
      date: isoDate.optional(),
      /** Required when sending back for more evidence. */
      reason: z.string().trim().max(2000).optional(),
    }),
  ),
  'returns.saveAnswers': method<ReturnDetail>()(
    z.object({ cycleAgencyId: z.number().int().positive(), answers: z.array(answerInputSchema).max(5000) }),
  ),
  'returns.moderate': method<ReturnDetail>()(
    z.object({ cycleAgencyId: z.number().int().positive(), moderations: z.array(moderationInputSchema).max(5000) }),
  ),
  'returns.addEvidence': method<ReturnDetail>()(
    z
      .object({
        cycleAgencyId: z.number().int().positive(),
        targetKey: z.string().regex(/^[si]:\d+$/),
        file: uploadedFileSchema.optional(),
        url: z.string().trim().url('not a web address').max(2000).optional(),
      })
      .refine((v) => Boolean(v.file) !== Boolean(v.url), { message: 'give either a file or a link' }),
  ),
  'returns.removeEvidence': method<ReturnDetail>()(z.object({ evidenceId: z.number().int().positive() })),
  /** One completed workbook or Word return: matched, validated, previewed. Nothing is saved. */
  'returns.importPreview': method<ReturnImportPreview>()(z.object({ cycleId: z.number().int().positive(), file: uploadedFileSchema })),
  /** Saves one file's answers in one transaction, replacing the agency's earlier answers; refused whole if anything is wrong. */
  'returns.importCommit': method<ReturnDetail>()(z.object({ cycleId: z.number().int().positive(), file: uploadedFileSchema })),

  /** The self-assessment tool for one agency, as a workbook and/or Word document; written to `folder` when given. */
  'tools.issue': method<{ files: GeneratedFile[]; paths: string[] }>()(
    z.object({
      cycleAgencyId: z.number().int().positive(),
      formats: z.array(z.enum(['xlsx', 'docx'])).min(1),
      folder: z.string().min(1).max(1000).optional(),
      /** Record the issue date (default true). */
      markIssued: z.boolean().default(true),
    }),
  ),

  'chasers.drafts': method<ChaserDraft[]>()(
    z.object({ cycleId: z.number().int().positive(), cycleAgencyIds: z.array(z.number().int().positive()).min(1) }),
  ),
  /** .eml drafts (X-Unsent) per agency, recorded as chased; written to `folder` when given. */
  'chasers.create': method<{
    files: GeneratedFile[];
    paths: string[];
    recorded: number;
    /** mailto: links, for the 'mailto' method. */
    links: string[];
    /** Agencies that could not be chased (no lead email), with why. */
    skipped: Array<{ cycleAgencyId: number; agencyName: string; problem: string }>;
  }>()(
    z.object({
      cycleId: z.number().int().positive(),
      cycleAgencyIds: z.array(z.number().int().positive()).min(1),
      method: z.enum(['eml', 'mailto']),
      folder: z.string().min(1).max(1000).optional(),
    }),
  ),

  'analysis.heatmap': method<Heatmap>()(
    z.object({
      cycleId: z.number().int().positive(),
      mode: z.enum(['self', 'moderated', 'difference']),
      sectorIds: z.array(z.number().int()).optional(),
    }),
  ),
  'analysis.distribution': method<Distribution>()(
    z.object({ cycleId: z.number().int().positive(), basis: z.enum(['self', 'moderated']) }),
  ),
  'analysis.comparison': method<Comparison>()(
    z.object({ cycleId: z.number().int().positive(), previousCycleId: z.number().int().positive().optional() }),
  ),
  'analysis.exportMatrix': method<GeneratedFile>()(
    z.object({ cycleId: z.number().int().positive(), mode: z.enum(['self', 'moderated', 'difference']) }),
  ),

  'reports.agencyRegister': method<GeneratedFile>()(
    z.object({ includeInactive: z.boolean().optional(), sectorIds: z.array(z.number().int()).optional() }).optional(),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ApiInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives: the input after zod has parsed and normalised it. */
export type ApiParsed<M extends MethodName> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends MethodName> = Contract[M]['output'];
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const isMethodName = (m: unknown): m is MethodName =>
  typeof m === 'string' && Object.prototype.hasOwnProperty.call(contract, m);

/** The IPC channel the preload forwards every API call on (defined zod-free for the sandboxed preload). */
export const API_CHANNEL = BRIDGE_CHANNELS.api;
/** The IPC channel for host (desktop-only) operations. */
export const HOST_CHANNEL = BRIDGE_CHANNELS.host;
