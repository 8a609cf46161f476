import { Link, MessageBar, MessageBarBody, MessageBarTitle, Toolbar, ToolbarButton, ToolbarDivider, makeStyles, tokens } from '@fluentui/react-components';
import { ChartMultiple20Regular, DocumentArrowDown20Regular, Mail20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiInput } from '../../../../shared/api/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDateTime } from '../../components/format-date';
import { LoadError, Loading, Page } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { cycleKey, returnsKey } from '../cycles/cycle-refresh';
import { ExtractDialog } from './extract-dialog';
import { HeaderPanel, headerPatch } from './header-panel';
import { LettersDialog } from './letters-dialog';
import { outlineEntries } from './outline-model';
import { SectionEditor } from './section-editor';
import { HEADER_KEY, SectionOutline } from './section-outline';
import { useDocumentSave } from './use-document-save';
import { usePaperEdits } from './use-paper-edits';

const useStyles = makeStyles({
  toolbar: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, flexWrap: 'wrap' },
  editor: {
    flex: 1,
    minHeight: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(240px, 300px) 1fr',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
  },
  staleList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

/** #/board-paper/<cycleId>: the cycle's board paper, edited section by section, and the documents made from the cycle. */
export function BoardPaperPage(props: { cycleId: number }) {
  const styles = useStyles();
  const api = useApi();
  const { cycleId } = props;
  const draft = useApiData(() => api.call('boardPapers.get', { cycleId }), [api, cycleId], [`board-paper:${cycleId}`, returnsKey(cycleId), cycleKey(cycleId)]);
  const [selected, setSelected] = useState<string | null>(null);
  const [lettersOpen, setLettersOpen] = useState(false);
  const [extractOpen, setExtractOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const doc = useDocumentSave();
  const paper = usePaperEdits(cycleId, draft.data ?? null, draft.setData);

  if (draft.error) return <Page title="Board paper"><LoadError error={draft.error} what="the board paper" onRetry={draft.reload} /></Page>;
  const d = draft.data;
  if (!d) return <Page title="Board paper"><Loading /></Page>;

  const current = selected === HEADER_KEY ? null : (d.sections.find((s) => s.key === selected) ?? d.sections[0] ?? null);
  const selectedKey = selected === HEADER_KEY ? HEADER_KEY : (current?.key ?? HEADER_KEY);
  const entry = current ? outlineEntries(d.sections).find((e) => e.section.key === current.key) : undefined;
  const stale = d.sections.filter((s) => s.stale && !s.hidden);
  const removingSection = d.sections.find((s) => s.key === removing);

  const generate = () => void doc.run('the board paper', () => api.call('boardPapers.generate', { cycleId }));
  const extract = (input: ApiInput<'annualExtract.generate'>) => {
    setExtractOpen(false);
    void doc.run('the annual report extract', () => api.call('annualExtract.generate', input));
  };

  return (
    <Page
      title={`Board paper: ${d.cycleName}`}
      subtitle={
        <>
          <Link href="#/cycles">Audit cycles</Link> · <Link href={`#/cycles/${cycleId}`}>{d.cycleName}</Link> ·{' '}
          {d.saved && d.updatedAt ? `Last edited by ${d.updatedBy} on ${formatDateTime(d.updatedAt)}` : 'Not edited yet: every section follows the data'}
        </>
      }
    >
      <Toolbar className={styles.toolbar} aria-label="Board paper commands">
        <ToolbarButton appearance="primary" icon={<DocumentArrowDown20Regular />} disabled={doc.busy !== null} onClick={generate}>
          {doc.busy === 'the board paper' ? 'Generating…' : 'Generate board paper'}
        </ToolbarButton>
        <ToolbarDivider />
        <ToolbarButton icon={<Mail20Regular />} onClick={() => setLettersOpen(true)}>
          Letters to agencies…
        </ToolbarButton>
        <ToolbarButton icon={<ChartMultiple20Regular />} disabled={doc.busy !== null} onClick={() => setExtractOpen(true)}>
          {doc.busy === 'the annual report extract' ? 'Creating the extract…' : 'Annual report extract…'}
        </ToolbarButton>
      </Toolbar>
      {doc.bar}
      {stale.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale-summary">
          <MessageBarBody>
            <MessageBarTitle>
              {stale.length === 1 ? '1 edited section has' : `${stale.length} edited sections have`} data that changed after the edit.
            </MessageBarTitle>
            Check {stale.length === 1 ? 'it' : 'them'} before generating the paper:
            <ul className={styles.staleList}>
              {stale.map((s) => (
                <li key={s.key}>
                  <Link onClick={() => setSelected(s.key)}>{s.title}</Link>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.editor}>
        <SectionOutline
          draft={d}
          selected={selectedKey}
          unsaved={paper.unsaved}
          busy={paper.busy}
          commands={{
            select: setSelected,
            reorder: paper.reorder,
            setHidden: (key, hidden) => void paper.setHidden(key, hidden),
            add: () => setAdding(true),
            remove: setRemoving,
          }}
        />
        {selectedKey === HEADER_KEY ? (
          <HeaderPanel
            rows={d.header}
            values={paper.headerValues}
            busy={paper.busy}
            onChange={paper.setHeaderValues}
            onSave={() => void paper.saveHeader(headerPatch(d.header, paper.headerValues))}
            onDiscard={() => paper.setHeaderValues({})}
          />
        ) : current ? (
          <SectionEditor
            key={current.key}
            section={current}
            number={entry?.number ?? null}
            edit={paper.editOf(current)}
            busy={paper.busy}
            onChange={(e) => paper.setEdit(current.key, e)}
            onSave={() => void paper.saveSection(current)}
            onDiscard={() => paper.discard(current.key)}
            onReset={() => void paper.reset(current.key)}
            onKeep={() => void paper.keep(current)}
            onHidden={(hidden) => void paper.setHidden(current.key, hidden)}
            onRemove={() => setRemoving(current.key)}
          />
        ) : null}
      </div>
      <ConfirmDialog
        open={adding}
        title="Add a section"
        confirmLabel="Add section"
        prompt={{ label: 'Section title', required: true, hint: current ? `It goes after “${current.title}”.` : 'It goes before the attachments.' }}
        busy={paper.busy}
        onCancel={() => setAdding(false)}
        onConfirm={(title) => {
          setAdding(false);
          void paper.add(title, current?.key).then((key) => key && setSelected(key));
        }}
      />
      <ConfirmDialog
        open={Boolean(removingSection)}
        title="Remove this section?"
        confirmLabel="Remove section"
        busy={paper.busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const key = removing!;
          const i = d.sections.findIndex((s) => s.key === key);
          setRemoving(null);
          void paper.remove(key).then((ok) => ok && setSelected(d.sections[i - 1]?.key ?? null));
        }}
      >
        “{removingSection?.title}” and its text will be removed from the paper. Built-in sections can only be hidden.
      </ConfirmDialog>
      <LettersDialog cycleId={cycleId} cycleName={d.cycleName} open={lettersOpen} onClose={() => setLettersOpen(false)} />
      <ExtractDialog open={extractOpen} currentCycleId={cycleId} onClose={() => setExtractOpen(false)} onGenerate={extract} />
    </Page>
  );
}
