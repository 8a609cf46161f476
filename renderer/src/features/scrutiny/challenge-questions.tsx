import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular, Delete16Regular, Save20Regular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import type { ChallengeEvent } from '../../../../shared/domain/scrutiny';
import { useNotify } from '../../app/notify';
import { useApi } from '../../host/services-context';
import { useCycleTargets } from '../actions/use-action-lookups';
import { refreshChallenge } from './scrutiny-keys';
import { SectionCard, useSaving } from './section-card';
import { TargetPicker } from './target-picker';
import { useDraft } from './use-draft';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  h3: { margin: 0, flex: 1, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  num: { color: tokens.colorBrandForeground1, marginRight: tokens.spacingHorizontalXS },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, marginTop: tokens.spacingVerticalS },
  add: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  picker: { minWidth: '480px', maxWidth: '100%' },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

interface Row {
  targetKey: string;
  /** "Item 9.3" */
  label: string;
  title: string;
  bring: string;
  discussion: string;
  goodPractice: string;
  recommendations: string;
}

const toRows = (e: ChallengeEvent): Row[] =>
  e.questions.map((q) => ({
    targetKey: q.targetKey,
    label: `${q.targetKey.startsWith('s:') ? 'Standard' : 'Item'} ${q.number}`,
    title: q.title,
    bring: q.bring ?? '',
    discussion: q.discussion ?? '',
    goodPractice: q.goodPractice ?? '',
    recommendations: q.recommendations ?? '',
  }));

const TEXTS: Array<[keyof Row, string]> = [
  ['bring', 'What to bring'],
  ['discussion', 'Discussion'],
  ['goodPractice', 'Good practice'],
  ['recommendations', 'Recommendations'],
];

/** The sampled questions (standards or items of the framework), what agencies bring, and what was said about each. */
export function ChallengeQuestionsCard(props: { cycle: CycleSummary; event: ChallengeEvent; onSaved: (e: ChallengeEvent) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { cycle, event } = props;
  const targets = useCycleTargets(cycle.id, [cycle]);
  const draft = useDraft(toRows(event));
  const rows = draft.values;
  const saving = useSaving();
  const taken = useMemo(() => new Set(rows.map((r) => r.targetKey)), [rows]);

  const change = (i: number, patch: Partial<Row>) => draft.setValues(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) => {
    const next = [...rows];
    const [r] = next.splice(i, 1);
    next.splice(i + by, 0, r!);
    draft.setValues(next);
  };

  const save = () =>
    saving.run('The questions were not saved', async () => {
      const saved = await api.call('challenge.setQuestions', {
        id: event.id,
        questions: rows.map((r) => ({ targetKey: r.targetKey, bring: r.bring, discussion: r.discussion, goodPractice: r.goodPractice, recommendations: r.recommendations })),
      });
      props.onSaved(saved);
      refreshChallenge(cycle.id);
      notify.success(`${saved.questions.length} sampled ${saved.questions.length === 1 ? 'question' : 'questions'} saved.`);
    });

  return (
    <SectionCard
      title="Sampled questions"
      hint="The standards or items the event looks at closely, each with what agencies must bring; afterwards, what was said."
      dirty={draft.dirty}
      actions={
        <Button appearance="primary" icon={<Save20Regular />} disabled={!draft.dirty || saving.busy} onClick={() => void save()}>
          {saving.busy ? 'Saving…' : 'Save questions'}
        </Button>
      }
    >
      {rows.length === 0 ? <p className={styles.empty}>No questions chosen yet.</p> : null}
      <ol className={styles.list} aria-label="Sampled questions list">
        {rows.map((r, i) => (
          <li key={r.targetKey} className={styles.item}>
            <div role="group" aria-label={`${r.label}: ${r.title}`}>
              <div className={styles.head}>
                <h3 className={styles.h3}>
                  <span className={styles.num}>{r.label}</span>
                  {r.title}
                </h3>
                <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} aria-label={`Move ${r.label} up`} disabled={i === 0} onClick={() => move(i, -1)} />
                <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} aria-label={`Move ${r.label} down`} disabled={i === rows.length - 1} onClick={() => move(i, 1)} />
                <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove ${r.label}`} onClick={() => draft.setValues(rows.filter((_, k) => k !== i))} />
              </div>
              <div className={styles.fields}>
                {TEXTS.map(([field, label]) => (
                  <Field key={field} label={label}>
                    <Textarea value={r[field]} rows={3} resize="vertical" onChange={(_, d) => change(i, { [field]: d.value })} />
                  </Field>
                ))}
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div className={styles.add}>
        <Field label="Add a question from the framework" hint={`${cycle.frameworkName}: standards and items with their numbers`}>
          <TargetPicker
            label="Add a question from the framework"
            targets={targets}
            exclude={taken}
            onPick={(t) => {
              const m = /^(Standard|Item) (\S+) (.*)$/.exec(t.label);
              draft.setValues([...rows, { targetKey: t.key, label: m ? `${m[1]} ${m[2]}` : t.label, title: m?.[3] ?? '', bring: '', discussion: '', goodPractice: '', recommendations: '' }]);
            }}
          />
        </Field>
      </div>
    </SectionCard>
  );
}
