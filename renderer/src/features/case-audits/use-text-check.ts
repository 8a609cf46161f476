import { useEffect, useState } from 'react';
import type { IdentifierIssue } from '../../../../shared/domain/identifiers';
import { useApi } from '../../host/services-context';

export interface TextIssues {
  /** Field → what must come out before it can be saved (NHS numbers, dates of birth). */
  errors: Record<string, string>;
  /** Field → name-like text to check (saved all the same). */
  warnings: Record<string, string>;
}

const NONE: TextIssues = { errors: {}, warnings: {} };

/** "holds what looks like an NHS number…" → "This field holds what looks like an NHS number…". */
export const issueText = (i: IdentifierIssue, kind: 'error' | 'warning') => (kind === 'error' && i.message.startsWith('holds') ? `This field ${i.message}.` : `${i.message[0]!.toUpperCase()}${i.message.slice(1)}.`);

export function groupIssues(errors: IdentifierIssue[], warnings: IdentifierIssue[]): TextIssues {
  const out: TextIssues = { errors: {}, warnings: {} };
  for (const e of errors) out.errors[e.field] = out.errors[e.field] ? `${out.errors[e.field]} ${issueText(e, 'error')}` : issueText(e, 'error');
  for (const w of warnings) out.warnings[w.field] = out.warnings[w.field] ? `${out.warnings[w.field]} ${issueText(w, 'warning')}` : issueText(w, 'warning');
  return out;
}

/**
 * The identifier checks as the user types (a short pause after the last key): the same rules the backend applies on
 * saving, so an NHS number or a date of birth is pointed out next to its field before anything is sent.
 */
export function useTextCheck(fields: Record<string, string>, strictDates: boolean, enabled = true): TextIssues {
  const api = useApi();
  const [issues, setIssues] = useState<TextIssues>(NONE);
  const key = JSON.stringify(fields);
  useEffect(() => {
    if (!enabled) return setIssues(NONE);
    const values = JSON.parse(key) as Record<string, string>;
    if (!Object.values(values).some((v) => v.trim())) return setIssues(NONE);
    let live = true;
    const timer = setTimeout(() => {
      api.call('caseAudits.checkText', { fields: values, strictDates }).then(
        (r) => live && setIssues(groupIssues(r.errors, r.warnings)),
        () => live && setIssues(NONE),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, key, strictDates, enabled]);
  return issues;
}
