import { Badge, Button, Field, Link, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, TaskListAdd20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { ACTION_STATUS_LABELS, type ActionPriority } from '../../../../shared/domain/action';
import type { CaseAuditDetail } from '../../../../shared/domain/case-audit';
import { useNotify } from '../../app/notify';
import { DateField } from '../../components/date-field';
import { invalidate } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { RecordPicker } from '../actions/record-picker';
import { refreshAudit } from './case-audit-keys';
import type { AuditTabProps } from './case-audit-page';
import { Section } from './section';
import { useCaseAuditLookups } from './use-case-audit-lookups';
import { SaveBar } from './save-bar';
import { PriorityField } from '../../components/priority-field';

interface RecDraft {
  key: string;
  id?: number;
  text: string;
  ownerKind: 'partnership' | 'agency';
  groupId: number | null;
  agencyId: number | null;
  dueDate: string;
  priority: ActionPriority;
}

const useStyles = makeStyles({
  rec: { '& .fui-Input': { minWidth: 0, width: '100%' }, display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr) 170px 130px auto', gap: tokens.spacingHorizontalM, alignItems: 'start', padding: `${tokens.spacingVerticalS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  owner: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  action: { gridColumn: '1 / -1', display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', fontSize: tokens.fontSizeBase200 },
  full: { width: '100%', minWidth: 0 },
});

let nextKey = 1;
const draftsOf = (a: CaseAuditDetail): RecDraft[] =>
  a.recommendations.map((r) => ({ key: `r${r.id}`, id: r.id, text: r.text, ownerKind: r.ownerKind, groupId: r.groupId, agencyId: r.agencyId, dueDate: r.dueDate ?? '', priority: r.priority }));
const strip = (rs: RecDraft[]) => rs.map(({ key: _k, ...r }) => r);

