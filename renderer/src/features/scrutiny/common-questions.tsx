import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowDown16Regular, ArrowUp16Regular, Delete16Regular, Save20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { LoadError, Loading } from '../../components/page';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { MEETINGS_KEY, commonQuestionsKey, overviewKey } from './scrutiny-keys';
import { SectionCard, useSaving } from './section-card';
import { useDraft } from './use-draft';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  num: { width: '24px', textAlign: 'right', color: tokens.colorNeutralForeground3 },
  text: { flex: 1 },
  add: { display: 'flex', gap: tokens.spacingHorizontalS },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

interface Row {
  id?: number;
  text: string;
}

/** The partnership's common questions, asked at every scrutiny meeting of the cycle: add, reword, reorder, remove. */
export function CommonQuestionsCard(props: { cycle: CycleSummary }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { cycle } = props;
  const saved = useApiData(() => api.call('commonQuestions.list', { cycleId: cycle.id }), [api, cycle.id], [commonQuestionsKey(cycle.id)]);
  const draft = useDraft<Row[]>((saved.data ?? []).map((q) => ({ id: q.id, text: q.text })));
  const rows = draft.values;
  const [adding, setAdding] = useState('');
  const saving = useSaving();

  const move = (i: number, by: number) => {
    const next = [...rows];
    const [r] = next.splice(i, 1);
    next.splice(i + by, 0, r!);
    draft.setValues(next);
  };
  const add = () => {
    if (!adding.trim()) return;
    draft.setValues([...rows, { text: adding.trim() }]);
    setAdding('');
  };
  const save = () =>
    saving.run('The common questions were not saved', async () => {
      const out = await api.call('commonQuestions.set', { cycleId: cycle.id, questions: rows.filter((r) => r.text.trim()).map((r) => ({ ...(r.id ? { id: r.id } : {}), text: r.text.trim() })) });
      saved.setData(out);
      invalidate(commonQuestionsKey(cycle.id), overviewKey(cycle.id), MEETINGS_KEY);
      notify.success(`${out.length} common ${out.length === 1 ? 'question' : 'questions'} saved.`);
    });

  return (
    <SectionCard
      title="Common questions"
      hint="Asked at every individual meeting of this cycle; the answers are read across agencies below."
      dirty={draft.dirty}
      actions={
        <Button appearance="primary" icon={<Save20Regular />} disabled={!draft.dirty || saving.busy} onClick={() => void save()}>
          {saving.busy ? 'Saving…' : 'Save questions'}
        </Button>
      }
    >
      {saved.error ? <LoadError error={saved.error} what="the common questions" onRetry={saved.reload} /> : !saved.data ? <Loading /> : null}
      {saved.data && rows.length === 0 && <p className={styles.empty}>No common questions yet.</p>}
      <ol className={styles.list} aria-label="Common questions list">
        {rows.map((r, i) => (
          <li key={r.id ?? `new-${i}`} className={styles.row}>
            <span className={styles.num}>{i + 1}.</span>
            <Input className={styles.text} aria-label={`Common question ${i + 1}`} value={r.text} onChange={(_, d) => draft.setValues(rows.map((x, k) => (k === i ? { ...x, text: d.value } : x)))} />
            <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} aria-label={`Move question ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)} />
            <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} aria-label={`Move question ${i + 1} down`} disabled={i === rows.length - 1} onClick={() => move(i, 1)} />
            <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove question ${i + 1}`} onClick={() => draft.setValues(rows.filter((_, k) => k !== i))} />
          </li>
        ))}
      </ol>
      <div className={styles.add}>
        <Input className={styles.text} aria-label="New common question" placeholder="For example: How can the Partnership help your agency?" value={adding} onChange={(_, d) => setAdding(d.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
        <Button icon={<Add20Regular />} disabled={!adding.trim()} onClick={add}>
          Add question
        </Button>
      </div>
    </SectionCard>
  );
}
