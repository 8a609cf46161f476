import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frameworkDocSchema, type FrameworkDoc } from '../../shared/domain/framework';

const here = dirname(fileURLToPath(import.meta.url));
const frameworksDir = resolve(here, '../../resources/frameworks');

/** The raw JSON, as a fresh copy each time so tests can break it freely. */
function loadRaw(file: string): any {
  return JSON.parse(readFileSync(resolve(frameworksDir, file), 'utf8'));
}

function parse(file: string): FrameworkDoc {
  const result = frameworkDocSchema.safeParse(loadRaw(file));
  if (!result.success) throw new Error(`${file} does not parse: ${JSON.stringify(result.error.issues, null, 2)}`);
  return result.data;
}

function issueMessages(raw: unknown): string[] {
  const result = frameworkDocSchema.safeParse(raw);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

const builtIns = [
  { file: 'compact-audit.json', familyKey: 'compact-audit', standards: 12, minItems: 4, maxItems: 7, ratingTarget: 'both' },
  { file: 's11-policy.json', familyKey: 's11-policy', standards: 9, minItems: 4, maxItems: 6, ratingTarget: 'items' },
] as const;

describe.each(builtIns)('built-in framework $file', (spec) => {
  it('parses with frameworkDocSchema', () => {
    const result = frameworkDocSchema.safeParse(loadRaw(spec.file));
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues)).toBe(true);
  });

  it('has no id fields, so it can be imported as a new framework', () => {
    const raw = loadRaw(spec.file);
    expect(raw.formatVersion).toBe(1);
    for (const s of raw.standards) {
      expect(s).not.toHaveProperty('id');
      for (const item of s.items) expect(item).not.toHaveProperty('id');
    }
  });

  it('has the expected family, rating target, roll-up and number of standards', () => {
    const doc = parse(spec.file);
    expect(doc.familyKey).toBe(spec.familyKey);
    expect(doc.ratingTarget).toBe(spec.ratingTarget);
    expect(doc.standardRollup).toBe('lowest');
    expect(doc.standards).toHaveLength(spec.standards);
    expect(doc.standards.map((s) => s.number)).toEqual(Array.from({ length: spec.standards }, (_, i) => String(i + 1)));
  });

  it('numbers items uniquely, in order, prefixed by their standard number', () => {
    const doc = parse(spec.file);
    const seen = new Set<string>();
    for (const s of doc.standards) {
      expect(s.items.length).toBeGreaterThanOrEqual(spec.minItems);
      expect(s.items.length).toBeLessThanOrEqual(spec.maxItems);
      s.items.forEach((item, j) => {
        expect(item.number.startsWith(`${s.number}.`)).toBe(true);
        expect(item.number).toBe(`${s.number}.${j + 1}`);
        expect(seen.has(item.number)).toBe(false);
        seen.add(item.number);
        expect(item.evidencePrompt).toMatch(/^What evidence do you hold\?/);
      });
    }
  });

  it('has a usable scale: distinct codes, colours and scores, N/A allowed, descriptions given', () => {
    const { scale } = parse(spec.file);
    expect(scale.kind).toBe('levels');
    expect(scale.higherIsBetter).toBe(true);
    expect(scale.allowsNa).toBe(true);
    expect(scale.naLabel).toBe('Not applicable');
    const colours = scale.levels.map((l) => l.colour.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
    const codes = scale.levels.map((l) => l.code.toLowerCase());
    expect(new Set(codes).size).toBe(codes.length);
    const scores = scale.levels.map((l) => l.score);
    expect(new Set(scores).size).toBe(scores.length);
    for (const l of scale.levels) expect(l.description).toBeTruthy();
  });
});

describe('compact audit specifics', () => {
  it('uses the Ofsted-style four point scale from the Portsmouth guide', () => {
    const { scale, duties } = parse('compact-audit.json');
    expect(duties).toEqual(['s11', 's175', 'childcare']);
    expect(scale.levels.map((l) => [l.code, l.label, l.score])).toEqual([
      ['O', 'Outstanding', 4],
      ['G', 'Good', 3],
      ['RI', 'Requires improvement', 2],
      ['I', 'Inadequate', 1],
    ]);
    expect(scale.levels[0]?.description).toBe('Our organisation can fully demonstrate compliance with the standard');
  });

  it('gives at least two sector wordings per standard, only for declared sectors', () => {
    const doc = parse('compact-audit.json');
    expect(doc.wordingSectors).toEqual(['education', 'early_years']);
    for (const s of doc.standards) {
      const wordings = s.items.flatMap((i) => i.wordings);
      expect(wordings.length, `standard ${s.number}`).toBeGreaterThanOrEqual(2);
      for (const w of wordings) {
        expect(doc.wordingSectors).toContain(w.sectorCode);
        expect(w.text.length).toBeGreaterThan(20);
      }
      for (const item of s.items) {
        const sectors = item.wordings.map((w) => w.sectorCode);
        expect(new Set(sectors).size, `item ${item.number}`).toBe(sectors.length);
      }
    }
  });
});

describe('s11 policy audit specifics', () => {
  it('uses the Met / Partially met / Not met RAG scale', () => {
    const doc = parse('s11-policy.json');
    expect(doc.duties).toEqual(['s11']);
    expect(doc.scale.levels.map((l) => [l.code, l.label, l.colour, l.score])).toEqual([
      ['G', 'Met', '#2E7D32', 2],
      ['A', 'Partially met', '#F9A825', 1],
      ['R', 'Not met', '#C62828', 0],
    ]);
  });

  it('has items 9.1 to 9.6 under standard 9', () => {
    const doc = parse('s11-policy.json');
    const nine = doc.standards.find((s) => s.number === '9');
    expect(nine?.title).toBe('Allegations against staff');
    expect(nine?.items.map((i) => i.number)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5', '9.6']);
  });
});

describe('broken copies are rejected', () => {
  it('an unchanged copy still parses (so the failures below are caused by the breakage)', () => {
    expect(frameworkDocSchema.safeParse(loadRaw('compact-audit.json')).success).toBe(true);
    expect(frameworkDocSchema.safeParse(loadRaw('s11-policy.json')).success).toBe(true);
  });

  it('rejects a duplicate item number', () => {
    const raw = loadRaw('compact-audit.json');
    raw.standards[1].items[0].number = raw.standards[0].items[0].number;
    expect(issueMessages(raw)).toContain('item number 1.1 is used twice');
  });

  it('rejects an items-only framework with roll-up "none"', () => {
    const raw = loadRaw('s11-policy.json');
    raw.standardRollup = 'none';
    expect(issueMessages(raw).some((m) => m.includes('say how a standard rating follows'))).toBe(true);
  });

  it('rejects a scale with only one level', () => {
    const raw = loadRaw('s11-policy.json');
    raw.scale.levels = raw.scale.levels.slice(0, 1);
    expect(issueMessages(raw)).toContain('an ordered scale needs at least two levels');
  });
});
