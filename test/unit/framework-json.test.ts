import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePath, frameworkJsonFile, parseFrameworkJson } from '../../electron/backend/io/framework-json';
import { withoutIds } from '../../electron/backend/services/frameworks';
import { frameworkXlsxFile, parseFrameworkXlsx } from '../../electron/backend/io/framework-xlsx';
import { fileBytes, numericDoc, rejection, wordedDoc } from '../helpers/framework-docs';
import { repoRoot } from '../helpers/shared-tools';

const jsonBytes = (value: unknown, prefix = '') => Buffer.from(prefix + JSON.stringify(value, null, 2), 'utf8');
const parsing = (name: string, bytes: Buffer) => rejection(Promise.resolve().then(() => parseFrameworkJson(name, bytes)));

describe('framework JSON', () => {
  it('round-trips a framework through export and import, without database ids', () => {
    for (const doc of [wordedDoc(), numericDoc()]) {
      const file = frameworkJsonFile(doc);
      const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
      expect(text).not.toMatch(/"id"/);
      expect(parseFrameworkJson(file.fileName, Buffer.from(text))).toStrictEqual(withoutIds(doc));
    }
    expect(frameworkJsonFile(wordedDoc())).toMatchObject({
      fileName: 'safeguarding-and-early-help-compact-audit-2025-26-draft.json',
      mimeType: 'application/json',
    });
  });

  it('reads a file saved with a byte-order mark', () => {
    const doc = withoutIds(wordedDoc());
    expect(parseFrameworkJson('bom.json', jsonBytes(doc, '\uFEFF'))).toStrictEqual(doc);
  });

  it('names the file when it is not JSON', async () => {
    const err = await parsing('Tool 2025.json', Buffer.from('{ "familyKey": "x", '));
    expect(err.code).toBe('import_invalid');
    expect(err.message).toMatch(/^Tool 2025\.json is not a valid JSON file: /);
    expect(err.details).toEqual([{ file: 'Tool 2025.json', message: 'not valid JSON' }]);
  });

  it('lists schema problems by standard and item number in words', async () => {
    const doc = withoutIds(wordedDoc());
    const broken = {
      ...doc,
      familyKey: 'Compact Audit',
      scale: { ...doc.scale, levels: doc.scale.levels.map((l, i) => (i === 1 ? { ...l, colour: '#12345' } : l)) },
      standards: doc.standards.map((s, i) => (i === 1 ? { ...s, items: s.items.map((it, j) => (j === 0 ? { ...it, number: '' } : it)) } : s)),
    };
    const err = await parsing('tool.json', jsonBytes(broken));
    expect(err.code).toBe('import_invalid');
    expect(err.message).toBe('tool.json is not a valid framework file (3 problems); nothing was imported.');
    expect(err.details).toEqual([
      { file: 'tool.json', field: 'familyKey', message: 'lower-case letters, digits and hyphens' },
      { file: 'tool.json', field: 'scale, level 2, colour', message: 'a colour is #RRGGBB' },
      { file: 'tool.json', field: 'standard 2, item 1, number', message: expect.any(String) },
    ]);
  });

  it('reports a repeated item number and the rating rules in words', async () => {
    const doc = withoutIds(numericDoc());
    const broken = { ...doc, standardRollup: 'none', standards: [doc.standards[0], { ...doc.standards[1], items: [{ number: 'A2', text: 'Again' }] }] };
    const err = await parsing('tool.json', jsonBytes(broken));
    expect(err.details).toEqual([
      { file: 'tool.json', field: 'standard 2, item 1, number', message: 'item number A2 is used twice' },
      { file: 'tool.json', field: 'standardRollup', message: 'when only items are rated, say how a standard rating follows from them' },
    ]);
  });

  it('describes zod paths as a person would look for them', () => {
    expect(describePath(['standards', 1, 'items', 0, 'number'])).toBe('standard 2, item 1, number');
    expect(describePath(['standards', 0, 'items', 2, 'wordings', 1, 'text'])).toBe('standard 1, item 3, wording 2, text');
    expect(describePath(['scale', 'levels', 3, 'code'])).toBe('scale, level 4, code');
    expect(describePath(['name'])).toBe('name');
  });

  it('the example in docs/formats.md is a valid framework, in JSON and as a workbook', async () => {
    const docs = readFileSync(join(repoRoot, 'docs', 'formats.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## Frameworks'));
    const example = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const doc = parseFrameworkJson('formats.md', Buffer.from(example!));
    expect(doc.standards[0]?.items[0]?.wordings).toHaveLength(1);
    const file = await frameworkXlsxFile(doc);
    expect(await parseFrameworkXlsx(file.fileName, fileBytes(file))).toStrictEqual(doc);
  });
});
