import type { BoardPaperData } from './data';
import type { SectionText } from './facts';
import { listFact } from './facts';
import { appendicesFor } from './common';

// 9. Attachments: the appendices the paper carries.

export function attachmentsSection(d: BoardPaperData): SectionText {
  const list = appendicesFor(d).map((a) => `Appendix ${a.number}: ${a.title}`);
  return { text: list.map((l) => `- ${l}`).join('\n'), facts: { Appendices: listFact(list, 10) } };
}
