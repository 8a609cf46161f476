import { Field, Input } from '@fluentui/react-components';
import { format, isValid, parse } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { useEffect, useState } from 'react';
import { formatDate } from './format-date';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{2}|\d{4})$/;

const isoOf = (y: number, m: number, d: number): string | null => {
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? format(date, 'yyyy-MM-dd') : null;
};

/** What people type in England: 18/11/2024, 18.11.24, 18 November 2024, 18 Nov 2024; also 2024-11-18. */
export function parseUkDate(text: string): string | null {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(t);
  if (m) return isoOf(m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[2]), Number(m[1]));
  for (const pattern of ['d MMMM yyyy', 'd MMM yyyy']) {
    const d = parse(t, pattern, new Date(), { locale: enGB });
    if (isValid(d)) return format(d, 'yyyy-MM-dd');
  }
  return null;
}

const shown = (iso: string) => (ISO.test(iso) ? format(parse(iso, 'yyyy-MM-dd', new Date()), 'dd/MM/yyyy') : iso);

/**
 * A date typed the English way (the browser's own date box follows the computer's language, which can be
 * American), stored as yyyy-mm-dd and written out under the box: "18 November 2024". Text that is not a
 * date is passed on as typed, so the form's check refuses it.
 */
export function DateField(props: { label: string; value: string; onChange: (v: string) => void; error?: string; hint?: string; required?: boolean }) {
  const [text, setText] = useState(shown(props.value));
  useEffect(() => {
    if ((parseUkDate(text) ?? text.trim()) !== props.value) setText(shown(props.value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  const parsed = parseUkDate(text);
  const bad = text.trim() !== '' && parsed === null;
  const error = bad ? 'Not a date: type it as 18/11/2024.' : props.error;
  return (
    <Field label={props.label} required={props.required} validationMessage={error} hint={error ? undefined : formatDate(parsed) || props.hint || 'Not set'}>
      <Input
        value={text}
        placeholder="dd/mm/yyyy"
        onChange={(_, d) => {
          setText(d.value);
          props.onChange(d.value.trim() === '' ? '' : (parseUkDate(d.value) ?? d.value.trim()));
        }}
        onBlur={() => parsed && setText(shown(parsed))}
      />
    </Field>
  );
}
