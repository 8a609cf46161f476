import fc from 'fast-check';
import type { FrameworkDocInput } from '../../shared/domain/framework';

// fast-check arbitrary for framework documents, for the workbook round-trip property.

const forbidden = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;
const text = (max: number) =>
  fc
    .oneof(
      { weight: 5, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }) },
      { weight: 1, arbitrary: fc.constantFrom('9.10', '007', '1e3', 'TRUE', 'No', '=A1', '_x0041_', '#12345', 'a, b') },
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max && !forbidden.test(s));
const optional = (max: number) => fc.option(text(max), { nil: null });
const num = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })).map((n) => (Object.is(n, -0) ? 0 : n));
const colour = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 6, maxLength: 6 }).map((s) => `#${s}`);
const level = fc.record({ code: text(12), label: text(80), colour, score: num, description: optional(100), bandMin: num, bandMax: num });
const levels = fc.uniqueArray(level, { minLength: 2, maxLength: 5, selector: (l) => l.code.toLowerCase() });
const SECTORS = ['education', 'early_years', 'health'];

/** Any valid framework document: 1-4 standards of 0-4 items, unicode text without control characters. */
export const frameworkDocArb = fc
  .record({
    familyKey: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    name: text(200),
    versionLabel: text(60),
    description: optional(300),
    duties: fc.subarray(['s11', 's175', 'childcare'] as const),
    ratingTarget: fc.constantFrom('items', 'standards', 'both'),
    standardRollup: fc.constantFrom('lowest', 'average', 'highest', 'none'),
    wordingSectors: fc.subarray(SECTORS),
    numeric: fc.boolean(),
    higherIsBetter: fc.boolean(),
    allowsNa: fc.boolean(),
    naLabel: text(40),
    levels,
    standards: fc.uniqueArray(
      fc.record({
        number: text(12),
        title: text(400),
        guidance: optional(300),
        withId: fc.boolean(),
        items: fc.array(
          fc.record({ text: text(300), evidencePrompt: optional(200), guidance: optional(200), wordingSectors: fc.subarray(SECTORS), wording: text(200), prompt: optional(100) }),
          { maxLength: 4 },
        ),
      }),
      { minLength: 1, maxLength: 4, selector: (s) => s.number },
    ),
  })
  .map((g): FrameworkDocInput => {
    const empty = g.standards.some((s) => s.items.length === 0);
    const ratingTarget = empty ? 'standards' : g.ratingTarget;
    return {
      familyKey: g.familyKey,
      name: g.name,
      versionLabel: g.versionLabel,
      description: g.description,
      duties: g.duties,
      ratingTarget,
      standardRollup: ratingTarget === 'items' && g.standardRollup === 'none' ? 'average' : g.standardRollup,
      wordingSectors: g.wordingSectors,
      scale: {
        name: g.name.slice(0, 120).trim() || 'Scale',
        kind: g.numeric ? 'numeric' : 'levels',
        higherIsBetter: g.higherIsBetter,
        allowsNa: g.allowsNa,
        naLabel: g.naLabel,
        ...(g.numeric ? { min: -1e6, max: 1e6, step: 0.25 } : {}),
        levels: g.levels.map((l) => (g.numeric ? l : { ...l, bandMin: null, bandMax: null })),
      },
      standards: g.standards.map((s, i) => ({
        ...(s.withId ? { id: i + 1 } : {}),
        number: s.number,
        title: s.title,
        guidance: s.guidance,
        items: s.items.map((it, j) => ({
          ...(s.withId ? { id: 100 * (i + 1) + j } : {}),
          number: `${i + 1}.${j + 1}`,
          text: it.text,
          evidencePrompt: it.evidencePrompt,
          guidance: it.guidance,
          wordings: g.wordingSectors.filter((w) => it.wordingSectors.includes(w)).map((sectorCode) => ({ sectorCode, text: it.wording, evidencePrompt: it.prompt })),
        })),
      })),
    };
  });
