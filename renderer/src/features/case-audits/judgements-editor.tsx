import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { CaseAuditDetail } from '../../../../shared/domain/case-audit';
import { ScaleChip } from '../../components/scale-chip';

export interface Judgements {
  cases: Record<number, { level: string; note: string }>;
  themeLevel: string;
  themeSummary: string;
}

export const judgementsOf = (a: CaseAuditDetail): Judgements => ({
  cases: Object.fromEntries(a.cases.map((c) => [c.id, { level: c.judgement?.code ?? '', note: c.judgementNote ?? '' }])),
  themeLevel: a.themeJudgement?.code ?? '',
  themeSummary: a.themeSummary ?? '',
});

const useStyles = makeStyles({
  h: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  row: { display: 'grid', gridTemplateColumns: '160px 240px minmax(0, 1fr)', gap: tokens.spacingHorizontalM, alignItems: 'end', padding: `${tokens.spacingVerticalXS} 0` },
  ref: { fontWeight: tokens.fontWeightSemibold, paddingBottom: '6px' },
});

/** The overall judgement per case and for the theme, on the audit's own scale. */
export function JudgementsEditor(props: { audit: CaseAuditDetail; value: Judgements; onChange: (j: Judgements) => void }) {
  const styles = useStyles();
  const { audit: a, value: v } = props;
  const levels = a.tool.scale.levels;
  const options = (
    <>
      <option value="">Not yet agreed</option>
      {levels.map((l) => (
        <option key={l.code} value={l.code}>
          {l.label} ({l.code})
        </option>
      ))}
    </>
  );
  const setCase = (id: number, patch: Partial<{ level: string; note: string }>) =>
    props.onChange({ ...v, cases: { ...v.cases, [id]: { ...(v.cases[id] ?? { level: '', note: '' }), ...patch } } });
  return (
    <>
      <h3 className={styles.h}>Overall judgement per case</h3>
      {a.cases.map((c) => {
        const j = v.cases[c.id] ?? { level: '', note: '' };
        return (
          <div key={c.id} className={styles.row}>
            <span className={styles.ref}>
              {c.reference} <ScaleChip rating={levels.find((l) => l.code === j.level) ?? null} short />
            </span>
            <Field label={`Judgement, case ${c.reference}`}>
              <Select value={j.level} onChange={(_, d) => setCase(c.id, { level: d.value })}>
                {options}
              </Select>
            </Field>
            <Field label={`Note, case ${c.reference}`}>
              <Input value={j.note} onChange={(_, d) => setCase(c.id, { note: d.value })} />
            </Field>
          </div>
        );
      })}
      <h3 className={styles.h}>Judgement for the theme</h3>
      <div className={styles.row}>
        <span className={styles.ref}>
          {a.theme} <ScaleChip rating={levels.find((l) => l.code === v.themeLevel) ?? null} short />
        </span>
        <Field label="Theme judgement">
          <Select value={v.themeLevel} onChange={(_, d) => props.onChange({ ...v, themeLevel: d.value })}>
            {options}
          </Select>
        </Field>
        <Field label="Theme summary">
          <Textarea value={v.themeSummary} rows={2} resize="vertical" onChange={(_, d) => props.onChange({ ...v, themeSummary: d.value })} />
        </Field>
      </div>
    </>
  );
}
