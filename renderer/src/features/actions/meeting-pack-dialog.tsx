import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentFolder20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { isoDate } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { DateField } from '../../components/date-field';
import { formatDate } from '../../components/format-date';
import { useApiData } from '../../components/use-api-data';
import { chooseFolder, saveZip } from '../../components/folder-or-zip/folder-or-zip';
import { safeFileName } from '../../components/zip-files';
import { useApi, useHost } from '../../host/services-context';
import { ACTIONS_KEY } from './action-query';
import type { ActionLookups } from './use-action-lookups';
import { IdSelect } from '../../components/id-select';

const useStyles = makeStyles({
  surface: { width: 'min(760px, 94vw)', maxWidth: 'none' },
  content: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  agencies: { maxHeight: '180px', overflowY: 'auto', display: 'flex', flexDirection: 'column', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalXS },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  files: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

type Result = { folder: string | null; zipName: string | null; names: string[] };

/** The assurance meeting pack: a Word tracker per agency and one for the partnership, and the workbook of them all. */
export function MeetingPackDialog(props: { open: boolean; lookups: ActionLookups; presetCycleId: number | null; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const notify = useNotify();
  const { open, lookups } = props;
  const [name, setName] = useState('Assurance meeting');
  const [date, setDate] = useState('');
  const [cycleId, setCycleId] = useState<number | null>(null);
  const [who, setWho] = useState<'all' | 'chosen'>('all');
  const [chosen, setChosen] = useState<number[]>([]);
  const [partnership, setPartnership] = useState(true);
  const [closedSince, setClosedSince] = useState('');
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!open) return;
    setCycleId(props.presetCycleId);
    setResult(null);
    setTouched(false);
  }, [open, props.presetCycleId]);

  // The agencies that have actions to report, under the chosen cycle.
  const rows = useApiData(() => (open ? api.call('actions.list', { bucket: 'all', kind: 'agency', ...(cycleId ? { cycleId } : {}) }) : Promise.resolve([])), [api, open, cycleId], [ACTIONS_KEY]);
  const withActions = useMemo(() => {
    const seen = new Map<number, { name: string; count: number }>();
    for (const r of rows.data ?? []) if (r.agencyId) seen.set(r.agencyId, { name: r.agencyName ?? '', count: (seen.get(r.agencyId)?.count ?? 0) + 1 });
    return [...seen.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name));
  }, [rows.data]);

  const dateOk = isoDate.safeParse(date).success;
  const closedOk = closedSince === '' || isoDate.safeParse(closedSince).success;
  const ready = dateOk && closedOk && name.trim() !== '' && (who === 'all' || chosen.length > 0 || partnership);

  const build = async () => {
    setTouched(true);
    if (!ready) return;
    const where = await chooseFolder(host, 'Choose the folder for the meeting pack');
    if (!where) return;
    const { folder } = where;
    setRunning(true);
    try {
      const out = await api.call('actions.pack', {
        meetingName: name.trim(),
        meetingDate: date,
        includePartnership: partnership,
        ...(cycleId ? { cycleId } : {}),
        ...(who === 'chosen' ? { agencyIds: chosen } : {}),
        ...(closedSince ? { includeClosedSince: closedSince } : {}),
        ...(folder ? { folder } : {}),
      });
      let zipName: string | null = null;
      if (!folder && out.files.length) {
        zipName = `${safeFileName(`${name.trim()} ${date}`)}.zip`;
        await saveZip(host, out.files, zipName, 'Save the meeting pack');
      }
      setResult({ folder, zipName, names: out.files.map((f) => f.fileName) });
      notify.success(`${out.files.length} files for ${name.trim()}, ${formatDate(date)}.`, 'Meeting pack ready');
    } catch (err) {
      notify.error(err, 'The meeting pack was not made');
    } finally {
      setRunning(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && !running && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Assurance meeting pack</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label="Meeting name" required validationMessage={touched && !name.trim() ? 'Name the meeting.' : undefined}>
              <Input value={name} onChange={(_, d) => setName(d.value)} />
            </Field>
            <DateField label="Meeting date" required value={date} error={touched && !dateOk ? 'Enter the meeting date, for example 18/03/2027.' : undefined} onChange={setDate} />
            <Field label="Cycle">
              <IdSelect items={lookups.cycles} value={cycleId} emptyLabel="Actions from any cycle" onChange={setCycleId} />
            </Field>
            <DateField label="Also list actions closed since" value={closedSince} hint="The start of this quarter if left blank" error={closedOk ? undefined : 'Not a date.'} onChange={setClosedSince} />
            <Field label="Agencies" className={styles.wide}>
              <RadioGroup layout="horizontal" value={who} onChange={(_, d) => setWho(d.value as 'all' | 'chosen')}>
                <Radio value="all" label={`Every agency with actions (${withActions.length})`} />
                <Radio value="chosen" label={`Only these (${chosen.length})`} />
              </RadioGroup>
            </Field>
            {who === 'chosen' && (
              <div className={`${styles.agencies} ${styles.wide}`} role="group" aria-label="Agencies in the pack">
                {withActions.map(([id, a]) => (
                  <Checkbox
                    key={id}
                    label={`${a.name} (${a.count})`}
                    checked={chosen.includes(id)}
                    onChange={(_, d) => setChosen((c) => (d.checked ? [...c, id] : c.filter((x) => x !== id)))}
                  />
                ))}
              </div>
            )}
            <Checkbox className={styles.wide} label="Include the partnership’s own actions (one tracker for the partnership)" checked={partnership} onChange={(_, d) => setPartnership(d.checked === true)} />
            <p className={`${styles.note} ${styles.wide}`}>
              {host.kind === 'browser' ? 'The Word trackers and the workbook are collected into one zip file that your browser downloads.' : 'You will choose a folder; the Word trackers and the workbook are written into it.'}
            </p>
            {running && (
              <Field className={styles.wide} label="Building the pack: a Word tracker per agency, the partnership’s, and the workbook…">
                <ProgressBar thickness="large" aria-label="Building the meeting pack" />
              </Field>
            )}
            {result && (
              <MessageBar intent="success" layout="multiline" className={styles.wide}>
                <MessageBarBody>
                  {result.names.length} files made{result.zipName ? ` and downloaded as ${result.zipName}` : ''}:
                  <ul className={styles.files} aria-label="Files in the pack">
                    {result.names.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                </MessageBarBody>
                {result.folder && (
                  <Button size="small" onClick={() => void host.openPath(result.folder!).catch((e: unknown) => notify.error(e))}>
                    Open folder
                  </Button>
                )}
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" icon={<DocumentFolder20Regular />} disabled={running} onClick={() => void build()}>
              {running ? 'Building…' : 'Build the pack'}
            </Button>
            <Button onClick={props.onClose} disabled={running}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
