import { Badge, Button, Checkbox, Field, Select, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { TaskListAdd20Regular } from '@fluentui/react-icons';
import { memo } from 'react';
import type { Answer } from '../../../../shared/domain/cycle';
import type { FrameworkDoc } from '../../../../shared/domain/framework';
import { NumberInput } from '../../components/number-input';
import { ScaleChip } from '../../components/scale-chip';
import { useCreateActionForTarget } from '../actions/weak-rating-actions';
import type { AnswerDraft, ModerationDraft, Target } from './answer-model';
import { EvidenceList } from './evidence-list';
import { FlagBadges } from './return-status';

type Scale = FrameworkDoc['scale'];
const NA = '__na__';

const useStyles = makeStyles({
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalS} 0`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  standardRow: { backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  ref: { fontWeight: tokens.fontWeightSemibold, minWidth: '44px' },
  text: { flex: 1, minWidth: '280px' },
  prompt: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  cols: { display: 'grid', gridTemplateColumns: 'minmax(200px, 1fr) minmax(300px, 2fr) minmax(220px, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  col: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  moderation: { borderLeft: `3px solid ${tokens.colorBrandStroke2}`, paddingLeft: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  dirty: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`, paddingLeft: tokens.spacingHorizontalS },
});

const levelOf = (scale: Scale, code: string) => scale.levels.find((l) => l.code === code) ?? null;

export interface AnswerRowProps {
  target: Target;
  draft: AnswerDraft;
  mod: ModerationDraft;
  saved: Answer | undefined;
  scale: Scale;
  problems: string[] | undefined;
  dirty: boolean;
  onAnswer: (key: string, patch: Partial<AnswerDraft>) => void;
  onModerate: (key: string, patch: Partial<ModerationDraft>) => void;
  onAddEvidence: (key: string, kind: 'file' | 'link') => void;
  onRemoveEvidence: (evidenceId: number, name: string) => void;
}

/** One standard or item: the agency's rating and evidence, and beside it the moderated rating and note. */
export const AnswerRow = memo(function AnswerRow(props: AnswerRowProps) {
  const styles = useStyles();
  const { target: t, draft: d, mod, saved, scale } = props;
  const label = `${t.itemId === null ? 'Standard' : 'Item'} ${t.number}`;
  const setA = (patch: Partial<AnswerDraft>) => props.onAnswer(t.key, patch);
  const setM = (patch: Partial<ModerationDraft>) => props.onModerate(t.key, patch);
  const selfLevel = levelOf(scale, d.selfCode);
  const modLevel = levelOf(scale, mod.moderatedCode);
  const numeric = scale.kind === 'numeric';
  const createAction = useCreateActionForTarget();

  return (
    <div role="group" aria-label={label} className={mergeClasses(styles.row, t.itemId === null && styles.standardRow, props.dirty && styles.dirty)} data-target={t.key}>
      <div className={styles.head}>
        <span className={styles.ref}>{t.number}</span>
        <span className={styles.text}>
          {t.text}
          {t.prompt && <div className={styles.prompt}>{t.prompt}</div>}
        </span>
        {saved?.carriedForward && (
          <Badge appearance="outline" color="informative" title="Answer carried forward from the previous cycle; check it is still true">
            Carried forward
          </Badge>
        )}
        {saved && <FlagBadges overOptimistic={saved.overOptimistic} underscored={saved.underscored} weak={saved.weak} />}
        {saved?.weak && createAction && (
          <Button size="small" icon={<TaskListAdd20Regular />} aria-label={`Create action for ${label}`} onClick={() => createAction(t.key)}>
            Create action…
          </Button>
        )}
      </div>
      {props.problems && props.problems.length > 0 && (
        <ul className={styles.problems} aria-label={`Problems with ${label}`}>
          {props.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      <div className={styles.cols}>
        <div className={styles.col}>
          {t.ratable && !numeric && (
            <Field label={`Self-rating, ${label}`}>
              <Select
                value={d.notApplicable ? NA : d.selfCode}
                onChange={(_, e) => setA(e.value === NA ? { notApplicable: true, selfCode: '' } : { notApplicable: false, selfCode: e.value })}
              >
                <option value="">— not rated —</option>
                {scale.levels.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.label} ({l.code})
                  </option>
                ))}
                {scale.allowsNa && <option value={NA}>{scale.naLabel}</option>}
              </Select>
            </Field>
          )}
          {t.ratable && numeric && (
            <>
              <Field label={`Score, ${label}`} hint={scale.min !== null && scale.max !== null ? `${scale.min} to ${scale.max}` : undefined}>
                <NumberInput value={d.value} disabled={d.notApplicable} onValueChange={(value) => setA({ value })} />
              </Field>
              {scale.allowsNa && <Checkbox label={scale.naLabel} checked={d.notApplicable} onChange={(_, e) => setA({ notApplicable: e.checked === true, value: null })} />}
            </>
          )}
          {t.ratable && <ScaleChip rating={selfLevel} notApplicable={d.notApplicable} naLabel={scale.naLabel} emptyText={numeric ? undefined : 'Not rated'} />}
          {!t.ratable && <span className={styles.prompt}>Not rated here: the framework rates {t.itemId === null ? 'items' : 'standards'}.</span>}
          {d.notApplicable && (
            <Field label={`Reason for ${scale.naLabel.toLowerCase()}`} required>
              <Textarea value={d.naReason} resize="vertical" onChange={(_, e) => setA({ naReason: e.value })} />
            </Field>
          )}
        </div>
        <div className={styles.col}>
          <Field label={`Evidence, ${label}`}>
            <Textarea value={d.evidence} rows={2} resize="vertical" onChange={(_, e) => setA({ evidence: e.value })} />
          </Field>
          <Field label={`Areas for improvement, ${label}`}>
            <Textarea value={d.improvement} rows={1} resize="vertical" onChange={(_, e) => setA({ improvement: e.value })} />
          </Field>
          <EvidenceList files={saved?.evidenceFiles ?? []} label={label} onAdd={(kind) => props.onAddEvidence(t.key, kind)} onRemove={props.onRemoveEvidence} />
        </div>
        <div className={mergeClasses(styles.col, styles.moderation)}>
          {t.ratable && (
            <Field label={`Moderated rating, ${label}`}>
              <Select value={mod.moderatedCode} onChange={(_, e) => setM({ moderatedCode: e.value })}>
                <option value="">— not moderated —</option>
                {scale.levels.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.label} ({l.code})
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {t.ratable && modLevel && <ScaleChip rating={modLevel} />}
          <Field label={`Moderation note, ${label}`}>
            <Textarea value={mod.note} rows={1} resize="vertical" onChange={(_, e) => setM({ note: e.value })} />
          </Field>
          {saved?.moderatedBy && (
            <span className={styles.prompt}>
              Moderated by {saved.moderatedBy}
            </span>
          )}
        </div>
      </div>
    </div>
  );
});
