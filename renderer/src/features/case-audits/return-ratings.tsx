import { Field, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { QUESTION_AREA_LABELS, type CaseAuditScale, type CaseQuestion } from '../../../../shared/domain/case-audit';
import { ScaleChip } from '../../components/scale-chip';
import { NA, type RatingDraft } from './return-model';
import type { TextIssues } from './use-text-check';

const useStyles = makeStyles({
  scale: { listStyleType: 'none', margin: 0, padding: tokens.spacingVerticalS, display: 'grid', gridTemplateColumns: '190px 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium, fontSize: tokens.fontSizeBase200 },
  question: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalM} 0`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  ref: { fontWeight: tokens.fontWeightSemibold, minWidth: '32px' },
  area: { color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  guidance: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  cols: { display: 'grid', gridTemplateColumns: 'minmax(220px, 1fr) minmax(280px, 2fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  levelGuide: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** The audit scale's levels with the guidance on when to use each, above the questions. */
export function ScaleGuide(props: { scale: CaseAuditScale }) {
  const styles = useStyles();
  return (
    <ul className={styles.scale} aria-label="Rating guidance">
      {props.scale.levels.map((l) => (
        <li key={l.code} style={{ display: 'contents' }}>
          <span>
            <ScaleChip rating={l} />
          </span>
          <span>{l.description}</span>
        </li>
      ))}
    </ul>
  );
}

/** A rating per question, with the question's guidance and the chosen level's guidance beside it. */
export function ReturnRatings(props: {
  questions: CaseQuestion[];
  scale: CaseAuditScale;
  ratings: Record<number, RatingDraft>;
  readOnly: boolean;
  issues: TextIssues;
  onChange: (questionId: number, patch: Partial<RatingDraft>) => void;
}) {
  const styles = useStyles();
  const { scale } = props;
  return (
    <div>
      {props.questions.map((q) => {
        const r = props.ratings[q.id] ?? { level: '', comment: '' };
        const level = scale.levels.find((l) => l.code === r.level) ?? null;
        const commentKey = `Comment (${q.ref})`;
        return (
          <div key={q.id} className={styles.question} role="group" aria-label={`Question ${q.ref}`}>
            <div className={styles.head}>
              <span className={styles.ref}>{q.ref}</span>
              <span>
                <span className={styles.area}>{QUESTION_AREA_LABELS[q.area]}</span>
                <div>{q.text}</div>
                {q.guidance && <p className={styles.guidance}>{q.guidance}</p>}
              </span>
            </div>
            <div className={styles.cols}>
              <div>
                <Field label={`Rating, ${q.ref}`}>
                  <Select value={r.level} disabled={props.readOnly} onChange={(_, d) => props.onChange(q.id, { level: d.value })}>
                    <option value="">— not rated —</option>
                    {scale.levels.map((l) => (
                      <option key={l.code} value={l.code}>
                        {l.label} ({l.code})
                      </option>
                    ))}
                    {scale.allowsNa && <option value={NA}>{scale.naLabel}</option>}
                  </Select>
                </Field>
                {(level || r.level === NA) && (
                  <p className={styles.levelGuide} aria-label={`Guidance for the rating of ${q.ref}`}>
                    <ScaleChip rating={level} notApplicable={r.level === NA} naLabel={scale.naLabel} /> {level?.description ?? ''}
                  </p>
                )}
              </div>
              <Field
                label={`Comment, ${q.ref}`}
                validationState={props.issues.errors[commentKey] ? 'error' : props.issues.warnings[commentKey] ? 'warning' : 'none'}
                validationMessage={props.issues.errors[commentKey] ?? props.issues.warnings[commentKey]}
              >
                <Textarea value={r.comment} rows={2} resize="vertical" readOnly={props.readOnly} onChange={(_, d) => props.onChange(q.id, { comment: d.value })} />
              </Field>
            </div>
          </div>
        );
      })}
    </div>
  );
}
