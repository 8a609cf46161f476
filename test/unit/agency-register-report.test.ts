import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgencyListRow, Sector } from '../../shared/domain/agency';
import {
  REGISTER_TITLE,
  buildAgencyRegister,
  describeRegister,
  groupBySector,
  type AgencyRegisterData,
} from '../../electron/backend/reports/agency-register';
import {
  coreProperty,
  coreXml,
  count,
  documentXml,
  footerXmls,
  headerXmls,
  openDocx,
  paragraphStyles,
  paragraphTexts,
  rows,
  tables,
  unescapeXml,
} from '../helpers/docx';
import { SAMPLE_SETTINGS, sampleAgencies, sampleSectors } from '../helpers/sample-agencies';
import { repoRoot } from '../helpers/shared-tools';

const fontsDir = join(repoRoot, 'resources', 'fonts');

const agency = (over: Partial<AgencyListRow>): AgencyListRow => ({
  id: 1,
  name: 'Agency',
  sectorId: 1,
  sectorName: 'Health',
  duties: ['s11'],
  schoolUrn: null,
  ofstedUrn: null,
  odsCode: null,
  charityNumber: null,
  town: null,
  postcode: null,
  active: true,
  safeguardingLead: 'A Lead',
  contactCount: 1,
  updatedAt: '2024-11-18T10:00:00.000Z',
  ...over,
});
const sector = (id: number, name: string, sortOrder: number, active = true): Sector => ({ id, code: `s${id}`, name, sortOrder, active, agencyCount: 0 });

function data(agencies: AgencyListRow[], over: Partial<AgencyRegisterData> = {}): AgencyRegisterData {
  return { settings: SAMPLE_SETTINGS, generatedAt: new Date(2024, 10, 18, 14, 5), authorName: 'Annette Carey', agencies, sectors: sampleSectors(), fontsDir, ...over };
}

describe('groupBySector', () => {
  it('follows the sector order, sorts agencies by name and leaves out empty sectors', () => {
    const sectors = [sector(1, 'Health', 2), sector(2, 'Police', 1), sector(3, 'Fire', 3)];
    const groups = groupBySector(
      [
        agency({ id: 1, name: 'zeta trust', sectorId: 1 }),
        agency({ id: 2, name: 'Alpha Trust', sectorId: 1 }),
        agency({ id: 3, name: 'Constabulary', sectorId: 2 }),
        agency({ id: 4, name: 'Clinic 10', sectorId: 1 }),
        agency({ id: 5, name: 'Clinic 9', sectorId: 1 }),
      ],
      sectors,
    );
    expect(groups.map((g) => [g.name, g.agencies.map((a) => a.name)])).toEqual([
      ['Police', ['Constabulary']],
      ['Health', ['Alpha Trust', 'Clinic 9', 'Clinic 10', 'zeta trust']],
    ]);
  });

  it('keeps an agency whose sector is not listed, under its own sector name, and marks retired sectors', () => {
    const groups = groupBySector(
      [agency({ id: 1, sectorId: 99, sectorName: 'Prisons' }), agency({ id: 2, sectorId: 2 })],
      [sector(1, 'Health', 1), sector(2, 'Old sector', 2, false)],
    );
    expect(groups.map((g) => [g.name, g.retired, g.agencies.length])).toEqual([
      ['Old sector', true, 1],
      ['Prisons', false, 1],
    ]);
  });
});

describe('describeRegister', () => {
  it('writes counts as a person would', () => {
    const agencies = [
      agency({ id: 1, duties: ['s11'] }),
      agency({ id: 2, duties: ['s11'], sectorId: 2 }),
      agency({ id: 3, duties: ['s175'], sectorId: 3, active: false }),
      agency({ id: 4, duties: ['childcare', 's11'], sectorId: 3, safeguardingLead: null }),
    ];
    const groups = groupBySector(agencies, [sector(1, 'A', 1), sector(2, 'B', 2), sector(3, 'C', 3)]);
    expect(describeRegister(agencies, groups)).toBe(
      '4 agencies across 3 sectors; 3 hold a Section 11 duty, 1 a Section 175/157 duty and 1 a Childcare Act duty. ' +
        '3 are active and 1 inactive. 1 agency holds more than one duty. 1 agency has no safeguarding lead recorded.',
    );
  });

  it('uses the singular for one and handles an empty register', () => {
    const one = [agency({ id: 1 })];
    expect(describeRegister(one, groupBySector(one, [sector(1, 'Health', 1)]))).toBe(
      '1 agency across 1 sector; 1 holds a Section 11 duty. It is active. Every agency has a safeguarding lead recorded.',
    );
    expect(describeRegister([], [])).toBe('No agencies are recorded in the register yet.');
    const none = [agency({ duties: [] }), agency({ id: 2, duties: [] })];
    expect(describeRegister(none, groupBySector(none, [sector(1, 'Health', 1)]))).toMatch(/^2 agencies across 1 sector; none has a statutory duty recorded\. All are active\./);
  });

  it('writes thousands with a comma', () => {
    const many = sampleAgencies(2000);
    expect(describeRegister(many, groupBySector(many, sampleSectors()))).toMatch(/^2,000 agencies across 11 sectors; /);
  });
});

