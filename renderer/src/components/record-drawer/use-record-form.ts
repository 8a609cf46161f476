import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { useNotify } from '../../app/notify';
import { serverFieldErrors, validate, type FieldErrors } from '../form-errors';

export interface RecordFormOptions<R, V, I> {
  /** The record as loaded: null while it loads, or for a new one. The form resets to it whenever it changes. */
  record: R | null;
  empty: V;
  toForm: (record: R) => V;
  toInput: (values: V) => I;
  /** Checked in the renderer first, so mistakes show next to the fields without a round trip. */
  schema: z.ZodType;
  /** Friendlier wording for some of the schema's messages (a select that reports a number, say). */
  wording?: (errors: FieldErrors) => FieldErrors;
  /** Create or update; resolves to the record as the server now has it. */
  persist: (input: I) => Promise<R>;
  onSaved: (saved: R) => void;
  /** Title of the error message when saving fails: "The agency was not saved". */
  failMessage: string;
}

export interface RecordForm<V> {
  values: V;
  setValues: (values: V) => void;
  errors: FieldErrors;
  dirty: boolean;
  /** Saving, or running another change through `run`: the drawer's buttons wait meanwhile. */
  saving: boolean;
  save: () => Promise<void>;
  run: (failMessage: string, action: () => Promise<void>) => Promise<void>;
  /** The drawer's open tab. It lives here because a save that fails validation goes back to Details. */
  tab: string;
  setTab: (tab: string) => void;
}

/** Form state of one record in a RecordDrawer: load, edit, validate, save, and whether anything is unsaved. */
export function useRecordForm<R, V, I>(opts: RecordFormOptions<R, V, I>): RecordForm<V> {
  const notify = useNotify();
  const [initial, setInitial] = useState<V>(opts.empty);
  const [values, setValues] = useState<V>(opts.empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tab, setTab] = useState('details');
  const [saving, setSaving] = useState(false);

  const { record } = opts;
  // Watches the record only: an inline toForm must not reset the form on every render.
  useEffect(() => {
    if (record) {
      const v = opts.toForm(record);
      setInitial(v);
      setValues(v);
      setErrors({});
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record]);

  // Form values are plain data, so comparing their JSON is enough to tell an edit.
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  const save = async () => {
    const input = opts.toInput(values);
    const checked = validate(opts.schema, input);
    if (!checked.ok) {
      setErrors(opts.wording ? opts.wording(checked.errors) : checked.errors);
      setTab('details');
      return;
    }
    setSaving(true);
    try {
      const saved = await opts.persist(input);
      const v = opts.toForm(saved);
      setInitial(v);
      setValues(v);
      setErrors({});
      opts.onSaved(saved);
    } catch (err) {
      const fieldErrors = serverFieldErrors(err);
      if (fieldErrors) setErrors(fieldErrors);
      notify.error(err, opts.failMessage);
    } finally {
      setSaving(false);
    }
  };

  const run = async (failMessage: string, action: () => Promise<void>) => {
    setSaving(true);
    try {
      await action();
    } catch (err) {
      notify.error(err, failMessage);
    } finally {
      setSaving(false);
    }
  };

  return { values, setValues, errors, dirty, saving, save, run, tab, setTab };
}
