import { Button, Combobox, Option, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { PickOption } from '../actions/record-picker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    padding: `0 0 0 ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  none: { color: tokens.colorNeutralForeground3 },
});

/** Several records (agencies, people): type to add one, each chosen shown with a button to take it off. */
export function AgencyListPicker(props: {
  label: string;
  options: PickOption[];
  value: number[];
  onChange: (ids: number[]) => void;
  locked?: Set<number>;
  /** The list's name and what to say when it is empty; agencies by default. */
  listLabel?: string;
  emptyText?: string;
  placeholder?: string;
}) {
  const styles = useStyles();
  const chosen = props.value.map((id) => props.options.find((o) => o.id === id) ?? { id, text: `Record ${id}` });
  const [query, setQuery] = useState('');
  // Those not chosen yet that match what is typed; sixty at most, the list is for finding a known name.
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return props.options.filter((o) => !props.value.includes(o.id) && (!q || `${o.text} ${o.detail ?? ''}`.toLowerCase().includes(q))).slice(0, 60);
  }, [props.options, props.value, query]);
  return (
    <div className={styles.root}>
      <Combobox
        aria-label={props.label}
        placeholder={props.placeholder ?? 'Type part of an agency’s name to add it'}
        value={query}
        selectedOptions={[]}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, d) => {
          // The box empties after each choice, ready for the next one.
          setQuery('');
          if (d.optionValue) props.onChange([...props.value, Number(d.optionValue)]);
        }}
      >
        {matches.map((o) => (
          <Option key={o.id} value={String(o.id)} text={o.text}>
            {o.detail ? `${o.text} — ${o.detail}` : o.text}
          </Option>
        ))}
      </Combobox>
      {chosen.length ? (
        <ul className={styles.list} aria-label={props.listLabel ?? 'Agencies involved'}>
          {chosen.map((o) => (
            <li key={o.id} className={styles.chip}>
              {o.text}
              <Button
                size="small"
                appearance="subtle"
                icon={<Dismiss16Regular />}
                aria-label={`Remove ${o.text}`}
                disabled={props.locked?.has(o.id)}
                title={props.locked?.has(o.id) ? 'This agency’s return is under way' : undefined}
                onClick={() => props.onChange(props.value.filter((x) => x !== o.id))}
              />
            </li>
          ))}
        </ul>
      ) : (
        <span className={styles.none}>{props.emptyText ?? 'No agencies yet: each agency added gets a return to complete for this case.'}</span>
      )}
    </div>
  );
}
