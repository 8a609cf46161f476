import { Select } from '@fluentui/react-components';

/**
 * One record chosen by id from a short list (a cycle, a group), or none: the empty first option says what none
 * means ("Any cycle", "Not tied to a cycle").
 */
export function IdSelect<T extends { id: number; name: string }>(props: {
  items: readonly T[];
  value: number | null | undefined;
  onChange: (id: number | null) => void;
  emptyLabel: string;
  /** The option's text when more than the name ("Safeguarding group (inactive)"). */
  label?: (item: T) => string;
  className?: string;
  /** Also on the native select, for one that fills its grid cell. */
  fill?: boolean;
  size?: 'small' | 'medium' | 'large';
  disabled?: boolean;
}) {
  return (
    <Select
      size={props.size}
      className={props.className}
      select={props.fill && props.className ? { className: props.className } : undefined}
      value={props.value ? String(props.value) : ''}
      disabled={props.disabled}
      onChange={(_, d) => props.onChange(d.value ? Number(d.value) : null)}
    >
      <option value="">{props.emptyLabel}</option>
      {props.items.map((item) => (
        <option key={item.id} value={String(item.id)}>
          {props.label ? props.label(item) : item.name}
        </option>
      ))}
    </Select>
  );
}
