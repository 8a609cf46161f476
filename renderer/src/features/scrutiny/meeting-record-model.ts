import type { Answer } from '../../../../shared/domain/cycle';
import type { FrameworkDoc } from '../../../../shared/domain/framework';
import type { AgendaItem, MeetingDetail, MeetingRecord } from '../../../../shared/domain/scrutiny';

// The meeting record form: what it starts from (the meeting and its agency's return) and what it sends back.
// Only what changed is sent, so a record never overwrites a moderation or an answer it did not touch.

export interface RecordValues {
  /** attendee id → came (true), did not (false), not recorded (null). */
  attendance: Record<number, boolean | null>;
  /** People from the agency added on the day. */
  added: Array<{ contactId: number; name: string }>;
  notes: Record<string, string>;
  /** common question id → answer. */
  answers: Record<number, string>;
  /** target key ('s:12') → agreed moderated rating and its note. */
  moderations: Record<string, { code: string; note: string }>;
}

export const SECTION_TITLES: Record<AgendaItem['section'], string> = {
  weak: 'Standards at the weak end',
  optimistic: 'Over-optimistic answers',
  actions: 'Open actions',
  themes: 'Challenge-event themes',
  questions: 'Common questions',
  other: 'Any other business',
};
export const SECTION_ORDER: AgendaItem['section'][] = ['weak', 'optimistic', 'actions', 'themes', 'questions', 'other'];

/** 'weak:s:12' → 's:12'; null for items that are not ratings. */
export const ratingTarget = (item: Pick<AgendaItem, 'key' | 'section'>): string | null =>
  item.section === 'weak' || item.section === 'optimistic' ? item.key.slice(item.key.indexOf(':') + 1) : null;

/** 'question:2' → 2. */
export const questionOf = (item: Pick<AgendaItem, 'key' | 'section'>): number | null => (item.section === 'questions' ? Number(item.key.split(':')[1]) : null);

const SECTION_OF: Record<string, AgendaItem['section']> = { weak: 'weak', optimistic: 'optimistic', action: 'actions', theme: 'themes', question: 'questions', other: 'other' };

/** "Item 1.4: text" for a target key of the framework. */
function targetTitle(doc: FrameworkDoc | null, key: string): string | null {
  const [kind, id] = [key[0], Number(key.slice(2))];
  for (const s of doc?.standards ?? []) {
    if (kind === 's' && s.id === id) return `Standard ${s.number}: ${s.title}`;
    const i = kind === 'i' ? s.items.find((x) => x.id === id) : undefined;
    if (i) return `Item ${i.number}: ${i.text}`;
  }
  return null;
}

/**
 * The agenda as built now, plus any item the meeting took notes on that has since left it (a weak rating
 * moderated up at this meeting, an action completed), so what was written is never hidden.
 */
export function agendaWithNotes(m: MeetingDetail, doc: FrameworkDoc | null): AgendaItem[] {
  const keys = new Set(m.agenda.map((i) => i.key));
  const extra: AgendaItem[] = m.notes
    .filter((n) => !keys.has(n.itemKey) && n.note.trim())
    .map((n) => {
      const [prefix = 'other', ...rest] = n.itemKey.split(':');
      const section = SECTION_OF[prefix] ?? 'other';
      const ref = rest.join(':');
      const title = section === 'weak' || section === 'optimistic' ? (targetTitle(doc, ref) ?? ref) : section === 'actions' ? `Action ${ref}` : section === 'themes' ? `Theme ${ref}` : `Question ${ref}`;
      return { key: n.itemKey, section, title, detail: 'No longer on the agenda as the data stands now; kept for the notes taken on it.' };
    });
  return SECTION_ORDER.flatMap((s) => [...m.agenda.filter((i) => i.section === s), ...extra.filter((i) => i.section === s)]);
}

export function toValues(m: MeetingDetail, agenda: AgendaItem[], answers: Answer[] | null): RecordValues {
  const byKey = new Map((answers ?? []).map((a) => [a.targetKey as string, a]));
  const moderations: RecordValues['moderations'] = {};
  for (const item of agenda) {
    const key = ratingTarget(item);
    if (!key) continue;
    const a = byKey.get(key);
    moderations[key] = { code: a?.moderated?.code ?? '', note: a?.moderationNote ?? '' };
  }
  return {
    attendance: Object.fromEntries(m.attendees.map((a) => [a.id, a.attended])),
    added: [],
    notes: Object.fromEntries(agenda.map((i) => [i.key, m.notes.find((n) => n.itemKey === i.key)?.note ?? ''])),
    answers: Object.fromEntries(m.answers.map((a) => [a.questionId, a.answer ?? ''])),
    moderations,
  };
}

/** The record to send: the changes from `base` only. */
export function toRecord(id: number, base: RecordValues, v: RecordValues): MeetingRecord {
  return {
    id,
    attendance: Object.entries(v.attendance)
      .filter(([k, came]) => base.attendance[Number(k)] !== came)
      .map(([k, came]) => ({ attendeeId: Number(k), attended: came })),
    addAttendees: v.added.map((a) => ({ contactId: a.contactId, role: 'agency' as const, attended: true })),
    answers: Object.entries(v.answers)
      .filter(([k, text]) => (base.answers[Number(k)] ?? '') !== text)
      .map(([k, text]) => ({ questionId: Number(k), answer: text.trim() || null })),
    notes: Object.entries(v.notes)
      .filter(([k, text]) => (base.notes[k] ?? '') !== text)
      .map(([itemKey, note]) => ({ itemKey, note })),
    moderations: Object.entries(v.moderations)
      .filter(([k, m]) => base.moderations[k]?.code !== m.code || base.moderations[k]?.note !== m.note)
      .map(([targetKey, m]) => ({ targetKey, moderatedCode: m.code || null, note: m.note.trim() || null })),
  };
}
