import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { LoadError, Loading } from '../../components/page';
import { useRowSelection, useSelectedIds } from '../../components/row-selection';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { AgencyScopePicker } from './agency-scope-picker';

const useStyles = makeStyles({
  surface: { width: 'min(1180px, 94vw)', maxWidth: 'none', height: 'min(820px, 92vh)' },
  body: { height: '100%', gridTemplateRows: 'auto 1fr auto' },
  content: { display: 'flex', flexDirection: 'column', minHeight: 0 },
});

/** Active agencies from the register that are not yet in the cycle, to add to its scope. */
export function AddAgenciesDialog(props: { open: boolean; exclude: number[]; busy: boolean; onAdd: (ids: number[]) => void; onCancel: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const agencies = useApiData(() => (props.open ? api.call('agencies.list', {}) : Promise.resolve([])), [api, props.open], ['agencies']);
  const selection = useRowSelection();
  const chosen = useSelectedIds(selection);
  const excludeKey = props.exclude.join(',');
  const candidates = useMemo(() => {
    const out = new Set(excludeKey ? excludeKey.split(',').map(Number) : []);
    return (agencies.data ?? []).filter((a) => a.active && !out.has(a.id));
  }, [agencies.data, excludeKey]);
  useEffect(() => {
    if (props.open) selection.clear();
  }, [props.open, selection]);

  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody className={styles.body}>
          <DialogTitle>Add agencies to the cycle</DialogTitle>
          <DialogContent className={styles.content}>
            {agencies.error ? <LoadError error={agencies.error} what="the agencies" /> : null}
            {agencies.data ? <AgencyScopePicker agencies={candidates} selection={selection} gridId="add-scope-agencies" countText={(n) => `${n} chosen to add`} /> : <Loading />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!chosen.length || props.busy} onClick={() => props.onAdd(chosen)}>
              Add {chosen.length} {chosen.length === 1 ? 'agency' : 'agencies'}
            </Button>
            <Button onClick={props.onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