/** Recommendations about where change is most needed; each becomes a partnership or agency action, tracked with the rest. */
export function RecommendationsEditor(props: AuditTabProps) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const lookups = useCaseAuditLookups();
  const { audit: a } = props;
  const [recs, setRecs] = useState<RecDraft[]>(() => draftsOf(a));
  const [busy, setBusy] = useState(false);
  // Reset only when the saved recommendations change, not when another part of the audit reloads.
  const savedKey = JSON.stringify(a.recommendations);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setRecs(draftsOf(a)), [savedKey]);
  const dirty = JSON.stringify(strip(recs)) !== JSON.stringify(strip(draftsOf(a)));
  const set = (key: string, patch: Partial<RecDraft>) => setRecs((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const waiting = a.recommendations.filter((r) => !r.actionId);

  const run = async (what: string, call: () => Promise<CaseAuditDetail>, done: (a: CaseAuditDetail) => string) => {
    setBusy(true);
    try {
      const next = await call();
      props.onAudit(next);
      refreshAudit(a.id, 'actions');
      invalidate('actions');
      notify.success(done(next));
    } catch (err) {
      notify.error(err, what);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(
      'The recommendations were not saved',
      () =>
        api.call('caseAudits.saveRecommendations', {
          auditId: a.id,
          recommendations: recs.map((r) => ({ ...(r.id ? { id: r.id } : {}), text: r.text, ownerKind: r.ownerKind, groupId: r.groupId, agencyId: r.agencyId, dueDate: r.dueDate || null, priority: r.priority })),
        }),
      (n) => `${n.recommendations.length} ${n.recommendations.length === 1 ? 'recommendation' : 'recommendations'} saved.`,
    );
  const make = (ids?: number[]) =>
    run(
      'The actions were not made',
      () => api.call('caseAudits.makeActions', { auditId: a.id, ...(ids ? { recommendationIds: ids } : {}) }),
      (n) => {
        const made = n.recommendations.filter((r) => r.actionId && !a.recommendations.find((o) => o.id === r.id)?.actionId);
        return `${made.length} ${made.length === 1 ? 'action' : 'actions'} made: ${made.map((r) => r.actionReference).join(', ')}.`;
      },
    );

  return (
    <Section
      title="Recommendations and actions"
      actions={
        <>
          <SaveBar
            dirty={dirty}
            saving={busy}
            showSaving={false}
            label="Save recommendations"
            onSave={save}
            middle={
              <Button icon={<Add20Regular />} onClick={() => setRecs((rs) => [...rs, { key: `n${nextKey++}`, text: '', ownerKind: 'partnership', groupId: a.leadGroupId, agencyId: null, dueDate: '', priority: 'medium' }])}>
                Add recommendation
              </Button>
            }
          />
          <Button icon={<TaskListAdd20Regular />} disabled={dirty || busy || !waiting.length} title={dirty ? 'Save the recommendations first' : undefined} onClick={() => void make()}>
            Make actions ({waiting.length})
          </Button>
        </>
      }
    >
      {!recs.length && <p style={{ margin: 0 }}>No recommendations yet.</p>}
      {recs.map((r, i) => {
        const name = `Recommendation ${i + 1}`;
        const saved = a.recommendations.find((x) => x.id === r.id);
        const locked = Boolean(saved?.actionId);
        return (
          <div key={r.key} className={styles.rec} role="group" aria-label={name}>
            <Field label={name} required>
              <Textarea value={r.text} rows={2} resize="vertical" readOnly={locked} onChange={(_, d) => set(r.key, { text: d.value })} />
            </Field>
            <div className={styles.owner}>
              <RadioGroup layout="horizontal" value={r.ownerKind} aria-label={`Owner of ${name}`} disabled={locked} onChange={(_, d) => set(r.key, { ownerKind: d.value as RecDraft['ownerKind'] })}>
                <Radio value="partnership" label="Partnership" />
                <Radio value="agency" label="Agency" />
              </RadioGroup>
              {r.ownerKind === 'partnership' ? (
                <Select aria-label={`Group, ${name}`} className={styles.full} disabled={locked} value={r.groupId ? String(r.groupId) : ''} onChange={(_, d) => set(r.key, { groupId: d.value ? Number(d.value) : null })}>
                  <option value="">Choose a group…</option>
                  {lookups.groups.filter((g) => g.active || g.id === r.groupId).map((g) => (
                    <option key={g.id} value={String(g.id)}>
                      {g.name}
                    </option>
                  ))}
                </Select>
              ) : (
                <RecordPicker label={`Agency, ${name}`} options={lookups.agencyOptions} value={r.agencyId} disabled={locked} placeholder="Type part of the name" onChange={(agencyId) => set(r.key, { agencyId })} />
              )}
            </div>
            <DateField label={`Due, ${name}`} value={r.dueDate} onChange={(dueDate) => set(r.key, { dueDate })} />
            <PriorityField label={`Priority, ${name}`} value={r.priority} disabled={locked} onChange={(priority) => set(r.key, { priority })} />
            <Button appearance="subtle" icon={<Delete20Regular />} aria-label={`Remove ${name}`} style={{ marginTop: 24 }} disabled={locked} title={locked ? 'It is an action now: drop the action instead' : undefined} onClick={() => setRecs((rs) => rs.filter((x) => x.key !== r.key))} />
            <div className={styles.action}>
              {saved?.actionId ? (
                <>
                  <Badge appearance="tint" color="success">
                    Action made
                  </Badge>
                  <Link href={`#/actions/${saved.actionId}`}>{saved.actionReference}</Link>
                  {saved.actionStatus && <span>({ACTION_STATUS_LABELS[saved.actionStatus]})</span>}
                </>
              ) : saved ? (
                <Button size="small" icon={<TaskListAdd20Regular />} disabled={dirty || busy} onClick={() => void make([saved.id])}>
                  Make action
                </Button>
              ) : (
                <span>Not saved yet</span>
              )}
            </div>
          </div>
        );
      })}
    </Section>
  );
}
