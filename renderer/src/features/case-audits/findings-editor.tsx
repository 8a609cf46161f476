import { Button, Dropdown, Field, Option, OptionGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { FINDING_KINDS, FINDING_KIND_LABELS, type CaseAuditDetail, type FindingKind } from '../../../../shared/domain/case-audit';
import { useNotify } from '../../app/notify';
import { useApi } from '../../host/services-context';
import { refreshAudit } from './case-audit-keys';
import type { AuditTabProps } from './case-audit-page';
import { JudgementsEditor, judgementsOf, type Judgements } from './judgements-editor';
import { Section } from './section';
import { useS11Standards } from './use-s11-standards';
import { SaveBar } from './save-bar';

interface FindingDraft {
  key: string;
  id?: number;
  kind: FindingKind;
  text: string;
  caseId: number | null;
  agencyId: number | null;
  standardIds: number[];
}

const useStyles = makeStyles({
  kind: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  finding: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) 150px 190px minmax(0, 2fr) auto', gap: tokens.spacingHorizontalM, alignItems: 'start', padding: `${tokens.spacingVerticalS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  full: { width: '100%', minWidth: 0 },
});

let nextKey = 1;
const draftsOf = (a: CaseAuditDetail): FindingDraft[] =>
  a.findings.map((f) => ({ key: `f${f.id}`, id: f.id, kind: f.kind, text: f.text, caseId: f.caseId, agencyId: f.agencyId, standardIds: f.standards.map((s) => s.id) }));
const strip = (fs: FindingDraft[]) => fs.map(({ key: _k, ...f }) => f);

/** What the moderation meeting agreed: findings by kind (tagged with s11 standards), the judgement per case and for the theme. */
export function FindingsEditor(props: AuditTabProps) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const groups = useS11Standards();
  const standards = useMemo(() => groups.flatMap((g) => g.standards), [groups]);
  const { audit: a } = props;
  const [findings, setFindings] = useState<FindingDraft[]>(() => draftsOf(a));
  const [judgements, setJudgements] = useState<Judgements>(() => judgementsOf(a));
  const [saving, setSaving] = useState(false);
  // Reset to what is saved only when the findings themselves change, not when another part of the audit reloads.
  const savedKey = JSON.stringify([strip(draftsOf(a)), judgementsOf(a)]);
  useEffect(() => {
    setFindings(draftsOf(a));
    setJudgements(judgementsOf(a));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedKey]);
  const dirty = JSON.stringify(strip(findings)) !== JSON.stringify(strip(draftsOf(a))) || JSON.stringify(judgements) !== JSON.stringify(judgementsOf(a));
  const agencies = useMemo(() => {
    const seen = new Map<number, string>();
    for (const c of a.cases) for (const r of c.returns) seen.set(r.agencyId, r.agencyName);
    return [...seen.entries()].sort((x, y) => x[1].localeCompare(y[1]));
  }, [a.cases]);
  const setF = (key: string, patch: Partial<FindingDraft>) => setFindings((fs) => fs.map((f) => (f.key === key ? { ...f, ...patch } : f)));

  const save = async () => {
    setSaving(true);
    try {
      const ordered = FINDING_KINDS.flatMap((k) => findings.filter((f) => f.kind === k));
      const next = await api.call('caseAudits.saveFindings', {
        auditId: a.id,
        findings: ordered.map((f) => ({ ...(f.id ? { id: f.id } : {}), kind: f.kind, text: f.text, caseId: f.caseId, agencyId: f.agencyId, standardIds: f.standardIds })),
        caseJudgements: a.cases.map((c) => ({ caseId: c.id, level: judgements.cases[c.id]?.level || null, note: judgements.cases[c.id]?.note.trim() || null })),
        theme: { level: judgements.themeLevel || null, summary: judgements.themeSummary.trim() || null },
      });
      props.onAudit(next);
      refreshAudit(a.id);
      notify.success('The findings and judgements have been saved.');
    } catch (err) {
      notify.error(err, 'The findings were not saved');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Section
      title="Findings and judgements"
      intro="Tag a finding with the Section 11 standards it bears on, so board papers and scrutiny agendas can set practice evidence beside agencies’ self-ratings."
      actions={
        <SaveBar dirty={dirty} saving={saving} label="Save findings" onSave={save} />
      }
    >
      {FINDING_KINDS.map((kind) => {
        const mine = findings.filter((f) => f.kind === kind);
        return (
          <div key={kind} role="group" aria-label={FINDING_KIND_LABELS[kind]}>
            <h3 className={styles.kind}>
              {FINDING_KIND_LABELS[kind]}
              <Button size="small" icon={<Add20Regular />} onClick={() => setFindings((fs) => [...fs, { key: `n${nextKey++}`, kind, text: '', caseId: null, agencyId: null, standardIds: [] }])}>
                Add
              </Button>
            </h3>
            {mine.map((f, i) => {
              const name = `${FINDING_KIND_LABELS[kind]} ${i + 1}`;
              return (
                <div key={f.key} className={styles.finding}>
                  <Field label={name}>
                    <Textarea value={f.text} rows={2} resize="vertical" onChange={(_, d) => setF(f.key, { text: d.value })} />
                  </Field>
                  <Field label={`Case, ${name}`}>
                    <Select className={styles.full} select={{ className: styles.full }} value={f.caseId ? String(f.caseId) : ''} onChange={(_, d) => setF(f.key, { caseId: d.value ? Number(d.value) : null })}>
                      <option value="">All cases</option>
                      {a.cases.map((c) => (
                        <option key={c.id} value={String(c.id)}>
                          {c.reference}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={`Agency, ${name}`}>
                    <Select className={styles.full} select={{ className: styles.full }} value={f.agencyId ? String(f.agencyId) : ''} onChange={(_, d) => setF(f.key, { agencyId: d.value ? Number(d.value) : null })}>
                      <option value="">No one agency</option>
                      {agencies.map(([id, n]) => (
                        <option key={id} value={String(id)}>
                          {n}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={`s11 standards, ${name}`}>
                    <Dropdown
                      multiselect
                      className={styles.full}
                      placeholder="None"
                      selectedOptions={f.standardIds.map(String)}
                      value={standards.filter((s) => f.standardIds.includes(s.id)).map((s) => s.short).join('; ')}
                      onOptionSelect={(_, d) => setF(f.key, { standardIds: d.selectedOptions.map(Number) })}
                    >
                      {groups.map((g) => (
                        <OptionGroup key={g.label} label={g.label}>
                          {g.standards.map((s) => (
                            <Option key={s.id} value={String(s.id)}>
                              {s.text}
                            </Option>
                          ))}
                        </OptionGroup>
                      ))}
                    </Dropdown>
                  </Field>
                  <Button appearance="subtle" icon={<Delete20Regular />} aria-label={`Remove ${name}`} style={{ marginTop: 24 }} onClick={() => setFindings((fs) => fs.filter((x) => x.key !== f.key))} />
                </div>
              );
            })}
          </div>
        );
      })}
      <JudgementsEditor audit={a} value={judgements} onChange={setJudgements} />
    </Section>
  );
}
