import type { BoardPaperData } from './data';
import type { SectionText } from './facts';
import { listFact } from './facts';
import { participant } from './common';
import { dateSpan, plural } from './wording';

// 2. Proposals, recommendations and action required.

export function recommendationsSection(d: BoardPaperData): SectionText {
  const who = participant(d);
  const open = d.actions.filter((a) => a.status !== 'complete' && a.status !== 'dropped');
  const partnership = open.filter((a) => a.kind === 'partnership');
  const agency = open.filter((a) => a.kind === 'agency');
  const dues = agency.map((a) => a.dueDate).sort();
  const lines = [
    `The ${d.settings.partnershipName} is asked to:`,
    `- note the findings of the ${d.cycle.name}`,
    partnership.length
      ? `- accept the areas for development and the ${plural(partnership.length, 'partnership action')} set out in this report`
      : '- accept the areas for development set out in this report',
    agency.length
      ? `- note that ${who.many} have ${plural(agency.length, 'action')} in their individual action plans, due ${dateSpan(dues[0]!, dues[dues.length - 1]!)}, and will report their progress to the Partnership`
      : `- note that ${who.many} will draw up action plans for the areas for development they identified`,
  ];
  return {
    text: lines.join('\n'),
    facts: {
      'Partnership actions': partnership.length,
      [`${who.one[0]!.toUpperCase()}${who.one.slice(1)} actions`]: agency.length,
      'Action due dates': listFact(dues.length ? [dues[0]!, dues[dues.length - 1]!] : []),
    },
  };
}
