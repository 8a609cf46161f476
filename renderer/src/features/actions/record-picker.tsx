import { Combobox, Option } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';

export interface PickOption {
  id: number;
  text: string;
  /** Shown after the name ("— Safeguarding lead"). */
  detail?: string | null;
}

/**
 * Choose one record by typing part of its name (agencies, contacts): the list narrows as you type, and
 * leaving the box without choosing puts back the current choice. `freeText` keeps typed words that match
 * no record (an owner who is not a contact): typing calls freeText.onChange, choosing calls onChange.
 */
export function RecordPicker(props: {
  label: string;
  options: PickOption[];
  value: number | null;
  onChange: (id: number | null) => void;
  placeholder?: string;
  disabled?: boolean;
  freeText?: { value: string; onChange: (text: string) => void };
  className?: string;
}) {
  const { options, value, freeText } = props;
  const chosen = options.find((o) => o.id === value) ?? null;
  const shown = chosen?.text ?? freeText?.value ?? '';
  const [query, setQuery] = useState(shown);
  useEffect(() => setQuery(shown), [shown]);

  // Sixty at most: the list is for finding a known name, not for browsing.
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    const all = !q || q === chosen?.text.toLowerCase() ? options : options.filter((o) => `${o.text} ${o.detail ?? ''}`.toLowerCase().includes(q));
    return all.slice(0, 60);
  }, [options, query, chosen]);

  return (
    <Combobox
      aria-label={props.label}
      className={props.className}
      placeholder={props.placeholder}
      disabled={props.disabled}
      clearable
      freeform={Boolean(freeText)}
      value={query}
      selectedOptions={chosen ? [String(chosen.id)] : []}
      onChange={(e) => {
        setQuery(e.target.value);
        // Typed words replace the chosen record; the caller clears its id.
        freeText?.onChange(e.target.value);
      }}
      onOptionSelect={(_, d) => {
        const id = d.optionValue ? Number(d.optionValue) : null;
        setQuery(d.optionText ?? '');
        props.onChange(id);
      }}
      onBlur={() => {
        if (!freeText) setQuery(chosen?.text ?? '');
      }}
    >
      {matches.map((o) => (
        <Option key={o.id} value={String(o.id)} text={o.text}>
          {o.detail ? `${o.text} — ${o.detail}` : o.text}
        </Option>
      ))}
    </Combobox>
  );
}
