import type { BuiltinSectionKey } from '../../../../shared/domain/report';
import type { BoardPaperData } from './data';
import type { SectionText } from './facts';
import { attachmentsSection } from './attachments';
import { backgroundSection } from './background';
import { contactsSection } from './contacts';
import { developmentSection } from './development';
import { findingsSection } from './findings';
import { methodologySection } from './methodology';
import { nextStepsSection } from './next-steps';
import { purposeSection } from './purpose';
import { recommendationsSection } from './recommendations';
import { scrutinySection } from './scrutiny';

// The built-in sections of a board paper in their default order, each with the module that writes it.
// 'scrutineer' has no generator: it holds the independent scrutineer's own report, pasted in by the user.

export interface BuiltinSection {
  key: BuiltinSectionKey;
  title: string;
  level: 1 | 2;
  generate: ((d: BoardPaperData) => SectionText) | null;
}

export const BUILTIN_SECTIONS: readonly BuiltinSection[] = [
  { key: 'purpose', title: 'Purpose of the report', level: 1, generate: purposeSection },
  { key: 'recommendations', title: 'Proposals, recommendations and action required', level: 1, generate: recommendationsSection },
  { key: 'background', title: 'Background', level: 1, generate: backgroundSection },
  { key: 'methodology', title: 'Methodology', level: 1, generate: methodologySection },
  { key: 'scrutiny', title: 'Scrutiny', level: 1, generate: scrutinySection },
  { key: 'scrutineer', title: "Independent scrutineer's report", level: 2, generate: null },
  { key: 'findings', title: 'Findings: strengths', level: 1, generate: findingsSection },
  { key: 'development', title: 'Areas for development', level: 1, generate: developmentSection },
  { key: 'nextSteps', title: 'Next steps', level: 1, generate: nextStepsSection },
  { key: 'attachments', title: 'Attachments', level: 1, generate: attachmentsSection },
  { key: 'contacts', title: 'Contacts', level: 1, generate: contactsSection },
];

export const builtinSection = (key: string): BuiltinSection | undefined => BUILTIN_SECTIONS.find((s) => s.key === key);

/** Every generated section's text and facts, worked out from the data now. */
export function generateAll(d: BoardPaperData): Map<string, SectionText> {
  const out = new Map<string, SectionText>();
  for (const s of BUILTIN_SECTIONS) out.set(s.key, s.generate ? s.generate(d) : { text: '', facts: {} });
  return out;
}
