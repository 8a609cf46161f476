import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CycleDetail, ReturnRow } from '../../../../shared/domain/cycle';
import { ChoiceDialog } from '../../components/choice-dialog';
import { BatchProgressDialog } from '../../components/folder-or-zip/batch-progress-dialog';
import { useBatchFiles } from '../../components/folder-or-zip/use-batch-files';
import { FORMAT_LIST, FormatField, type Formats } from '../../components/format-choice';
import { useApiData } from '../../components/use-api-data';
import { safeFileName } from '../../components/zip-files';
import { useApi, useHost } from '../../host/services-context';
import { describeError, refreshCycle, returnsKey } from './cycle-refresh';

type Who = 'selected' | 'not_issued' | 'all';

const useStyles = makeStyles({ note: { margin: 0, color: tokens.colorNeutralForeground2 } });

const pickRows = (rows: ReturnRow[], who: Who, preset: number[] | null): ReturnRow[] => {
  if (who === 'selected' && preset) return rows.filter((r) => preset.includes(r.cycleAgencyId));
  if (who === 'not_issued') return rows.filter((r) => r.status === 'not_issued');
  return rows;
};

/** Each agency's self-assessment tool, one agency at a time: into a folder (desktop) or one zip download (browser). */
export function IssueToolsDialog(props: { cycle: CycleDetail; open: boolean; presetIds: number[] | null; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const { cycle, open, presetIds } = props;
  const rows = useApiData(() => (open ? api.call('returns.list', { cycleId: cycle.id }) : Promise.resolve([] as ReturnRow[])), [api, cycle.id, open], [returnsKey(cycle.id)]);
  const [formats, setFormats] = useState<Formats>('both');
  const [who, setWho] = useState<Who>('all');
  const batch = useBatchFiles();

  useEffect(() => {
    if (open) setWho(presetIds ? 'selected' : 'all');
  }, [open, presetIds]);

  const all = rows.data ?? [];
  const targets = pickRows(all, who, presetIds);
  const notIssued = all.filter((r) => r.status === 'not_issued').length;

  const start = async () => {
    const started = await batch.start(targets, {
      folderTitle: 'Choose the folder to write the tools into',
      zipTitle: 'Save the tools',
      zipName: `${safeFileName(cycle.name)} tools.zip`,
      name: (r) => r.agencyName,
      work: async (r, folder) => (await api.call('tools.issue', { cycleAgencyId: r.cycleAgencyId, formats: FORMAT_LIST[formats], ...(folder ? { folder } : {}) })).files,
      describeError,
    });
    if (started) refreshCycle(cycle.id);
  };

  return (
    <>
      <ChoiceDialog
        open={open && !batch.progress}
        onClose={props.onClose}
        title="Issue the self-assessment tool"
        actionLabel={`Issue ${targets.length} ${targets.length === 1 ? 'tool' : 'tools'}`}
        actionDisabled={!targets.length}
        onAction={() => void start()}
      >
        <Field label="Agencies">
          <RadioGroup value={who} onChange={(_, d) => setWho(d.value as Who)}>
            {presetIds && <Radio value="selected" label={`The ${presetIds.length} selected in the returns list`} />}
            <Radio value="not_issued" label={`Not issued yet (${notIssued})`} />
            <Radio value="all" label={`All in scope (${all.length})`} />
          </RadioGroup>
        </Field>
        <FormatField value={formats} onChange={setFormats} />
        <p className={styles.note}>
          {host.kind === 'browser'
            ? 'The files are collected into one zip file that your browser downloads.'
            : 'You will choose a folder; each agency’s files are written into it.'}{' '}
          Each tool is pre-filled with the agency’s name, contacts and any carried-forward answers, and the issue date is recorded.
        </p>
      </ChoiceDialog>
      <BatchProgressDialog batch={batch} title="Issuing the tools" doneWord="tools issued" onClose={props.onClose} />
    </>
  );
}
