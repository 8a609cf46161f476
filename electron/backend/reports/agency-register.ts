import type { FileChild } from 'docx';
import type { AgencyListRow, Sector } from '../../../shared/domain/agency';
import { DUTIES, DUTY_SHORT, type Duty } from '../../../shared/domain/enums';
import type { Settings } from '../../../shared/domain/settings';
import { renderBarChartPng } from './charts';
import {
  CONTENT_WIDTH_PX,
  caption,
  createReportDocument,
  dataTable,
  formatLongDate,
  heading,
  imageParagraph,
  packDocument,
  paragraphs,
  reportDetails,
  title,
  type Cell,
  type Column,
} from './kit';

export interface AgencyRegisterData {
  settings: Settings;
  generatedAt: Date;
  authorName: string;
  agencies: AgencyListRow[];
  sectors: Sector[];
  fontsDir: string;
}

export const REGISTER_TITLE = 'Agency register';

const DUTY_PHRASE: Record<Duty, string> = { s11: 'Section 11', s175: 'Section 175/157', childcare: 'Childcare Act' };
const num = new Intl.NumberFormat('en-GB');
const plural = (n: number, one: string, many: string) => `${num.format(n)} ${n === 1 ? one : many}`;

export interface SectorGroup {
  name: string;
  retired: boolean;
  agencies: AgencyListRow[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base', numeric: true });

/** Agencies grouped by sector in the partnership's sector order; sectors without agencies are left out. */
export function groupBySector(agencies: readonly AgencyListRow[], sectors: readonly Sector[]): SectorGroup[] {
  const ordered = [...sectors].sort((a, b) => a.sortOrder - b.sortOrder || byName(a, b));
  const groups = new Map<string, SectorGroup>(
    ordered.map((s) => [`id:${s.id}`, { name: s.name, retired: !s.active, agencies: [] as AgencyListRow[] }]),
  );
  for (const a of agencies) {
    const key = groups.has(`id:${a.sectorId}`) ? `id:${a.sectorId}` : `name:${a.sectorName}`;
    // An agency whose sector is not in the list still appears, under its own sector name, after the others.
    if (!groups.has(key)) groups.set(key, { name: a.sectorName || 'No sector', retired: false, agencies: [] });
    groups.get(key)!.agencies.push(a);
  }
  return [...groups.values()].filter((g) => g.agencies.length > 0).map((g) => ({ ...g, agencies: [...g.agencies].sort(byName) }));
}

const dutyCount = (agencies: readonly AgencyListRow[], duty: Duty) => agencies.filter((a) => a.duties.includes(duty)).length;

/** The opening sentences, with counts as a person would write them. */
export function describeRegister(agencies: readonly AgencyListRow[], groups: readonly SectorGroup[]): string {
  const n = agencies.length;
  if (n === 0) return 'No agencies are recorded in the register yet.';
  const duties = DUTIES.map((d) => [d, dutyCount(agencies, d)] as const).filter(([, c]) => c > 0);
  const dutyText = duties.length
    ? duties
        .map(([d, c], i) => (i === 0 ? `${num.format(c)} ${c === 1 ? 'holds' : 'hold'} a ${DUTY_PHRASE[d]} duty` : `${num.format(c)} a ${DUTY_PHRASE[d]} duty`))
        .join(', ')
        .replace(/, ([^,]*)$/, ' and $1')
    : 'none has a statutory duty recorded';
  const first = `${plural(n, 'agency', 'agencies')} across ${plural(groups.length, 'sector', 'sectors')}; ${dutyText}.`;
  const inactive = agencies.filter((a) => !a.active).length;
  const activeText =
    inactive === 0
      ? n === 1 ? 'It is active.' : 'All are active.'
      : `${num.format(n - inactive)} ${n - inactive === 1 ? 'is' : 'are'} active and ${num.format(inactive)} inactive.`;
  const noLead = agencies.filter((a) => !a.safeguardingLead).length;
  const leadText =
    noLead === 0
      ? 'Every agency has a safeguarding lead recorded.'
      : `${plural(noLead, 'agency has', 'agencies have')} no safeguarding lead recorded.`;
  const several = agencies.filter((a) => a.duties.length > 1).length;
  const severalText = several ? ` ${plural(several, 'agency holds', 'agencies hold')} more than one duty.` : '';
  return `${first} ${activeText}${severalText} ${leadText}`;
}

function identifiers(a: AgencyListRow): string {
  return [
    a.schoolUrn && `URN ${a.schoolUrn}`,
    a.ofstedUrn && `Ofsted ${a.ofstedUrn}`,
    a.odsCode && `ODS ${a.odsCode}`,
    a.charityNumber && `Charity ${a.charityNumber}`,
  ]
    .filter(Boolean)
    .join('\n');
}

const AGENCY_COLUMNS: Column[] = [
  { header: 'Name', width: 27 },
  { header: 'Duties', width: 15 },
  { header: 'Identifiers', width: 17 },
  { header: 'Town/Postcode', width: 15 },
  { header: 'Safeguarding lead', width: 18 },
  { header: 'Active', width: 8, align: 'center' },
];

function agencyRow(a: AgencyListRow): Cell[] {
  return [
    a.name,
    a.duties.length ? DUTIES.filter((d) => a.duties.includes(d)).map((d) => DUTY_SHORT[d]).join(', ') : 'None',
    identifiers(a),
    [a.town, a.postcode].filter(Boolean).join('\n'),
    a.safeguardingLead ?? { text: 'Not recorded', italics: true },
    a.active ? 'Yes' : 'No',
  ];
}

function summaryTable(groups: readonly SectorGroup[], all: readonly AgencyListRow[], brandColour: string) {
  const counts = (agencies: readonly AgencyListRow[]): number[] => [
    agencies.length,
    agencies.filter((a) => a.active).length,
    ...DUTIES.map((d) => dutyCount(agencies, d)),
  ];
  const rows: Cell[][] = groups.map((g) => [g.name + (g.retired ? ' (retired sector)' : ''), ...counts(g.agencies)]);
  rows.push(['All sectors', ...counts(all)]);
  return dataTable({
    brandColour,
    columns: [
      { header: 'Sector', width: 34 },
      { header: 'Agencies', width: 12, align: 'right' },
      { header: 'Active', width: 11, align: 'right' },
      ...DUTIES.map((d) => ({ header: DUTY_PHRASE[d], width: d === 's11' ? 13 : 15, align: 'right' as const })),
    ],
    rows,
    emphasisRows: [rows.length - 1],
  });
}

/** The agency register as a .docx: summary, chart, then one table per sector. */
export async function buildAgencyRegister(data: AgencyRegisterData): Promise<Buffer> {
  const { settings } = data;
  const brandColour = settings.brandColour;
  const groups = groupBySector(data.agencies, data.sectors);
  const intro = describeRegister(data.agencies, groups);
  const produced = formatLongDate(data.generatedAt);

  const children: FileChild[] = [
    title(REGISTER_TITLE),
    reportDetails(
      [
        ['Partnership', settings.partnershipName],
        ['Date produced', produced],
        ['Produced by', data.authorName],
      ],
      settings,
    ),
    heading('Summary', 1),
    ...paragraphs(intro),
  ];

  if (groups.length > 0) {
    // Chart first, then the table: the table may break across pages (its header repeats), the picture cannot.
    const chartWidth = CONTENT_WIDTH_PX - 2;
    const chart = await renderBarChartPng({
      title: 'Agencies per sector',
      categories: groups.map((g) => g.name),
      values: groups.map((g) => g.agencies.length),
      width: chartWidth * 2,
      height: Math.max(150, 64 + 24 * groups.length) * 2,
      scale: 2,
      fontsDir: data.fontsDir,
      colour: brandColour,
      valueLabel: 'agencies',
    });
    children.push(
      imageParagraph({ data: chart.png, type: 'png', widthPx: chartWidth, altText: { title: 'Chart: agencies per sector', description: chart.altText } }),
      caption('Figure 1: agencies per sector. Table 1 gives the same numbers.'),
      summaryTable(groups, data.agencies, brandColour),
      caption('Table 1: agencies and statutory duties by sector.'),
      heading('Agencies by sector', 1),
    );
    for (const g of groups) {
      children.push(
        heading(`${g.name}${g.retired ? ' (retired sector)' : ''}: ${plural(g.agencies.length, 'agency', 'agencies')}`, 2),
        dataTable({ brandColour, columns: AGENCY_COLUMNS, rows: g.agencies.map(agencyRow) }),
      );
    }
  }

  const doc = createReportDocument({
    title: REGISTER_TITLE,
    subject: `${settings.partnershipName}: register of agencies`,
    description: `${REGISTER_TITLE} produced on ${produced}. ${intro}`,
    keywords: 'agency register; safeguarding; section 11; section 175',
    author: data.authorName,
    settings,
    fontsDir: data.fontsDir,
    children,
  });
  return packDocument(doc);
}
