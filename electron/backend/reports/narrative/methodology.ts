import type { BoardPaperData } from './data';
import type { SectionText } from './facts';
import { listFact } from './facts';
import { appendixRef, auditPhrase, isPast, participant } from './common';
import { capitalise, dateSpan, listAnd, longDate, monthYear, nOfM, nOfMPercent, num, plural, sentence } from './wording';

// 4. Methodology, from what was actually done in the cycle: the tool and its standards, the rating scale,
// launch and deadlines with the return rates, moderation, the challenge event and the scrutiny meetings.

const ROLLUP: Record<string, string> = {
  lowest: "A standard's overall rating is its lowest item rating, so one weak item makes the standard weak.",
  average: "A standard's overall rating is the average of its item ratings.",
  highest: "A standard's overall rating is its highest item rating.",
};

function toolSteps(d: BoardPaperData): string[] {
  const who = participant(d);
  const f = d.framework;
  const items = f.itemCount ? `, each with a checklist of requirements and the evidence expected (${plural(f.itemCount, 'checklist item')} in all)` : '';
  const rated = f.ratingTarget === 'items' ? 'each checklist item' : f.ratingTarget === 'standards' ? 'each standard' : 'each standard and each checklist item';
  const levels = listAnd(d.levels.map((l) => l.label)).replace(/ and ([^,]*)$/, ' or $1');
  const steps = [
    `- ${capitalise(who.many)} completed the ${f.name} (${f.versionLabel}), which addresses ${plural(f.standardCount, 'standard')}${items}.`,
    `- ${capitalise(who.many)} rated ${rated} ${levels}${f.scaleName.toLowerCase().includes(d.levels[0]?.label.toLowerCase() ?? '\u0000') ? '' : ` on the ${f.scaleName} scale`} and gave the evidence behind each answer.${f.ratingTarget !== 'standards' && ROLLUP[f.rollup] ? ` ${ROLLUP[f.rollup]}` : ''}${f.allowsNa ? ` Requirements that did not apply could be marked ${f.naLabel} with a reason; they are left out of the ratings.` : ''}`,
  ];
  const c = d.cycle;
  if (c.launchDate || c.initialDeadline) {
    const when = [
      c.launchDate ? `The audit was launched on ${longDate(c.launchDate)}` : 'The audit was launched',
      c.initialDeadline ? `with returns due by ${longDate(c.initialDeadline)}` : null,
      c.finalDeadline && c.finalDeadline !== c.initialDeadline ? `and a final deadline of ${longDate(c.finalDeadline)}` : null,
    ];
    steps.push(`- ${sentence(when.filter(Boolean).join(' '))}`);
  }
  steps.push(`- ${returnRates(d)}`);
  const changed = d.agencies.reduce((n, a) => n + a.overOptimistic + a.underscored, 0);
  const moderatedAgencies = d.agencies.filter((a) => a.overOptimistic + a.underscored > 0).length;
  if (changed)
    steps.push(`- Returns were moderated: the business unit and the independent scrutineer tested the self-ratings against the evidence, and changed ${plural(changed, 'rating')} in ${plural(moderatedAgencies, who.one, who.many)}.`);
  return steps;
}

/** "8 of the 10 agencies (80%) returned by the initial deadline and 9 (90%) by the final deadline." */
export function returnRates(d: BoardPaperData): string {
  const who = participant(d);
  const { initial, final, now } = d.rates;
  const n = d.agencies.length;
  const parts: string[] = [];
  if (initial && isPast(d, initial.date)) parts.push(`${nOfMPercent(initial.count, n, who.one, who.many)} returned by the initial deadline`);
  if (final && final.date !== initial?.date && isPast(d, final.date))
    parts.push(parts.length ? `${num(final.count)} (${final.percent}%) by the final deadline` : `${nOfMPercent(final.count, n, who.one, who.many)} returned by the final deadline`);
  if (!parts.length) return `${capitalise(nOfMPercent(now.count, n, who.one, who.many))} ${now.count === 1 ? 'has' : 'have'} returned ${now.count === 1 ? 'its' : 'their'} self-assessment so far.`;
  const tail = now.count > (final && isPast(d, final.date) ? final.count : (initial?.count ?? 0)) ? `; ${num(now.count)} (${now.percent}%) have returned to date` : '';
  return `${capitalise(listAnd(parts))}${tail}.`;
}