describe('buildAgencyRegister', () => {
  it('writes the title, details table, summary, chart and one table per sector', async () => {
    const agencies = sampleAgencies(40);
    const pkg = await openDocx(await buildAgencyRegister(data(agencies)));
    const body = await documentXml(pkg);
    const texts = paragraphTexts(body);
    const groups = groupBySector(agencies, sampleSectors());

    expect(coreProperty(await coreXml(pkg), 'dc:title')).toBe(REGISTER_TITLE);
    expect(coreProperty(await coreXml(pkg), 'dc:creator')).toBe('Annette Carey');
    const styles = paragraphStyles(body).filter((s) => /^(Title|Heading\d)$/.test(s));
    expect(styles).toEqual(['Title', 'Heading1', 'Heading1', ...groups.map(() => 'Heading2')]);

    const [details, summary, ...sectorTables] = tables(body);
    expect(rows(details!).map((r) => paragraphTexts(r))).toEqual([
      ['Item', 'Detail'],
      ['Partnership', 'Northmoor Safeguarding Children Partnership'],
      ['Date produced', '18 November 2024'],
      ['Produced by', 'Annette Carey'],
      ['Status', 'OFFICIAL'],
    ]);
    expect(texts).toContain(describeRegister(agencies, groups));

    const summaryRows = rows(summary!).map((r) => paragraphTexts(r));
    expect(summaryRows[0]).toEqual(['Sector', 'Agencies', 'Active', 'Section 11', 'Section 175/157', 'Childcare Act']);
    expect(summaryRows.slice(1, -1).map((r) => r[0])).toEqual(groups.map((g) => g.name));
    const total = summaryRows.at(-1)!;
    expect(total[0]).toBe('All sectors');
    expect(Number(total[1])).toBe(40);
    expect(summaryRows.slice(1, -1).reduce((n, r) => n + Number(r[1]), 0)).toBe(40);

    expect(sectorTables).toHaveLength(groups.length);
    for (const [i, t] of sectorTables.entries()) {
      const [head, ...agencyRows] = rows(t);
      expect(paragraphTexts(head!)).toEqual(['Name', 'Duties', 'Identifiers', 'Town/Postcode', 'Safeguarding lead', 'Active']);
      expect(head).toContain('<w:tblHeader/>');
      expect(agencyRows.map((r) => paragraphTexts(r)[0])).toEqual(groups[i]!.agencies.map((a) => a.name));
    }
    // the chart, with alt text that carries the numbers
    const descr = unescapeXml(/<wp:docPr [^>]*descr="([^"]+)"/.exec(body)?.[1] ?? '');
    expect(descr).toContain('Bar chart: Agencies per sector');
    for (const g of groups) expect(descr).toContain(`${g.name}: ${g.agencies.length}`);
  });

  it('shows each agency\'s duties, identifiers, place, lead and status', async () => {
    const a = agency({
      name: 'Northmoor Primary & Nursery <School>',
      duties: ['childcare', 's175'],
      schoolUrn: '123456',
      ofstedUrn: 'EY123456',
      town: 'Northmoor',
      postcode: 'NM1 1AA',
      safeguardingLead: null,
      active: false,
      sectorId: 7,
      sectorName: 'Education',
    });
    const body = await documentXml(await openDocx(await buildAgencyRegister(data([a]))));
    const row = rows(tables(body).at(-1)!)[1]!;
    expect(paragraphTexts(row)).toEqual([
      'Northmoor Primary & Nursery <School>',
      's175/157, Childcare Act',
      'URN 123456Ofsted EY123456',
      'NorthmoorNM1 1AA',
      'Not recorded',
      'No',
    ]);
    expect(row).toContain('&amp;');
  });

  it('puts marking and partnership in the header and footer, and the logo when there is one', async () => {
    const logo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAGAQH/2ZkN3gAAAABJRU5ErkJggg==', 'base64');
    const pkg = await openDocx(
      await buildAgencyRegister(data(sampleAgencies(3), { settings: { ...SAMPLE_SETTINGS, protectiveMarking: 'OFFICIAL-SENSITIVE', logoBase64: logo.toString('base64'), logoMimeType: 'image/png' } })),
    );
    const [header] = await headerXmls(pkg);
    const [footer] = await footerXmls(pkg);
    expect(paragraphTexts(header!)).toEqual(['OFFICIAL-SENSITIVE', 'Northmoor Safeguarding Children Partnership']);
    expect(header).toMatch(/<wp:docPr [^>]*descr="Logo of Northmoor Safeguarding Children Partnership"/);
    expect(paragraphTexts(footer!)).toContain('OFFICIAL-SENSITIVE');
    expect(footer).toContain('NUMPAGES');
  });

  it('still makes a sensible document with no agencies', async () => {
    const body = await documentXml(await openDocx(await buildAgencyRegister(data([]))));
    expect(paragraphTexts(body)).toContain('No agencies are recorded in the register yet.');
    expect(tables(body)).toHaveLength(1);
    expect(count(body, /<w:drawing>/)).toBe(0);
  });

  it('handles 2,000 agencies: every one has its row', async () => {
    const agencies = sampleAgencies(2000);
    const body = await documentXml(await openDocx(await buildAgencyRegister(data(agencies))));
    const sectorTables = tables(body).slice(2);
    expect(sectorTables.reduce((n, t) => n + rows(t).length - 1, 0)).toBe(2000);
    expect(count(body, /<w:tblHeader\/>/)).toBe(tables(body).length);
  });
});
