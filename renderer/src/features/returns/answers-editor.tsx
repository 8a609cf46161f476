import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, MessageBar, MessageBarBody, MessageBarTitle, Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { Save20Regular, ShieldCheckmark20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReturnDetail } from '../../../../shared/domain/cycle';
import type { FrameworkDoc } from '../../../../shared/domain/framework';
import { useNotify } from '../../app/notify';
import { ScaleChip } from '../../components/scale-chip';
import { useApi } from '../../host/services-context';
import { refreshCycle } from '../cycles/cycle-refresh';
import { AnswerRow } from './answer-row';
import {
  EMPTY_ANSWER,
  EMPTY_MODERATION,
  baselines,
  buildTargets,
  changedKeys,
  mergeDrafts,
  problemsByTarget,
  toAnswerInput,
  type AnswerDraft,
  type Drafts,
  type ModerationDraft,
} from './answer-model';
import { useEvidenceActions } from './use-evidence-actions';

const useStyles = makeStyles({
  toolbar: { padding: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold, alignSelf: 'center', marginLeft: tokens.spacingHorizontalM },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  count: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  panel: { margin: `0 0 ${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}` },
});

/** Every standard and item of the return, editable, with moderation beside each rating. */
export function AnswersEditor(props: { detail: ReturnDetail; doc: FrameworkDoc; sectorCode: string | null; onDetail: (d: ReturnDetail) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { detail, doc } = props;
  const cycleAgencyId = detail.row.cycleAgencyId;
  const groups = useMemo(() => buildTargets(doc, props.sectorCode), [doc, props.sectorCode]);
  const savedByKey = useMemo(() => new Map(detail.answers.map((a) => [a.targetKey as string, a])), [detail.answers]);
  const base = useMemo(() => baselines(detail.answers), [detail.answers]);
  const [answers, setAnswers] = useState<Drafts<AnswerDraft>>(base.answers);
  const [moderation, setModeration] = useState<Drafts<ModerationDraft>>(base.moderation);
  const [problems, setProblems] = useState<{ byKey: Record<string, string[]>; other: string[] }>({ byKey: {}, other: [] });
  const [open, setOpen] = useState<string[]>(() => groups.slice(0, 1).map((g) => String(g.id)));
  const [saving, setSaving] = useState<'answers' | 'moderation' | null>(null);
  const lastBase = useRef(base);
  const reset = useRef<'answers' | 'moderation' | null>(null);

  // New data from the server: keep the user's unsaved edits, except on the side that was just saved.
  useEffect(() => {
    const old = lastBase.current;
    if (old === base) return;
    setAnswers((d) => (reset.current === 'answers' ? base.answers : mergeDrafts(d, old.answers, base.answers, EMPTY_ANSWER)));
    setModeration((d) => (reset.current === 'moderation' ? base.moderation : mergeDrafts(d, old.moderation, base.moderation, EMPTY_MODERATION)));
    reset.current = null;
    lastBase.current = base;
  }, [base]);

  const changedAnswers = changedKeys(answers, base.answers, EMPTY_ANSWER);
  const changedModeration = changedKeys(moderation, base.moderation, EMPTY_MODERATION);
  const dirty = changedAnswers.length + changedModeration.length > 0;
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const onAnswer = useCallback((key: string, patch: Partial<AnswerDraft>) => setAnswers((d) => ({ ...d, [key]: { ...(d[key] ?? EMPTY_ANSWER), ...patch } })), []);
  const onModerate = useCallback((key: string, patch: Partial<ModerationDraft>) => setModeration((d) => ({ ...d, [key]: { ...(d[key] ?? EMPTY_MODERATION), ...patch } })), []);
  const evidence = useEvidenceActions(cycleAgencyId, props.onDetail);

  const save = async (what: 'answers' | 'moderation') => {
    const keys = what === 'answers' ? changedAnswers : changedModeration;
    setSaving(what);
    try {
      const next =
        what === 'answers'
          ? await api.call('returns.saveAnswers', { cycleAgencyId, answers: keys.map((k) => toAnswerInput(k, answers[k] ?? EMPTY_ANSWER)) })
          : await api.call('returns.moderate', {
              cycleAgencyId,
              moderations: keys.map((k) => ({ targetKey: k, moderatedCode: moderation[k]?.moderatedCode || null, note: moderation[k]?.note.trim() || null })),
            });
      setProblems({ byKey: {}, other: [] });
      reset.current = what;
      props.onDetail(next);
      refreshCycle(detail.cycle.id);
      notify.success(what === 'answers' ? `${keys.length} ${keys.length === 1 ? 'answer' : 'answers'} saved.` : `Moderation of ${keys.length} ${keys.length === 1 ? 'rating' : 'ratings'} saved.`);
    } catch (err) {
      const placed = problemsByTarget(err, keys, groups);
      setProblems(placed);
      const withProblems = groups.filter((g) => g.targets.some((t) => placed.byKey[t.key])).map((g) => String(g.id));
      setOpen((o) => [...new Set([...o, ...withProblems])]);
      // The problems are listed above the answers and on each one; the message only points there.
      const listed = placed.other.length + Object.keys(placed.byKey).length > 0;
      notify.error(listed ? new Error('The problems are listed above the answers.') : err, what === 'answers' ? 'The answers were not saved' : 'The moderation was not saved');
    } finally {
      setSaving(null);
    }
  };

  const allProblems = [...Object.values(problems.byKey).flat(), ...problems.other];
  return (
    <>
      <Toolbar aria-label="Answer actions" className={styles.toolbar}>
        <ToolbarButton appearance="primary" icon={<Save20Regular />} disabled={!changedAnswers.length || saving !== null} onClick={() => save('answers')}>
          {saving === 'answers' ? 'Saving…' : `Save answers${changedAnswers.length ? ` (${changedAnswers.length})` : ''}`}
        </ToolbarButton>
        <ToolbarButton icon={<ShieldCheckmark20Regular />} disabled={!changedModeration.length || saving !== null} onClick={() => save('moderation')}>
          {saving === 'moderation' ? 'Saving…' : `Save moderation${changedModeration.length ? ` (${changedModeration.length})` : ''}`}
        </ToolbarButton>
        <ToolbarButton onClick={() => setOpen(groups.map((g) => String(g.id)))}>Expand all</ToolbarButton>
        <ToolbarButton onClick={() => setOpen([])}>Collapse all</ToolbarButton>
        {dirty && (
          <span className={styles.dirty} role="status">
            ● Unsaved changes
          </span>
        )}
      </Toolbar>
      {allProblems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Nothing was saved. Put these right and save again:</MessageBarTitle>
            <ul aria-label="Problems to fix">
              {allProblems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        {groups.map((g) => {
          const std = savedByKey.get(`s:${g.id}`);
          const answered = g.targets.filter((t) => t.ratable && (answers[t.key]?.selfCode || answers[t.key]?.notApplicable || answers[t.key]?.value !== null && answers[t.key]?.value !== undefined)).length;
          const ratable = g.targets.filter((t) => t.ratable).length;
          return (
            <AccordionItem key={g.id} value={String(g.id)}>
              <AccordionHeader>
                <span className={styles.head}>
                  <strong>
                    {g.number}. {g.title}
                  </strong>
                  {std && <ScaleChip rating={std.moderated ?? std.self} notApplicable={std.notApplicable} naLabel={doc.scale.naLabel} />}
                  <span className={styles.count}>
                    {answered} of {ratable} rated
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {g.targets.map((t) => (
                  <AnswerRow
                    key={t.key}
                    target={t}
                    draft={answers[t.key] ?? EMPTY_ANSWER}
                    mod={moderation[t.key] ?? EMPTY_MODERATION}
                    saved={savedByKey.get(t.key)}
                    scale={doc.scale}
                    problems={problems.byKey[t.key]}
                    dirty={changedAnswers.includes(t.key) || changedModeration.includes(t.key)}
                    onAnswer={onAnswer}
                    onModerate={onModerate}
                    onAddEvidence={evidence.add}
                    onRemoveEvidence={evidence.remove}
                  />
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {evidence.dialogs}
    </>
  );
}
