import { Field, Select } from '@fluentui/react-components';
import { ACTION_PRIORITIES, ACTION_PRIORITY_LABELS, type ActionPriority } from '../../../shared/domain/action';

/** An action's priority (High, Medium, Low): on the action form, for weak ratings and for audit recommendations. */
export function PriorityField(props: {
  label: string;
  value: ActionPriority;
  onChange: (value: ActionPriority) => void;
  error?: string | undefined;
  disabled?: boolean;
  /** For a Select that fills its grid cell. */
  className?: string;
}) {
  return (
    <Field label={props.label} validationMessage={props.error}>
      <Select
        className={props.className}
        select={props.className ? { className: props.className } : undefined}
        value={props.value}
        disabled={props.disabled}
        onChange={(_, d) => props.onChange(d.value as ActionPriority)}
      >
        {ACTION_PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {ACTION_PRIORITY_LABELS[p]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
