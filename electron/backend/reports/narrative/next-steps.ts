import type { BoardPaperData } from './data';
import type { SectionText } from './facts';
import { listFact } from './facts';
import { participant } from './common';
import { capitalise, dateSpan, listAnd, plural } from './wording';

// 8. Next steps: what follows from where the cycle stands (returns, meetings, actions).

export function nextStepsSection(d: BoardPaperData): SectionText {
  const who = participant(d);
  const open = d.actions.filter((a) => a.status !== 'complete' && a.status !== 'dropped');
  const agency = open.filter((a) => a.kind === 'agency');
  const groups = [...new Set(open.filter((a) => a.kind === 'partnership').map((a) => a.groupName).filter((g): g is string => Boolean(g)))];
  const missing = d.agencies.filter((a) => !a.returned).length;
  const m = d.scrutiny.meetings;
  const steps: string[] = [];
  const missingNames = d.agencies.filter((a) => !a.returned).map((a) => a.name);
  if (missing === 1) steps.push(`- The business unit to follow up ${missingNames[0]}, which has not yet returned its self-assessment`);
  else if (missing) steps.push(`- The business unit to follow up the ${plural(missing, who.one, who.many)} that have not yet returned their self-assessments`);
  const left = m.total - m.held;
  if (left) steps.push(left === 1 ? '- Hold the remaining scrutiny meeting' : `- Hold the remaining ${plural(left, 'scrutiny meeting')}`);
  if (m.notScheduled) steps.push(m.notScheduled === 1 ? `- Arrange a scrutiny meeting for the ${who.one} without one` : `- Arrange scrutiny meetings for the ${plural(m.notScheduled, who.one, who.many)} without one`);
  steps.push(
    agency.length
      ? `- ${capitalise(who.many)} to progress and implement their action plans (${plural(agency.length, 'action')} due ${dateSpan(agency[0]!.dueDate, agency[agency.length - 1]!.dueDate)}) and report progress to the Partnership`
      : `- ${capitalise(who.many)} to agree action plans for the areas for development they identified and report progress to the Partnership`,
  );
  steps.push(`- ${capitalise(who.many)} to share the findings report and their individual action plans with their safeguarding leadership`);
  if (groups.length) steps.push(`- Partnership actions to be taken forward by the ${listAnd(groups)}`);
  return {
    text: steps.join('\n'),
    facts: {
      'Not returned': missing,
      'Scrutiny meetings still to hold': m.total - m.held,
      'Without a scrutiny meeting': m.notScheduled,
      'Open actions': agency.length,
      'Action due dates': agency.length ? `${agency[0]!.dueDate} to ${agency[agency.length - 1]!.dueDate}` : '',
      'Groups with partnership actions': listFact(groups),
    },
  };
}