function challengeSteps(d: BoardPaperData): string[] {
  const who = participant(d);
  return d.challenge.map((e) => {
    const held = isPast(d, e.date) ? `was held on ${longDate(e.date)}` : `is planned for ${longDate(e.date)}`;
    const numbers = e.questions.map((q) => q.number);
    const qs = numbers.length ? `, organised around ${plural(numbers.length, 'question')} sampled from the self-assessment (${listAnd(numbers)})` : '';
    const came = isPast(d, e.date) && e.invited ? ` ${capitalise(nOfM(e.attended, e.invited, `invited ${who.one}`, `invited ${who.many}`))} attended.` : '';
    return `- A multi-agency challenge event (${e.title}) ${held} for ${e.invited === d.agencies.length ? `all ${who.many}` : plural(e.invited, who.one, who.many)}${qs}.${came}`;
  });
}

function meetingStep(d: BoardPaperData): string | null {
  const who = participant(d);
  const m = d.scrutiny.meetings;
  if (!m.total) return null;
  const scrutineer = d.scrutiny.scrutineers.length ? `the independent scrutineer (${listAnd(d.scrutiny.scrutineers)})` : 'the independent scrutineer';
  const held = `${capitalise(nOfM(m.held, m.total, 'meeting'))} ${m.held === 1 ? 'has' : 'have'} been held`;
  const span = m.firstDate && m.lastDate ? `; meetings ${isPast(d, m.lastDate) ? 'took place' : 'run'} ${dateSpan(m.firstDate, m.lastDate)}` : '';
  const unplaced = m.notScheduled ? ` ${capitalise(plural(m.notScheduled, who.one, who.many))} ${m.notScheduled === 1 ? 'has' : 'have'} no meeting arranged yet.` : '';
  const q = d.scrutiny.commonQuestions.length;
  return (
    `- Each ${who.one} was invited to an individual scrutiny meeting with ${scrutineer} and a partnership officer. ${held}${span}.${unplaced} ` +
    `The agendas covered the ${who.one}'s action plan, its weakest ratings, over-optimistic answers${q ? ` and ${plural(q, 'common question')}` : ''}.`
  );
}

export function methodologySection(d: BoardPaperData): SectionText {
  const steps = [...toolSteps(d), ...challengeSteps(d)];
  const meeting = meetingStep(d);
  if (meeting) steps.push(meeting);
  const matrix = appendixRef(d, 'matrix');
  const summary = appendixRef(d, 'summary');
  const challenge = appendixRef(d, 'challenge');
  const parts = [`The methodology of the ${auditPhrase(d)} was as follows:`, steps.join('\n')];
  parts.push(`The results are at ${matrix} and a summary of them at ${summary}.`);
  for (const e of d.challenge) {
    if (!e.questions.length) continue;
    parts.push(`## Challenge event, ${monthYear(e.date)}`);
    parts.push(`The event was organised around the following ${e.questions.length === 1 ? 'question' : 'questions'}, sampled from the self-assessment:`);
    parts.push(e.questions.map((q) => `- ${q.number}: ${q.title}${q.bring ? ` ${sentence(q.bring)}` : ''}`).join('\n'));
    if (challenge) parts.push(`A summary of the event is at ${challenge}.`);
  }
  const m = d.scrutiny.meetings;
  return {
    text: parts.join('\n\n'),
    facts: {
      Framework: `${d.framework.name} (${d.framework.versionLabel})`,
      Standards: d.framework.standardCount,
      'Checklist items': d.framework.itemCount,
      'Rating scale': listFact(d.levels.map((l) => l.label)),
      'Launch date': d.cycle.launchDate ?? '',
      'Initial deadline': d.cycle.initialDeadline ?? '',
      'Final deadline': d.cycle.finalDeadline ?? '',
      'Returned by the initial deadline': d.rates.initial && isPast(d, d.rates.initial.date) ? d.rates.initial.count : '',
      'Returned by the final deadline': d.rates.final && isPast(d, d.rates.final.date) ? d.rates.final.count : '',
      'Returned to date': d.rates.now.count,
      'Ratings changed at moderation': d.agencies.reduce((n, a) => n + a.overOptimistic + a.underscored, 0),
      'Challenge events': listFact(d.challenge.map((e) => `${e.date} ${e.title}: ${e.questions.map((q) => q.number).join(', ')}; ${e.attended}/${e.invited}`)),
      'Scrutiny meetings held': `${m.held} of ${m.total}`,
      'Common questions': d.scrutiny.commonQuestions.length,
    },
  };
}
