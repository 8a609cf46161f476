import {
  Badge,
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../confirm-dialog';
import { LoadError, Loading } from '../page';
import type { ApiData } from '../use-api-data';
import type { RecordForm } from './use-record-form';

const useStyles = makeStyles({
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  dirty: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightRegular },
  tabs: { marginTop: tokens.spacingVerticalS },
  body: { paddingTop: tokens.spacingVerticalM },
  footer: { justifyContent: 'space-between' },
  group: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface RecordDrawerProps {
  /** Lower case, for the shared wording: "New agency", "Create agency", "Could not load the agency". */
  noun: string;
  /** The record's id; null while creating one, when only the Details form is shown. */
  id: number | null;
  title: string;
  /** Sets the drawer's width. */
  className: string;
  detail: Pick<ApiData<{ active: boolean } | null>, 'data' | 'error' | 'reload'>;
  form: Pick<RecordForm<unknown>, 'dirty' | 'saving' | 'save' | 'tab' | 'setTab'>;
  details: ReactNode;
  /** The middle tab: the records this one is linked to. */
  related: { value: string; label: ReactNode; content: ReactNode };
  history: ReactNode;
  /** Above whichever tab is open (a warning that the record is inactive). */
  notice?: ReactNode;
  /** The footer's right-hand side (deactivate, reactivate). */
  actions?: ReactNode;
  onClose: () => void;
  /** The record's own dialogs. */
  children?: ReactNode;
}

/** A register record in a side drawer: title with unsaved marker, Details / related / History tabs, Save and Close. */
export function RecordDrawer(props: RecordDrawerProps) {
  const styles = useStyles();
  const { id, noun, title, detail, form, related } = props;
  const [confirmClose, setConfirmClose] = useState(false);
  const record = detail.data ?? null;
  const close = () => (form.dirty ? setConfirmClose(true) : props.onClose());

  return (
    <OverlayDrawer open position="end" className={props.className} onOpenChange={(_, d) => !d.open && close()} aria-label={id ? title : `New ${noun}`}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={close} />}>
          <span className={styles.titleRow}>
            {title}
            {record && !record.active && (
              <Badge appearance="tint" color="subtle">
                Inactive
              </Badge>
            )}
            {form.dirty && <span className={styles.dirty}>● Unsaved changes</span>}
          </span>
        </DrawerHeaderTitle>
        {id && (
          <TabList className={styles.tabs} selectedValue={form.tab} onTabSelect={(_, d) => form.setTab(String(d.value))}>
            <Tab value="details">Details</Tab>
            <Tab value={related.value}>{related.label}</Tab>
            <Tab value="history">History</Tab>
          </TabList>
        )}
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {detail.error ? (
          <LoadError error={detail.error} what={`the ${noun}`} onRetry={detail.reload} />
        ) : id && !record ? (
          <Loading />
        ) : (
          <>
            {props.notice}
            {form.tab === 'details' && props.details}
            {form.tab === related.value && related.content}
            {form.tab === 'history' && props.history}
          </>
        )}
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <div className={styles.group}>
          <Button appearance="primary" onClick={form.save} disabled={form.saving || (!form.dirty && Boolean(id))}>
            {form.saving ? 'Saving…' : id ? 'Save' : `Create ${noun}`}
          </Button>
          <Button onClick={close}>Close</Button>
        </div>
        {props.actions}
      </DrawerFooter>
      <ConfirmDialog
        open={confirmClose}
        title="Discard unsaved changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        onConfirm={() => {
          setConfirmClose(false);
          props.onClose();
        }}
        onCancel={() => setConfirmClose(false)}
      >
        {`You have changed this ${noun} without saving. If you close it now, the changes are lost.`}
      </ConfirmDialog>
      {props.children}
    </OverlayDrawer>
  );
}
