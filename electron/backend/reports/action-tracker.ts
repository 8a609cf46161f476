import type { FileChild, Table } from 'docx';
import { DUE_SOON_DAYS, isClosedAction, type ActionRow } from '../../../shared/domain/action';
import { addDaysIso } from '../../../shared/domain/dates';
import { actionsTable, colourKeyTable, describeActions } from './action-tracker-cells';
import {
  caption,
  createReportDocument,
  dataTable,
  formatLongDate,
  heading,
  packDocument,
  paragraphs,
  reportDetails,
  title,
  type Cell,
  type DocumentSettings,
} from './kit';

export { describeActions } from './action-tracker-cells';

// Action plan trackers for an assurance meeting: one per agency with actions, and one for the partnership
// (its groups' actions, and every agency's at a glance). Built from the document kit; pure apart from
// packing, so tests can read the XML.

export interface TrackerContext {
  settings: DocumentSettings;
  fontsDir: string;
  author: string;
  /** The day the figures are worked out for ("overdue" is as at today, not the meeting). */
  today: string;
  meetingName: string;
  meetingDate: string;
  /** Complete and dropped actions closed on or after this date are listed. */
  closedSince: string;
  embedFonts?: boolean;
}

/** "Action plan tracker — Northmoor Police — Assurance meeting 18 March 2027". */
export const trackerTitle = (who: string, c: Pick<TrackerContext, 'meetingName' | 'meetingDate'>): string =>
  `Action plan tracker — ${who} — ${c.meetingName} ${formatLongDate(c.meetingDate)}`;

function detailsTable(c: TrackerContext, who: [string, string]): Table {
  return reportDetails(
    [
      ['Partnership', c.settings.partnershipName],
      who,
      ['Meeting', c.meetingName],
      ['Date of meeting', formatLongDate(c.meetingDate)],
      ['Actions as at', formatLongDate(c.today)],
      ['Closed actions listed from', formatLongDate(c.closedSince)],
      ['Produced by', c.author],
    ],
    c.settings,
  );
}

const keySection = (c: TrackerContext): FileChild[] => [
  heading('Key', 1),
  ...paragraphs('Each status cell gives the status in words, and the RAG last reported where there is one; the colours follow this key.'),
  colourKeyTable(c.settings.brandColour),
];

/** One agency's tracker: details, a summary in words, every action, and the key. */
export function agencyTrackerChildren(c: TrackerContext, agencyName: string, rows: readonly ActionRow[]): FileChild[] {
  return [
    title(trackerTitle(agencyName, c)),
    detailsTable(c, ['Agency', agencyName]),
    heading('Summary', 1),
    ...paragraphs(describeActions(rows, c.today, c.closedSince)),
    heading('Actions', 1),
    actionsTable(rows, c.settings.brandColour),
    ...keySection(c),
  ];
}

export interface GroupActions {
  name: string;
  rows: ActionRow[];
}

/** Partnership actions by their group, in the groups' order; actions without a group last. */
export function groupActions(rows: readonly ActionRow[], groupOrder: readonly string[]): GroupActions[] {
  const groups = new Map<string, ActionRow[]>(groupOrder.map((g) => [g, []]));
  for (const r of rows) {
    const name = r.groupName ?? 'No group';
    groups.set(name, [...(groups.get(name) ?? []), r]);
  }
  return [...groups.entries()].filter(([, rs]) => rs.length > 0).map(([name, rs]) => ({ name, rows: rs }));
}

/** Agency actions at a glance: one row per agency, and the partnership's total. */
export function agencyOverviewTable(rows: readonly ActionRow[], today: string, brandColour: string): Table {
  const byAgency = new Map<string, ActionRow[]>();
  for (const r of rows) byAgency.set(r.agencyName ?? '', [...(byAgency.get(r.agencyName ?? '') ?? []), r]);
  const soonBy = addDaysIso(today, DUE_SOON_DAYS);
  const counts = (rs: readonly ActionRow[]): Cell[] => {
    const open = rs.filter((r) => !isClosedAction(r.status));
    return [
      rs.length,
      open.length,
      open.filter((r) => r.overdue).length,
      open.filter((r) => !r.overdue && r.dueDate <= soonBy).length,
      open.filter((r) => r.status === 'at_risk').length,
      rs.filter((r) => r.status === 'complete').length,
    ];
  };
  const names = [...byAgency.keys()].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const body: Cell[][] = names.map((n) => [n, ...counts(byAgency.get(n)!)]);
  body.push(['All agencies', ...counts(rows)]);
  return dataTable({
    brandColour,
    columns: [
      { header: 'Agency', width: 34 },
      { header: 'Listed', width: 10, align: 'right' },
      { header: 'Open', width: 10, align: 'right' },
      { header: 'Overdue', width: 11, align: 'right' },
      { header: `Due in ${DUE_SOON_DAYS} days`, width: 13, align: 'right' },
      { header: 'At risk', width: 10, align: 'right' },
      { header: 'Complete', width: 12, align: 'right' },
    ],
    rows: body,
    emphasisRows: [body.length - 1],
  });
}

/** The partnership's tracker: its groups' actions, then every agency's actions counted. */
export function partnershipTrackerChildren(
  c: TrackerContext,
  partnershipRows: readonly ActionRow[],
  agencyRows: readonly ActionRow[],
  groupOrder: readonly string[],
): FileChild[] {
  const groups = groupActions(partnershipRows, groupOrder);
  const children: FileChild[] = [
    title(trackerTitle('Partnership', c)),
    detailsTable(c, ['Actions of', 'The partnership and its agencies']),
    heading('Summary', 1),
    ...paragraphs(`Partnership actions. ${describeActions(partnershipRows, c.today, c.closedSince)}`),
    ...paragraphs(`Agency actions. ${describeActions(agencyRows, c.today, c.closedSince)}`),
    heading('Partnership actions', 1),
  ];
  if (!groups.length) children.push(...paragraphs('No partnership actions are listed.'));
  for (const g of groups)
    children.push(heading(`${g.name}: ${g.rows.length} ${g.rows.length === 1 ? 'action' : 'actions'}`, 2), ...paragraphs(describeActions(g.rows, c.today, null)), actionsTable(g.rows, c.settings.brandColour));
  children.push(heading('Agency actions', 1));
  if (!agencyRows.length) children.push(...paragraphs('No agency actions are listed.'));
  else
    children.push(
      agencyOverviewTable(agencyRows, c.today, c.settings.brandColour),
      caption(`Agency actions by agency. Each agency's own tracker lists its actions. "Due in ${DUE_SOON_DAYS} days" excludes overdue actions.`),
    );
  children.push(...keySection(c));
  return children;
}

/** A tracker document as .docx bytes. */
export function buildTrackerDocx(c: TrackerContext, docTitle: string, children: FileChild[]): Promise<Buffer> {
  const doc = createReportDocument({
    title: docTitle,
    subject: `${c.settings.partnershipName}: action plan tracker`,
    description: `${docTitle}. Actions as at ${formatLongDate(c.today)}.`,
    keywords: 'action plan; tracker; safeguarding; assurance',
    author: c.author,
    settings: c.settings,
    fontsDir: c.fontsDir,
    children,
    ...(c.embedFonts === false ? { embedFonts: false } : {}),
  });
  return packDocument(doc);
}
