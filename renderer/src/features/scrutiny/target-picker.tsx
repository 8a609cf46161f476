import { Combobox, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { TargetOption } from '../actions/use-action-lookups';

/** Choose a standard or item of the cycle's framework by typing its number or words ("9.3", "supervision"). */
export function TargetPicker(props: { label: string; targets: TargetOption[]; exclude?: ReadonlySet<string>; onPick: (t: TargetOption) => void; placeholder?: string }) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    const open = props.targets.filter((t) => !props.exclude?.has(t.key));
    return (q ? open.filter((t) => t.label.toLowerCase().includes(q)) : open).slice(0, 80);
  }, [props.targets, props.exclude, query]);
  return (
    <Combobox
      aria-label={props.label}
      placeholder={props.placeholder ?? 'Type a number or words'}
      value={query}
      selectedOptions={[]}
      onChange={(e) => setQuery(e.target.value)}
      onOptionSelect={(_, d) => {
        const t = props.targets.find((x) => x.key === d.optionValue);
        setQuery('');
        if (t) props.onPick(t);
      }}
    >
      {matches.map((t) => (
        <Option key={t.key} value={t.key} text={t.label}>
          {t.label}
        </Option>
      ))}
    </Combobox>
  );
}
