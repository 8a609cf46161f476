import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RETURNED_STATUSES, type ReturnRow } from '../../../../shared/domain/cycle';
import { ChoiceDialog } from '../../components/choice-dialog';
import { BatchProgressDialog } from '../../components/folder-or-zip/batch-progress-dialog';
import { useBatchFiles } from '../../components/folder-or-zip/use-batch-files';
import { useApiData } from '../../components/use-api-data';
import { safeFileName } from '../../components/zip-files';
import { useApi, useHost } from '../../host/services-context';
import { describeError, returnsKey } from '../cycles/cycle-refresh';

type Who = 'returned' | 'all';

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  notes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL, maxHeight: '160px', overflowY: 'auto' },
});

/** A feedback letter for each agency of the cycle, one call per agency: into a folder (desktop) or one zip (browser). */
export function LettersDialog(props: { cycleId: number; cycleName: string; open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const { cycleId, open } = props;
  const rows = useApiData(() => (open ? api.call('returns.list', { cycleId }) : Promise.resolve([] as ReturnRow[])), [api, cycleId, open], [returnsKey(cycleId)]);
  const [who, setWho] = useState<Who>('returned');
  const batch = useBatchFiles();
  // Things the letters could not fill in, gathered across the run for the user to check.
  const [notes, setNotes] = useState<string[]>([]);

  const all = rows.data ?? [];
  const returned = all.filter((r) => RETURNED_STATUSES.includes(r.status));
  const targets = who === 'returned' ? returned : all;

  const start = async () => {
    const gathered: string[] = [];
    setNotes([]);
    await batch.start(targets, {
      folderTitle: 'Choose the folder to save the letters in',
      zipTitle: 'Save the letters',
      zipName: `${safeFileName(props.cycleName)} feedback letters.zip`,
      name: (r) => r.agencyName,
      work: async (r, folder) => {
        const out = await api.call('letters.generate', { cycleAgencyId: r.cycleAgencyId, ...(folder ? { folder } : {}) });
        gathered.push(...out.warnings);
        return [out.file];
      },
      describeError,
    });
    setNotes(gathered);
  };

  return (
    <>
      <ChoiceDialog
        open={open && !batch.progress}
        onClose={props.onClose}
        title="Letters to agencies"
        actionLabel={`Write ${targets.length} ${targets.length === 1 ? 'letter' : 'letters'}`}
        actionDisabled={!targets.length || rows.loading}
        onAction={() => void start()}
      >
        <Field label="Write a letter to">
          <RadioGroup value={who} onChange={(_, d) => setWho(d.value as Who)}>
            <Radio value="returned" label={`Agencies that have returned their self-assessment (${returned.length})`} />
            <Radio value="all" label={`Every agency in scope (${all.length})`} />
          </RadioGroup>
        </Field>
        <p className={styles.note}>
          Each letter gives the agency its ratings, any moderated changes and why, its strengths, and the actions it must take with their due dates.{' '}
          {host.kind === 'browser'
            ? 'The letters are collected into one zip file that your browser downloads.'
            : 'You will choose a folder; each letter is saved into it as a Word document.'}
        </p>
      </ChoiceDialog>
      <BatchProgressDialog
        batch={batch}
        title="Writing the letters"
        doneWord="letters written"
        onClose={props.onClose}
        extra={
          notes.length > 0 && (
            <div>
              Check these before sending:
              <ul className={styles.notes} aria-label="Things to check in the letters">
                {notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </div>
          )
        }
      />
    </>
  );
}
