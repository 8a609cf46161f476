import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { parseClock } from './scrutiny-format';

/**
 * A time of day on the 24-hour clock ("14:30"). The browser's own time box follows the computer's language
 * (it may show am/pm), so this is a text box that takes 9:30, 0930 or 9.30 and keeps "09:30".
 */
export function TimeField(props: { label: string; value: string; onChange: (v: string) => void; error?: string; required?: boolean; className?: string }) {
  const [text, setText] = useState(props.value);
  useEffect(() => {
    if ((parseClock(text) ?? text.trim()) !== props.value) setText(props.value);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  const parsed = parseClock(text);
  const bad = text.trim() !== '' && parsed === null;
  return (
    <Field label={props.label} required={props.required} className={props.className} validationMessage={bad ? 'Not a time: type it as 14:30.' : props.error}>
      <Input
        value={text}
        placeholder="hh:mm"
        inputMode="numeric"
        onChange={(_, d) => {
          setText(d.value);
          props.onChange(parseClock(d.value) ?? d.value.trim());
        }}
        onBlur={() => parsed && setText(parsed)}
      />
    </Field>
  );
}
