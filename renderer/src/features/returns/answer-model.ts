import { ApiCallError } from '../../../../shared/api/client';
import type { Answer, AnswerInput, TargetKey } from '../../../../shared/domain/cycle';
import type { FrameworkDoc } from '../../../../shared/domain/framework';

// The answers editor's model: what can be answered (from the framework), the user's unsaved drafts, what
// to send, and where the server's complaints belong. Free of React.

export interface Target {
  key: TargetKey;
  standardId: number;
  itemId: number | null;
  /** "6" or "9.3". */
  number: string;
  text: string;
  prompt: string | null;
  ratable: boolean;
}

export interface StandardGroup {
  id: number;
  number: string;
  title: string;
  targets: Target[];
}

/** Standards and items in framework order, items in the agency's sector wording where there is one. */
export function buildTargets(doc: FrameworkDoc, sectorCode: string | null): StandardGroup[] {
  return doc.standards.map((s) => {
    const std: Target = { key: `s:${s.id!}`, standardId: s.id!, itemId: null, number: s.number, text: s.title, prompt: s.guidance, ratable: doc.ratingTarget !== 'items' };
    const items = s.items.map<Target>((i) => {
      const w = sectorCode ? i.wordings.find((x) => x.sectorCode === sectorCode) : undefined;
      return { key: `i:${i.id!}`, standardId: s.id!, itemId: i.id!, number: i.number, text: w?.text ?? i.text, prompt: w?.evidencePrompt ?? i.evidencePrompt, ratable: doc.ratingTarget !== 'standards' };
    });
    return { id: s.id!, number: s.number, title: s.title, targets: [std, ...items] };
  });
}

export interface AnswerDraft {
  selfCode: string;
  value: number | null;
  notApplicable: boolean;
  naReason: string;
  evidence: string;
  improvement: string;
}
export interface ModerationDraft {
  moderatedCode: string;
  note: string;
}
export type Drafts<T> = Record<string, T>;

export const EMPTY_ANSWER: AnswerDraft = { selfCode: '', value: null, notApplicable: false, naReason: '', evidence: '', improvement: '' };
export const EMPTY_MODERATION: ModerationDraft = { moderatedCode: '', note: '' };

export const answerDraft = (a: Answer | undefined): AnswerDraft =>
  a
    ? { selfCode: a.self?.code ?? '', value: a.value, notApplicable: a.notApplicable, naReason: a.naReason ?? '', evidence: a.evidence ?? '', improvement: a.improvement ?? '' }
    : EMPTY_ANSWER;
export const moderationDraft = (a: Answer | undefined): ModerationDraft => (a ? { moderatedCode: a.moderated?.code ?? '', note: a.moderationNote ?? '' } : EMPTY_MODERATION);

export function baselines(answers: Answer[]): { answers: Drafts<AnswerDraft>; moderation: Drafts<ModerationDraft> } {
  const out = { answers: {} as Drafts<AnswerDraft>, moderation: {} as Drafts<ModerationDraft> };
  for (const a of answers) {
    out.answers[a.targetKey] = answerDraft(a);
    out.moderation[a.targetKey] = moderationDraft(a);
  }
  return out;
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Keys whose draft differs from what is saved. */
export function changedKeys<T>(drafts: Drafts<T>, base: Drafts<T>, empty: T): string[] {
  return Object.keys(drafts).filter((k) => !same(drafts[k], base[k] ?? empty));
}

/** New data from the server: rows the user has not touched take the new values, edited rows keep the edits. */
export function mergeDrafts<T>(drafts: Drafts<T>, oldBase: Drafts<T>, newBase: Drafts<T>, empty: T): Drafts<T> {
  const out: Drafts<T> = { ...newBase };
  for (const [k, v] of Object.entries(drafts)) if (!same(v, oldBase[k] ?? empty)) out[k] = v;
  return out;
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

export const toAnswerInput = (key: string, d: AnswerDraft): AnswerInput => ({
  targetKey: key,
  selfCode: d.notApplicable ? null : orNull(d.selfCode),
  value: d.notApplicable ? null : d.value,
  notApplicable: d.notApplicable,
  naReason: d.notApplicable ? orNull(d.naReason) : null,
  evidence: orNull(d.evidence),
  improvement: orNull(d.improvement),
});

/** The server's problems, placed on their targets (by key, by position in what was sent, or by "item 9.3" in the words). */
export function problemsByTarget(err: unknown, sentKeys: string[], groups: StandardGroup[]): { byKey: Record<string, string[]>; other: string[] } {
  const byKey: Record<string, string[]> = {};
  const other: string[] = [];
  const targets = groups.flatMap((g) => g.targets);
  const byNumber = (kind: string, n: string) => targets.find((t) => (kind.toLowerCase() === 'item' ? t.itemId !== null : t.itemId === null) && t.number === n)?.key;
  const details = err instanceof ApiCallError && err.details.length ? err.details : [{ message: err instanceof Error ? err.message : String(err) }];
  for (const d of details) {
    const field = 'field' in d ? (d.field ?? '') : '';
    const pos = /^(?:answers|moderations)\.(\d+)/.exec(field);
    const keyMatch = /([si]:\d+)/.exec(field) ?? /([si]:\d+)/.exec(d.message);
    // The service names targets as people do ("item 9.3"), in the field or at the start of the message.
    const named = /^(item|standard)\s+([\w.]+)$/i.exec(field) ?? /^(item|standard)\s+([\w.]+?):?\s/i.exec(d.message);
    const key = (pos && sentKeys[Number(pos[1])]) || keyMatch?.[1] || (named && byNumber(named[1]!, named[2]!));
    const t = key ? targets.find((x) => x.key === key) : undefined;
    const words = t && !/^(item|standard)\s/i.test(d.message) ? `${t.itemId === null ? 'Standard' : 'Item'} ${t.number}: ${d.message}` : d.message;
    if (key) (byKey[key] ??= []).push(words);
    else other.push(d.message);
  }
  return { byKey, other };
}
