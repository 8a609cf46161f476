import { Input, type InputProps } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

/** A number box that lets people type "-" or "1." on the way to a number; empty means null. */
export function NumberInput(
  props: Omit<InputProps, 'value' | 'onChange' | 'type'> & { value: number | null; onValueChange: (v: number | null) => void },
) {
  const { value, onValueChange, ...rest } = props;
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => {
    const parsed = text.trim() === '' ? null : Number(text);
    if (parsed !== value) setText(value === null ? '' : String(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <Input
      {...rest}
      inputMode="decimal"
      value={text}
      onChange={(_, d) => {
        setText(d.value);
        const t = d.value.trim();
        if (t === '') onValueChange(null);
        else if (/^-?\d+(\.\d+)?$/.test(t)) onValueChange(Number(t));
      }}
    />
  );
}
