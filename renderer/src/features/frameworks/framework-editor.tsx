import {
  Badge,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, Checkmark20Regular, Copy20Regular, Delete20Regular, LockClosed16Regular, Save20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { ApiCallError } from '../../../../shared/api/client';
import { frameworkDocSchema, type FrameworkDetail, type FrameworkDoc } from '../../../../shared/domain/framework';
import type { ApiErrorDetail } from '../../../../shared/result';
import { useNotify } from '../../app/notify';
import { navigate } from '../../app/router';
import { ErrorList } from '../../components/error-list';
import { LoadError, Loading, Page } from '../../components/page';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { FrameworkDetailsForm } from './framework-details-form';
import { describeFrameworkDetail } from './framework-errors';
import { statusBadge } from './frameworks-page';
import { ScaleEditor } from './scale-editor';
import { StandardsOutline } from './standards-outline';
import { useFrameworkActions } from './use-framework-actions';

const useStyles = makeStyles({
  toolbar: { padding: 0, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold, alignSelf: 'center', marginLeft: tokens.spacingHorizontalM },
  tab: { flex: 1, minHeight: 0, overflowY: 'auto', paddingTop: tokens.spacingVerticalS },
  outline: { flex: 1, minHeight: 0, display: 'flex', paddingTop: tokens.spacingVerticalS },
  lock: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

type TabId = 'details' | 'scale' | 'standards';

export const isReadOnly = (f: Pick<FrameworkDetail, 'frozen' | 'builtIn' | 'status'>) => f.frozen || (f.builtIn && f.status === 'published');

/** Edit one framework version: details, rating scale, standards and items; saved as one document. */
export function FrameworkEditor(props: { id: number }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const detail = useApiData(() => api.call('frameworks.get', { id: props.id }), [api, props.id], [`framework:${props.id}`]);
  const sectors = useApiData(() => api.call('sectors.list'), [api], ['sectors']);
  const [doc, setDoc] = useState<FrameworkDoc | null>(null);
  const [saved, setSaved] = useState<string>('');
  const [problems, setProblems] = useState<ApiErrorDetail[]>([]);
  const [tab, setTab] = useState<TabId>('standards');
  const [saving, setSaving] = useState(false);
  const actions = useFrameworkActions({ onChanged: (f) => (f ? detail.setData(f) : navigate('/frameworks')) });

  const framework = detail.data;
  useEffect(() => {
    if (framework) {
      setDoc(framework.doc);
      setSaved(JSON.stringify(framework.doc));
      setProblems([]);
    }
  }, [framework]);

  const dirty = doc !== null && JSON.stringify(doc) !== saved;
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const sectorNames = useMemo(() => (sectors.data ?? []).map((s) => ({ code: s.code, name: s.name })), [sectors.data]);

  if (detail.error) return <Page title="Framework"><LoadError error={detail.error} what="the framework" onRetry={detail.reload} /></Page>;
  if (!framework || !doc) return <Page title="Framework"><Loading /></Page>;
  const readOnly = isReadOnly(framework);

  const save = async () => {
    const checked = frameworkDocSchema.safeParse(doc);
    if (!checked.success) {
      setProblems(checked.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
      return;
    }
    setSaving(true);
    try {
      const result = await api.call('frameworks.save', { id: framework.id, doc });
      setProblems([]);
      detail.setData(result);
      invalidate('frameworks', 'home');
      notify.success(`${result.name} (${result.versionLabel}) has been saved.`, 'Saved');
    } catch (err) {
      if (err instanceof ApiCallError && err.details.length) {
        setProblems(err.details);
        notify.error(new Error(`${err.message} The problems are listed above the editor.`), 'The framework was not saved');
      } else notify.error(err, 'The framework was not saved');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page
      title={`${doc.name} (${doc.versionLabel})`}
      subtitle={
        <>
          <Link href="#/frameworks">Frameworks</Link> · version {framework.versionNumber} · {statusBadge(framework)}{' '}
          {framework.frozen && (
            <Badge appearance="outline" color="informative" icon={<LockClosed16Regular />}>
              {framework.builtIn ? 'Built in' : 'Frozen'}
            </Badge>
          )}
        </>
      }
    >
      <Toolbar aria-label="Framework editor actions" className={styles.toolbar}>
        {!readOnly && (
          <ToolbarButton appearance="primary" icon={<Save20Regular />} disabled={!dirty || saving} onClick={save}>
            {saving ? 'Saving…' : 'Save'}
          </ToolbarButton>
        )}
        <ToolbarButton icon={<Copy20Regular />} onClick={() => actions.ask('duplicate', framework)}>
          Duplicate as new version…
        </ToolbarButton>
        {framework.status === 'draft' && (
          <ToolbarButton icon={<Checkmark20Regular />} disabled={dirty} onClick={() => actions.ask('publish', framework)}>
            Publish…
          </ToolbarButton>
        )}
        {framework.status === 'draft' && !framework.frozen && (
          <ToolbarButton icon={<Delete20Regular />} onClick={() => actions.ask('delete', framework)}>
            Delete draft…
          </ToolbarButton>
        )}
        <ToolbarDivider />
        <ToolbarButton icon={<ArrowDownload20Regular />} onClick={() => actions.exportAs(framework, 'json')}>
          Export JSON
        </ToolbarButton>
        <ToolbarButton icon={<ArrowDownload20Regular />} onClick={() => actions.exportAs(framework, 'xlsx')}>
          Export Excel
        </ToolbarButton>
        {dirty && (
          <span className={styles.dirty} role="status">
            ● Unsaved changes
          </span>
        )}
      </Toolbar>
      {readOnly && (
        <MessageBar intent="info" icon={<LockClosed16Regular />}>
          <MessageBarBody>This version is used by a cycle and cannot be changed. Duplicate it to make a new version.</MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The framework cannot be saved yet.</MessageBarTitle>
            <ErrorList details={problems} format={describeFrameworkDetail} aria-label="Problems to fix" />
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="details">Details</Tab>
        <Tab value="scale">Rating scale</Tab>
        <Tab value="standards">Standards and items ({doc.standards.length})</Tab>
      </TabList>
      {tab === 'details' && (
        <div className={styles.tab}>
          <FrameworkDetailsForm doc={doc} sectors={sectors.data ?? []} readOnly={readOnly} onChange={setDoc} />
        </div>
      )}
      {tab === 'scale' && (
        <div className={styles.tab}>
          <ScaleEditor scale={doc.scale} readOnly={readOnly} onChange={(scale) => setDoc({ ...doc, scale })} />
        </div>
      )}
      {tab === 'standards' && (
        <div className={styles.outline}>
          <StandardsOutline doc={doc} sectors={sectorNames} readOnly={readOnly} onChange={setDoc} />
        </div>
      )}
      {actions.dialogs}
    </Page>
  );
}
