import type { BoardPaperData } from './data';
import type { SectionText } from './facts';
import { auditPhrase, participant } from './common';

// 1. Purpose of the report: the statutory requirement behind the audit, and what it tells the Partnership
// and the agencies (the Barnsley report's shape).

function requirement(d: BoardPaperData): string {
  const p = d.settings.partnershipName;
  switch (d.cycle.type) {
    case 's11':
      return (
        '**Requirement:** Section 11 of the Children Act 2004 places duties on a range of organisations and agencies to make ' +
        'arrangements to ensure that their functions are discharged having regard to the need to safeguard and promote the ' +
        'welfare of children. Chapter 4 of Working Together to Safeguard Children 2023 sets out these organisational ' +
        `responsibilities. The ${p} seeks assurance that they are met through this self-assessment audit.`
      );
    case 's175':
      return (
        '**Requirement:** Section 175 of the Education Act 2002 requires local authorities and the governing bodies of maintained ' +
        'schools and further education institutions to make arrangements to safeguard and promote the welfare of children; ' +
        'section 157 of the Act and the Independent School Standards place the same expectation on the proprietors of ' +
        'academies and independent schools. Keeping Children Safe in Education is the statutory guidance they must have ' +
        `regard to. The ${p} seeks assurance that these duties are met through this audit.`
      );
    case 'early_years':
      return (
        '**Requirement:** Section 40 of the Childcare Act 2006 requires early years providers to meet the safeguarding and ' +
        'welfare requirements of the Early Years Foundation Stage statutory framework. ' +
        `The ${p} seeks assurance that these requirements are met through this audit.`
      );
    default:
      return (
        `**Requirement:** This audit is part of the multi-agency quality assurance the ${p} carries out under its published ` +
        'safeguarding arrangements, as Working Together to Safeguard Children 2023 expects.'
      );
  }
}

export function purposeSection(d: BoardPaperData): SectionText {
  const who = participant(d);
  const audit = auditPhrase(d);
  const text = [
    `This report presents the findings of the ${d.cycle.name} to the ${d.settings.partnershipName}.`,
    requirement(d),
    'For the Partnership:',
    `- the self-assessments and their scrutiny tell us how effective the arrangements and joint working to safeguard and promote the welfare of children are`,
    '- the results are evidence for the Partnership’s annual report and help set its priorities for learning and improvement',
    `For ${who.many}:`,
    `- the ${audit} gives every ${who.one} the opportunity to give an account of how safeguarding is prioritised in its organisation`,
    `- it helps ${who.many} identify good practice and areas for development, and supports evidence gathering for external inspections`,
  ].join('\n\n');
  return { text, facts: { 'Audit type': d.cycle.type, 'Audit name': d.cycle.name, Partnership: d.settings.partnershipName } };
}
