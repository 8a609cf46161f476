// A cycle with agencies in scope, inserted directly (no cycles service), for tool and return tests; plus
// helpers that fill an issued workbook or Word document the way an agency would.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Backend } from '../../electron/backend/app';
import { freezeFramework } from '../../electron/backend/services/framework-write';
import { loadTargets, type FrameworkTargets } from '../../electron/backend/services/answers-write';
import { loadScaleForFramework, type LoadedScale } from '../../electron/backend/services/rating-scale';
import { FIXED_NOW, tempBackend } from './backend';

export interface ScopeRow {
  cycleAgencyId: number;
  agencyId: number;
  agencyName: string;
}

export interface ReturnFixture {
  b: Backend & { dataDir: string };
  cycleId: number;
  frameworkId: number;
  scope: ScopeRow[];
  fw: FrameworkTargets;
  scale: LoadedScale;
  close(): Promise<void>;
}

export type Family = 'compact-audit' | 's11-policy';

/** Inserts a cycle row (as the cycles service would) and returns its id. */
export async function insertCycle(b: Backend, frameworkId: number, name: string): Promise<number> {
  const now = FIXED_NOW.toISOString();
  const c = await b.ctx.db
    .insertInto('cycles')
    .values({
      name,
      cycle_type: 's11',
      type_label: null,
      framework_id: frameworkId,
      period_label: '2024/25',
      launch_date: '2024-09-02',
      initial_deadline: '2024-11-18',
      final_deadline: '2024-12-16',
      status: 'open',
      historical: 0,
      previous_cycle_id: null,
      chaser_subject: 'Reminder',
      chaser_body: 'Please return',
      notes: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return c.id;
}

export async function builtInFramework(b: Backend, family: Family): Promise<number> {
  const f = await b.ctx.db.selectFrom('frameworks').select('id').where('family_key', '=', family).where('built_in', '=', 1).executeTakeFirstOrThrow();
  return f.id;
}

/** A demo backend with one open cycle on a built-in framework and `count` agencies in scope (the first by id, or named ones). */
export async function returnFixture(options: { family?: Family; count?: number; agencyNames?: string[] } = {}): Promise<ReturnFixture> {
  const b = await tempBackend({ seedDemo: true });
  const frameworkId = await builtInFramework(b, options.family ?? 'compact-audit');
  const cycleId = await insertCycle(b, frameworkId, 'S.11 Self-Assessment Audit 2024');
  let q = b.ctx.db.selectFrom('agencies').select(['id', 'name']).orderBy('id');
  if (options.agencyNames) q = q.where('name', 'in', options.agencyNames);
  const agencies = (await q.execute()).slice(0, options.count ?? 3);
  const now = FIXED_NOW.toISOString();
  const scope: ScopeRow[] = [];
  for (const a of agencies) {
    const r = await b.ctx.db
      .insertInto('cycle_agencies')
      .values({ cycle_id: cycleId, agency_id: a.id, status: 'not_issued', carried_forward: 0, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    scope.push({ cycleAgencyId: r.id, agencyId: a.id, agencyName: a.name });
  }
  await freezeFramework(b.ctx.db, b.ctx, frameworkId);
  return {
    b,
    cycleId,
    frameworkId,
    scope,
    fw: await loadTargets(b.ctx.db, frameworkId),
    scale: await loadScaleForFramework(b.ctx.db, frameworkId),
    close: async () => {
      await b.close();
      rmSync(b.dataDir, { recursive: true, force: true });
    },
  };
}

/** What an agency types for one target; the rating as a label (or the scale's N/A label). */
export interface Fill {
  rating: string;
  naReason?: string;
  evidence?: string;
  improvement?: string;
}

/** A complete, varied set of answers by Ref: every ratable target, some N/A, multi-line and awkward text. */
export function completeFills(fw: FrameworkTargets, scale: LoadedScale): Map<string, Fill> {
  const out = new Map<string, Fill>();
  fw.targets
    .filter((t) => t.ratable)
    .forEach((t, i) => {
      if (scale.allowsNa && i % 11 === 5) {
        out.set(t.number, { rating: scale.naLabel, naReason: `We do not work with children directly (${t.number})` });
        return;
      }
      const level = scale.levels[i % scale.levels.length]!;
      out.set(t.number, {
        rating: level.label,
        evidence: i % 3 === 0 ? `Policy v${i} approved by the board\nAudit of 20 files: "good" & <improving>` : `Evidence for ${t.number}`,
        improvement: i % 4 === 0 ? `Refresh training – due ${i} March` : undefined,
      });
    });
  return out;
}

/** Answers as stored, per target key, for comparing with what was put in. */
export async function storedAnswers(b: Backend, cycleAgencyId: number) {
  const rows = await b.ctx.db.selectFrom('answers').selectAll().where('cycle_agency_id', '=', cycleAgencyId).execute();
  return new Map(rows.map((r) => [r.target_key, { code: r.self_code, na: r.self_na === 1, naReason: r.na_reason, evidence: r.evidence, improvement: r.improvement, source: r.source }]));
}

/** What storedAnswers should hold after importing `fills`. */
export function expectedAnswers(fw: FrameworkTargets, scale: LoadedScale, fills: Map<string, Fill>) {
  const out = new Map<string, ReturnType<typeof storedRow>>();
  function storedRow(f: Fill) {
    const na = f.rating === scale.naLabel;
    const code = na ? null : (scale.levels.find((l) => l.label.toLowerCase() === f.rating.trim().toLowerCase() || l.code.toLowerCase() === f.rating.trim().toLowerCase())?.code ?? null);
    return { code, na, naReason: na ? (f.naReason ?? null) : null, evidence: f.evidence ?? null, improvement: f.improvement ?? null, source: 'import' };
  }
  for (const [ref, f] of fills) {
    const t = fw.itemByNumber.get(ref) ?? fw.standardByNumber.get(ref);
    if (t) out.set(t.key, storedRow(f));
  }
  return out;
}

/** Fills the issued workbook as an agency would: finds the columns by heading, types into the cells. */
export async function fillWorkbook(bytes: Uint8Array, fills: Map<string, Fill>, edit?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Self-assessment')!;
  const col: Record<string, number> = {};
  ws.getRow(1).eachCell((c, n) => (col[String(c.value)] = n));
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const f = fills.get(String(row.getCell(col.Ref!).value));
    if (!f) return;
    row.getCell(col.Rating!).value = f.rating;
    row.getCell(col['N/A reason']!).value = f.naReason ?? null;
    row.getCell(col.Evidence!).value = f.evidence ?? null;
    row.getCell(col['Areas for improvement']!).value = f.improvement ?? null;
  });
  edit?.(wb, ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Word's way: each line its own paragraph (Enter), text in one run. */
const paras = (text: string) => text.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
const cellPlain = (tc: string) => [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Fills the issued Word document by editing its table cells in document.xml, as Word would save them. */
export async function fillDocx(bytes: Uint8Array, fills: Map<string, Fill>, edit?: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file('word/document.xml')!.async('string');
  xml = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (tbl) => {
    const rows = [...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const heads = [...rows[0]!.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => cellPlain(m[0]));
    if (!heads.includes('Ref') || !heads.includes('Rating')) return tbl;
    const at = (h: string) => heads.indexOf(h);
    let out = tbl;
    for (const row of rows.slice(1)) {
      const cells = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
      const f = fills.get(cellPlain(cells[at('Ref')]!));
      if (!f) continue;
      const put = (h: string, text: string | undefined) => {
        const i = at(h);
        const props = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(cells[i]!)?.[0] ?? '';
        cells[i] = `<w:tc>${props}${paras(text ?? '')}</w:tc>`;
      };
      put('Rating', f.rating);
      put('N/A reason', f.naReason);
      put('Evidence', f.evidence);
      put('Areas for improvement', f.improvement);
      const rebuilt = row.replace(/<w:tc>[\s\S]*<\/w:tc>/, cells.join(''));
      out = out.replace(row, () => rebuilt);
    }
    return out;
  });
  if (edit) xml = edit(xml);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** soffice with what a re-save needs: Calc for workbooks (libsclo), Writer for Word documents (libswlo). */
export function sofficeAvailable(kinds: ReadonlyArray<'xlsx' | 'docx'> = ['xlsx', 'docx']): boolean {
  const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
  if (!which) return false;
  const program = dirname(realpathSync(which));
  return kinds.every((k) => existsSync(join(program, k === 'xlsx' ? 'libsclo.so' : 'libswlo.so')));
}
export const requireAll = () => process.env.AUDIT_DESK_REQUIRE_ALL === '1';

/** Re-saves a file with LibreOffice (its own throw-away profile, so parallel runs do not clash). */
export function libreOfficeResave(bytes: Uint8Array, fileName: string, to: 'xlsx' | 'docx'): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'audit-desk-lo-'));
  const profile = join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
  try {
    const src = join(dir, 'in', fileName);
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(src, bytes);
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', join(dir, 'out'), src], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    const out = join(dir, 'out', basename(fileName).replace(/\.[^.]+$/, `.${to}`));
    try {
      return readFileSync(out);
    } catch {
      throw new Error(`LibreOffice did not convert ${fileName}: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
