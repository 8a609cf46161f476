import { useEffect, useRef, useState } from 'react';

/**
 * An editable copy of saved values. When the saved values change (this section was saved, or the data was
 * reloaded with something new), the copy follows them; a save elsewhere that leaves them alone keeps the edits.
 */
export function useDraft<T>(base: T): { values: T; setValues: (v: T | ((old: T) => T)) => void; dirty: boolean; reset: () => void } {
  const json = JSON.stringify(base);
  const [values, setValues] = useState<T>(base);
  const last = useRef(json);
  useEffect(() => {
    if (last.current === json) return;
    last.current = json;
    setValues(JSON.parse(json) as T);
  }, [json]);
  return { values, setValues, dirty: JSON.stringify(values) !== json, reset: () => setValues(JSON.parse(json) as T) };
}
