import type { FrameworkDoc } from '../../../shared/domain/framework';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import type { Handlers } from './dispatcher';
import { frameworkJsonFile, parseFrameworkJson } from '../io/framework-json';
import { frameworkXlsxFile, parseFrameworkXlsx } from '../io/framework-xlsx';
import { getFramework, listFrameworks } from '../services/frameworks';
import {
  createFramework,
  deleteDraftFramework,
  duplicateFramework,
  freeVersionLabel,
  publishFramework,
  saveFramework,
} from '../services/framework-write';

type FrameworkMethods = Extract<keyof Handlers, `frameworks.${string}`>;

const bytes = (b64: string) => Buffer.from(b64, 'base64');

// Re-importing an exported version must not be refused for its label; it arrives as "2023 (imported)".
async function importDoc(ctx: ServiceContext, doc: FrameworkDoc) {
  return inTransaction(ctx.db, async (trx) => {
    const versionLabel = await freeVersionLabel(trx, doc.familyKey, doc.versionLabel);
    return getFramework(trx, await createFramework(trx, ctx, { ...doc, versionLabel }, { status: 'draft', action: 'import' }));
  });
}

export const frameworkHandlers: Pick<Handlers, FrameworkMethods> = {
  'frameworks.list': (ctx) => listFrameworks(ctx.db),
  'frameworks.get': (ctx, { id }) => getFramework(ctx.db, id),
  'frameworks.save': (ctx, { id, doc }) => saveFramework(ctx.db, ctx, id, doc),
  'frameworks.duplicate': (ctx, { id, versionLabel }) => duplicateFramework(ctx.db, ctx, id, versionLabel),
  'frameworks.publish': (ctx, { id }) => publishFramework(ctx.db, ctx, id),
  'frameworks.deleteDraft': async (ctx, { id }) => {
    await deleteDraftFramework(ctx.db, ctx, id);
    return { deleted: true as const };
  },
  // Imports always arrive as a new draft version of their family, never over an existing one.
  'frameworks.importJson': async (ctx, file) => importDoc(ctx, parseFrameworkJson(file.fileName, bytes(file.contentBase64))),
  'frameworks.importXlsx': async (ctx, file) => importDoc(ctx, await parseFrameworkXlsx(file.fileName, bytes(file.contentBase64))),
  'frameworks.exportJson': async (ctx, { id }) => frameworkJsonFile((await getFramework(ctx.db, id)).doc),
  'frameworks.exportXlsx': async (ctx, { id }) => frameworkXlsxFile((await getFramework(ctx.db, id)).doc),
};
