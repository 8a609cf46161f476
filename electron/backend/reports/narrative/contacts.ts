import type { BoardPaperData } from './data';
import type { SectionText } from './facts';

// 10. Contacts: the business unit contact from settings, one detail a line.

export function contactsSection(d: BoardPaperData): SectionText {
  const c = d.contact;
  const lines = c ? [c.name, c.jobTitle, c.email, c.phone].filter((x): x is string => Boolean(x?.trim())) : [`${d.settings.partnershipName} business unit`];
  return { text: lines.join('\n'), facts: { Contact: lines.join('; ') } };
}
