import { Button, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { QUESTION_AREAS, QUESTION_AREA_LABELS, type CaseAuditScale, type CaseAuditTool, type QuestionArea } from '../../../../shared/domain/case-audit';
import { useNotify } from '../../app/notify';
import { ScaleChip } from '../../components/scale-chip';
import { useApi } from '../../host/services-context';
import { refreshAudit } from './case-audit-keys';
import type { AuditTabProps } from './case-audit-page';
import { Section } from './section';
import { SaveBar } from './save-bar';

interface QuestionDraft {
  key: string;
  id?: number;
  area: QuestionArea;
  text: string;
  guidance: string;
}

const useStyles = makeStyles({
  area: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  question: { display: 'grid', gridTemplateColumns: '50px 220px 1fr 1fr auto', gap: tokens.spacingHorizontalM, alignItems: 'start', padding: `${tokens.spacingVerticalS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  ref: { fontWeight: tokens.fontWeightSemibold, paddingTop: '28px' },
  levels: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', verticalAlign: 'top' },
  row: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'end', flexWrap: 'wrap' },
  full: { width: '100%', minWidth: 0, maxWidth: '100%' },
});

let nextKey = 1;
const drafts = (tool: CaseAuditTool): QuestionDraft[] => tool.questions.map((q) => ({ key: `q${q.id}`, id: q.id, area: q.area, text: q.text, guidance: q.guidance ?? '' }));
const byArea = (qs: QuestionDraft[]) => QUESTION_AREAS.flatMap((area) => qs.filter((q) => q.area === area));

/** The common tool: questions by area with guidance for auditors, and the audit's own scale with guidance per level. */
export function ToolTab(props: AuditTabProps) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { audit: a } = props;
  const [questions, setQuestions] = useState<QuestionDraft[]>(() => drafts(a.tool));
  const [scale, setScale] = useState<CaseAuditScale>(a.tool.scale);
  const [saving, setSaving] = useState(false);
  const savedKey = JSON.stringify(a.tool);
  useEffect(() => {
    setQuestions(drafts(a.tool));
    setScale(a.tool.scale);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedKey]);
  const dirty = useMemo(() => JSON.stringify(questions.map(({ key: _k, ...q }) => q)) !== JSON.stringify(drafts(a.tool).map(({ key: _k, ...q }) => q)) || JSON.stringify(scale) !== JSON.stringify(a.tool.scale), [questions, scale, a.tool]);
  const rated = new Set(a.tool.ratedQuestionIds);
  const refOf = (q: QuestionDraft) => (q.id ? a.tool.questions.find((x) => x.id === q.id)?.ref : null) ?? 'New';

  const setQ = (key: string, patch: Partial<QuestionDraft>) => setQuestions((qs) => qs.map((q) => (q.key === key ? { ...q, ...patch } : q)));
  const setLevel = (code: string, patch: { label?: string; description?: string }) => setScale((s) => ({ ...s, levels: s.levels.map((l) => (l.code === code ? { ...l, ...patch } : l)) }));

  const save = async () => {
    setSaving(true);
    try {
      const next = await api.call('caseAudits.setTool', {
        auditId: a.id,
        scale,
        questions: byArea(questions).map((q) => ({ ...(q.id ? { id: q.id } : {}), area: q.area, text: q.text, guidance: q.guidance.trim() || null })),
      });
      props.onAudit(next);
      refreshAudit(a.id);
      notify.success('The audit tool has been saved.');
    } catch (err) {
      notify.error(err, 'The tool was not saved');
    } finally {
      setSaving(false);
    }
  };

  const saveBar = (
    <SaveBar dirty={dirty} saving={saving} label="Save tool" onSave={save} />
  );
  return (
    <>
      <Section
        title="Questions"
        intro="Every involved agency answers these about its own practice in each case. Questions already rated in a return can be reworded but not removed."
        actions={
          <>
            <Button icon={<Add20Regular />} onClick={() => setQuestions((qs) => [...qs, { key: `n${nextKey++}`, area: 'other', text: '', guidance: '' }])}>
              Add question
            </Button>
            {saveBar}
          </>
        }
      >
        {QUESTION_AREAS.map((area) => {
          const qs = questions.filter((q) => q.area === area);
          if (!qs.length) return null;
          return (
            <div key={area} role="group" aria-label={QUESTION_AREA_LABELS[area]}>
              <h3 className={styles.area}>{QUESTION_AREA_LABELS[area]}</h3>
              {qs.map((q) => (
                <div key={q.key} className={styles.question}>
                  <span className={styles.ref}>{refOf(q)}</span>
                  <Field label={`Area, ${refOf(q)}`}>
                    <Select className={styles.full} select={{ className: styles.full }} value={q.area} onChange={(_, d) => setQ(q.key, { area: d.value as QuestionArea })}>
                      {QUESTION_AREAS.map((x) => (
                        <option key={x} value={x}>
                          {QUESTION_AREA_LABELS[x]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={`Question, ${refOf(q)}`} required>
                    <Textarea value={q.text} rows={3} resize="vertical" onChange={(_, d) => setQ(q.key, { text: d.value })} />
                  </Field>
                  <Field label={`Guidance, ${refOf(q)}`}>
                    <Textarea value={q.guidance} rows={3} resize="vertical" onChange={(_, d) => setQ(q.key, { guidance: d.value })} />
                  </Field>
                  <Button
                    appearance="subtle"
                    icon={<Delete20Regular />}
                    aria-label={`Remove ${refOf(q)}`}
                    style={{ marginTop: 24 }}
                    disabled={q.id !== undefined && rated.has(q.id)}
                    title={q.id !== undefined && rated.has(q.id) ? 'Rated in a return: it can be reworded but not removed' : undefined}
                    onClick={() => setQuestions((all) => all.filter((x) => x.key !== q.key))}
                  />
                </div>
              ))}
            </div>
          );
        })}
      </Section>
      <Section title="Rating scale" intro="The audit’s own scale: the levels auditors rate practice on, each with the guidance on when to use it." actions={saveBar}>
        <div className={styles.row}>
          <Field label="Scale name">
            <Input value={scale.name} onChange={(_, d) => setScale((s) => ({ ...s, name: d.value }))} />
          </Field>
          <Checkbox checked={scale.allowsNa} label="Allow “not applicable”" onChange={(_, d) => setScale((s) => ({ ...s, allowsNa: d.checked === true }))} />
          {scale.allowsNa && (
            <Field label="Not applicable wording">
              <Input value={scale.naLabel} onChange={(_, d) => setScale((s) => ({ ...s, naLabel: d.value }))} />
            </Field>
          )}
        </div>
        <table className={styles.levels} aria-label="Scale levels and guidance">
          <thead>
            <tr>
              <th className={styles.cell} scope="col" style={{ width: 170 }}>Level</th>
              <th className={styles.cell} scope="col" style={{ width: 220 }}>Label</th>
              <th className={styles.cell} scope="col">Guidance</th>
            </tr>
          </thead>
          <tbody>
            {scale.levels.map((l) => (
              <tr key={l.code}>
                <td className={styles.cell}>
                  <ScaleChip rating={l} />
                </td>
                <td className={styles.cell}>
                  <Input aria-label={`Label of level ${l.code}`} value={l.label} onChange={(_, d) => setLevel(l.code, { label: d.value })} />
                </td>
                <td className={styles.cell}>
                  <Textarea aria-label={`Guidance for ${l.label}`} value={l.description ?? ''} rows={2} resize="vertical" style={{ width: '100%' }} onChange={(_, d) => setLevel(l.code, { description: d.value })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}
