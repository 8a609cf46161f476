import type { FrameworkDoc } from '../../shared/domain/framework';
import type { ServiceContext } from '../../electron/backend/context';
import { createFramework } from '../../electron/backend/services/framework-write';

/** A third framework beside the two built in: early years, scored 0-3 on a numeric scale with bands. */
export async function generateFrameworks(ctx: ServiceContext): Promise<number> {
  const doc: FrameworkDoc = {
    formatVersion: 1,
    familyKey: 'early-years-audit',
    name: 'Early Years Safeguarding Audit',
    versionLabel: '2025',
    description: 'Childcare Act self-assessment for registered early-years settings.',
    duties: ['childcare'],
    ratingTarget: 'items',
    standardRollup: 'average',
    wordingSectors: [],
    scale: {
      name: 'Score 0-3', kind: 'numeric', higherIsBetter: true, allowsNa: false, naLabel: 'Not applicable', min: 0, max: 3, step: 1,
      levels: [
        { code: 'R', label: 'Not met', colour: '#C62828', score: 0, description: null, bandMin: 0, bandMax: 0.99 },
        { code: 'A', label: 'Partly met', colour: '#F9A825', score: 1, description: null, bandMin: 1, bandMax: 1.99 },
        { code: 'G', label: 'Met', colour: '#2E7D32', score: 2, description: null, bandMin: 2, bandMax: 3 },
      ],
    },
    standards: Array.from({ length: 12 }, (_, s) => ({
      number: String(s + 1),
      title: `Standard ${s + 1}`,
      guidance: null,
      items: Array.from({ length: 8 }, (_, i) => ({ number: `${s + 1}.${i + 1}`, text: `Checklist item ${s + 1}.${i + 1}`, evidencePrompt: 'What evidence do you hold?', guidance: null, wordings: [] })),
    })),
  };
  return createFramework(ctx.db, ctx, doc, { status: 'published' });
}
