import type { ApiErrorDetail } from '../../../shared/result';
import { checkIdentifiers, type IdentifierCheck, type IdentifierIssue } from '../../../shared/domain/identifiers';
import type { Db } from '../db/schema';
import { invalid } from '../errors';
import { getSettings } from './settings';

// Every free-text field of a case-file audit passes through here before it is saved: NHS numbers and dates of
// birth are refused (naming the field), name-like text comes back as warnings. The register's own names (agencies,
// groups, the partnership) are not people's names, so their words never raise a warning.

export async function knownWords(db: Db): Promise<string[]> {
  const [agencies, groups, settings] = await Promise.all([
    db.selectFrom('agencies').select('name').execute(),
    db.selectFrom('action_groups').select('name').execute(),
    getSettings(db),
  ]);
  const settingWords = [settings.partnershipName, settings.partnershipShortName];
  return [...agencies.map((a) => a.name), ...groups.map((g) => g.name), ...settingWords];
}

export interface TextCheckOptions {
  /** Case records: any full date may be a date of birth. Returns and findings: only labelled ones. */
  strictDates: boolean;
  /** Name-like text is only worth a warning where people write about the family; default true. */
  warnNames?: boolean;
  /** Field name → label to show ("summary" → "Summary"). */
  labels?: Record<string, string>;
}

export async function checkText(db: Db, fields: Record<string, string | null | undefined>, opts: TextCheckOptions): Promise<IdentifierCheck> {
  const result = checkIdentifiers(fields, { strictDates: opts.strictDates, warnNames: opts.warnNames, knownWords: await knownWords(db) });
  const label = (i: IdentifierIssue): IdentifierIssue => ({ ...i, field: opts.labels?.[i.field] ?? i.field });
  return { errors: result.errors.map(label), warnings: result.warnings.map(label) };
}

/** Throws a validation error naming each field that holds an NHS number or a date of birth; returns the warnings. */
export async function refuseIdentifiers(
  db: Db,
  fields: Record<string, string | null | undefined>,
  opts: TextCheckOptions & { what: string },
): Promise<IdentifierIssue[]> {
  const { errors, warnings } = await checkText(db, fields, opts);
  if (errors.length) {
    const details: ApiErrorDetail[] = errors.map((e) => ({ field: e.field, message: `${e.field} ${e.message}` }));
    throw invalid(`${opts.what} was not saved: ${details.length === 1 ? details[0]!.message : `${details.length} fields hold identifiers`}.`, details);
  }
  return warnings;
}
