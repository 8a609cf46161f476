import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { TaskListAdd20Regular } from '@fluentui/react-icons';
import type { ScaleLevel } from '../../../../shared/domain/framework';
import type { AgendaItem } from '../../../../shared/domain/scrutiny';
import { ScaleChip } from '../../components/scale-chip';
import { questionOf, ratingTarget, type RecordValues } from './meeting-record-model';

const useStyles = makeStyles({
  item: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalS} 0`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  title: { margin: 0, flex: 1, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  rating: { display: 'grid', gridTemplateColumns: 'minmax(200px, 280px) 1fr', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  current: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', fontSize: tokens.fontSizeBase200 },
});

/** One agenda item: its notes box; for a rating, the moderated rating agreed; for a common question, the answer. */
export function AgendaItemEditor(props: {
  item: AgendaItem;
  values: RecordValues;
  levels: ScaleLevel[];
  savedCode: string | null;
  onChange: (v: RecordValues) => void;
  onNewAction?: () => void;
}) {
  const styles = useStyles();
  const { item, values: v, levels } = props;
  const target = ratingTarget(item);
  const question = questionOf(item);
  const short = item.title.length > 60 ? `${item.title.slice(0, 58)}…` : item.title;
  const mod = target ? v.moderations[target] : undefined;
  const saved = levels.find((l) => l.code === props.savedCode) ?? null;

  return (
    <div className={styles.item} role="group" aria-label={item.title}>
      <div className={styles.head}>
        <h4 className={styles.title}>{item.title}</h4>
        {props.onNewAction && (
          <Button size="small" icon={<TaskListAdd20Regular />} onClick={props.onNewAction} aria-label={`New action for ${short}`}>
            New action
          </Button>
        )}
      </div>
      {item.detail && <p className={styles.detail}>{item.detail}</p>}
      {target && mod && (
        <div className={styles.rating}>
          <Field label="Agreed moderated rating" hint={<span className={styles.current}>Now: {saved ? <ScaleChip rating={saved} /> : 'not moderated'}</span>}>
            <Select value={mod.code} onChange={(_, d) => props.onChange({ ...v, moderations: { ...v.moderations, [target]: { ...mod, code: d.value } } })}>
              <option value="">Not moderated</option>
              {levels.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.label} ({l.code})
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Moderation note">
            <Input value={mod.note} onChange={(_, d) => props.onChange({ ...v, moderations: { ...v.moderations, [target]: { ...mod, note: d.value } } })} />
          </Field>
        </div>
      )}
      {question !== null && (
        <Field label="Answer">
          <Textarea value={v.answers[question] ?? ''} rows={3} resize="vertical" onChange={(_, d) => props.onChange({ ...v, answers: { ...v.answers, [question]: d.value } })} />
        </Field>
      )}
      <Field label="Notes">
        <Textarea value={v.notes[item.key] ?? ''} rows={question !== null ? 1 : 2} resize="vertical" onChange={(_, d) => props.onChange({ ...v, notes: { ...v.notes, [item.key]: d.value } })} />
      </Field>
    </div>
  );
}
