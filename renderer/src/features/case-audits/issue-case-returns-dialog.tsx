import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseAuditDetail, CaseReturnRow } from '../../../../shared/domain/case-audit';
import { ChoiceDialog } from '../../components/choice-dialog';
import { BatchProgressDialog } from '../../components/folder-or-zip/batch-progress-dialog';
import { useBatchFiles } from '../../components/folder-or-zip/use-batch-files';
import { FORMAT_LIST, FormatField, type Formats } from '../../components/format-choice';
import { safeFileName } from '../../components/zip-files';
import { useApi, useHost } from '../../host/services-context';
import { describeError, refreshAudit } from './case-audit-keys';

type Who = 'open' | 'not_issued' | 'all';
const useStyles = makeStyles({ note: { margin: 0, color: tokens.colorNeutralForeground2 } });

const pick = (rows: CaseReturnRow[], who: Who) => (who === 'all' ? rows : who === 'not_issued' ? rows.filter((r) => r.status === 'not_issued') : rows.filter((r) => r.status !== 'accepted'));

/** The audit tool for each return, pre-filled with its case and agency: into a folder (desktop) or one zip (browser). */
export function IssueCaseReturnsDialog(props: { audit: CaseAuditDetail; rows: CaseReturnRow[]; open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const { audit, rows, open } = props;
  const [formats, setFormats] = useState<Formats>('both');
  const [who, setWho] = useState<Who>('open');
  const batch = useBatchFiles();
  const targets = pick(rows, who);

  const start = async () => {
    const started = await batch.start(targets, {
      folderTitle: 'Choose the folder to write the returns into',
      zipTitle: 'Save the returns',
      zipName: `${safeFileName(audit.title)} returns.zip`,
      name: (r) => `${r.caseReference}, ${r.agencyName}`,
      work: async (r, folder) =>
        (await api.call('caseAudits.issueReturns', { auditId: audit.id, returnIds: [r.id], formats: FORMAT_LIST[formats], ...(folder ? { folder } : {}) })).files,
      describeError,
    });
    if (started) refreshAudit(audit.id);
  };

  return (
    <>
      <ChoiceDialog
        open={open && !batch.progress}
        onClose={props.onClose}
        title="Issue the audit tool"
        actionLabel={`Issue ${targets.length} ${targets.length === 1 ? 'return' : 'returns'}`}
        actionDisabled={!targets.length}
        onAction={() => void start()}
      >
        <Field label="Returns">
          <RadioGroup value={who} onChange={(_, d) => setWho(d.value as Who)}>
            <Radio value="open" label={`Not yet accepted (${pick(rows, 'open').length})`} />
            <Radio value="not_issued" label={`Not issued yet (${pick(rows, 'not_issued').length})`} />
            <Radio value="all" label={`All (${rows.length})`} />
          </RadioGroup>
        </Field>
        <FormatField value={formats} onChange={setFormats} />
        <p className={styles.note}>
          {host.kind === 'browser' ? 'The files are collected into one zip file that your browser downloads.' : 'You will choose a folder; each return’s files are written into it.'} Each file
          carries its case reference and agency, so the completed return can be imported back; returns not yet issued are marked issued today.
        </p>
      </ChoiceDialog>
      <BatchProgressDialog batch={batch} title="Issuing the audit tool" doneWord="returns issued" onClose={props.onClose} />
    </>
  );
}
