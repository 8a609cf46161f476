import type { ActionRow } from '../../../shared/domain/action';
import { ACTION_STATUS_LABELS } from '../../../shared/domain/action';
import type { AgendaItem, CommonQuestion } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { formatLongDate } from '../reports/kit/dates';
import { listActions } from './actions-read';
import { loadTargets, type FrameworkTargets, type TargetInfo } from './answers-write';
import { challengeQuestions } from './challenge-read';
import { levelByCode, loadScaleForFramework, rankOf, type LoadedScale } from './rating-scale';
import { answerFlags, type FlagSource } from './return-rules';

// A scrutiny meeting's agenda, built from the agency's data: its answers at the scale's weak end, its
// over-optimistic answers, its open actions, the themes of the cycle's challenge events and the partnership's
// common questions. Each item has a stable key, so notes taken against it find it again.

export interface AgendaTheme {
  id: number;
  number: string;
  title: string;
  targetKey: string;
  recommendations: string | null;
  eventTitle: string;
  eventDate: string;
}

export interface AgendaSources {
  fw: Pick<FrameworkTargets, 'targets'>;
  scale: LoadedScale;
  answers: Array<FlagSource & { target_key: string }>;
  openActions: ActionRow[];
  themes: AgendaTheme[];
  questions: CommonQuestion[];
}

export const targetTitle = (t: Pick<TargetInfo, 'itemId' | 'number' | 'text'>) => `${t.itemId === null ? 'Standard' : 'Item'} ${t.number}: ${t.text}`;
const labelOf = (scale: LoadedScale, code: string | null) => levelByCode(scale, code)?.label ?? code ?? '';

function steps(n: number) {
  return `${n} ${n === 1 ? 'step' : 'steps'}`;
}

function actionDetail(a: ActionRow): string {
  const parts = [`Due ${formatLongDate(a.dueDate)}`, ACTION_STATUS_LABELS[a.status]];
  if (a.overdue && a.daysOverdue) parts.push(`overdue by ${a.daysOverdue} ${a.daysOverdue === 1 ? 'day' : 'days'}`);
  if (a.owner) parts.push(`owner ${a.owner}`);
  if (a.lastUpdateText) parts.push(`last update: ${a.lastUpdateText}`);
  return parts.join('; ');
}

/** The agenda, section by section. An over-optimistic answer is discussed once, under its own section, even when it is also weak. */
export function buildAgenda(s: AgendaSources): AgendaItem[] {
  const byKey = new Map(s.answers.map((a) => [a.target_key, a]));
  const weak: AgendaItem[] = [];
  const optimistic: AgendaItem[] = [];
  for (const t of s.fw.targets) {
    const a = byKey.get(t.key);
    if (!a) continue;
    const flags = answerFlags(s.scale, a);
    const self = a.self_na === 1 ? null : a.self_code;
    if (flags.overOptimistic) {
      const gap = rankOf(s.scale, a.moderated_code!) - rankOf(s.scale, self!);
      optimistic.push({
        key: `optimistic:${t.key}`,
        section: 'optimistic',
        title: targetTitle(t),
        detail: `Self-assessed ${labelOf(s.scale, self)}; moderated ${labelOf(s.scale, a.moderated_code)} (${steps(gap)} lower).`,
      });
    } else if (flags.weak) {
      weak.push({
        key: `weak:${t.key}`,
        section: 'weak',
        title: targetTitle(t),
        detail: a.moderated_code
          ? `Moderated ${labelOf(s.scale, a.moderated_code)}${self ? ` (self-assessed ${labelOf(s.scale, self)})` : ''}.`
          : `Self-assessed ${labelOf(s.scale, self)}.`,
      });
    }
  }
  const actions = s.openActions.map(
    (a): AgendaItem => ({
      key: `action:${a.id}`,
      section: 'actions',
      title: `${a.reference}${a.standardNumber ? ` (${a.targetKey?.startsWith('i:') ? 'item' : 'standard'} ${a.standardNumber})` : ''}: ${a.description}`,
      detail: actionDetail(a),
    }),
  );
  const themes = s.themes.map(
    (t): AgendaItem => ({
      key: `theme:${t.id}`,
      section: 'themes',
      title: `${t.targetKey.startsWith('s:') ? 'Standard' : 'Item'} ${t.number}: ${t.title}`,
      detail: `From the challenge event on ${formatLongDate(t.eventDate)}.${t.recommendations ? ` Recommendations: ${t.recommendations}` : ''}`,
    }),
  );
  const questions = s.questions.map((q): AgendaItem => ({ key: `question:${q.id}`, section: 'questions', title: q.text, detail: null }));
  return [...weak, ...optimistic, ...actions, ...themes, ...questions, { key: 'other', section: 'other', title: 'Any other business', detail: null }];
}

export async function commonQuestionsOf(db: Db, cycleId: number): Promise<CommonQuestion[]> {
  const rows = await db.selectFrom('common_questions').selectAll().where('cycle_id', '=', cycleId).orderBy('sort_order').orderBy('id').execute();
  return rows.map((q) => ({ id: q.id, text: q.text, sortOrder: q.sort_order }));
}

/** The challenge-event questions of a cycle, as themes for its meetings. */
export async function cycleThemes(db: Db, cycleId: number): Promise<AgendaTheme[]> {
  const events = await db.selectFrom('challenge_events').select(['id', 'title', 'event_date']).where('cycle_id', '=', cycleId).orderBy('event_date').orderBy('id').execute();
  const byId = new Map(events.map((e) => [e.id, e]));
  const questions = await challengeQuestions(db, events.map((e) => e.id));
  return questions.map((q) => ({
    id: q.id,
    number: q.number,
    title: q.title,
    targetKey: q.targetKey,
    recommendations: q.recommendations,
    eventTitle: byId.get(q.eventId)!.title,
    eventDate: byId.get(q.eventId)!.event_date,
  }));
}

/** Everything an agency's agenda is built from, for the cycle it is meeting about. */
export async function loadAgendaSources(
  db: Db,
  m: { cycleId: number; agencyId: number; cycleAgencyId: number | null },
  today: string,
): Promise<AgendaSources> {
  const cycle = await db.selectFrom('cycles').select('framework_id').where('id', '=', m.cycleId).executeTakeFirstOrThrow();
  const [fw, scale, answers, openActions, themes, questions] = await Promise.all([
    loadTargets(db, cycle.framework_id),
    loadScaleForFramework(db, cycle.framework_id),
    m.cycleAgencyId
      ? db.selectFrom('answers').select(['target_key', 'self_code', 'self_na', 'moderated_code']).where('cycle_agency_id', '=', m.cycleAgencyId).execute()
      : Promise.resolve([]),
    listActions(db, { bucket: 'open', agencyId: m.agencyId }, today),
    cycleThemes(db, m.cycleId),
    commonQuestionsOf(db, m.cycleId),
  ]);
  return { fw, scale, answers, openActions, themes, questions };
}
