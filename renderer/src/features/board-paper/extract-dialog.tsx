import { Checkbox, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import type { ApiInput } from '../../../../shared/api/contract';
import { ChoiceDialog } from '../../components/choice-dialog';
import { formatDate } from '../../components/format-date';
import { NumberInput } from '../../components/number-input';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';

const MAX = 10;

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', maxHeight: '260px', overflowY: 'auto', paddingLeft: tokens.spacingHorizontalL },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  when: { color: tokens.colorNeutralForeground3 },
  fieldset: { border: 'none', margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** Which cycles the annual-report extract covers: the latest few, or ones the user ticks. */
export function ExtractDialog(props: { open: boolean; currentCycleId: number; onClose: () => void; onGenerate: (input: ApiInput<'annualExtract.generate'>) => void }) {
  const styles = useStyles();
  const api = useApi();
  const cycles = useApiData(() => (props.open ? api.call('cycles.list') : Promise.resolve([] as CycleSummary[])), [api, props.open], ['cycles']);
  const [mode, setMode] = useState<'latest' | 'chosen'>('latest');
  const [count, setCount] = useState<number | null>(3);
  const [chosen, setChosen] = useState<number[]>([]);

  useEffect(() => {
    if (props.open) setChosen([props.currentCycleId]);
  }, [props.open, props.currentCycleId]);

  const list = cycles.data ?? [];
  const countOk = count !== null && Number.isInteger(count) && count >= 1 && count <= MAX;
  const ok = mode === 'latest' ? countOk : chosen.length >= 1 && chosen.length <= MAX;
  const toggle = (id: number, on: boolean) => setChosen(on ? [...chosen, id] : chosen.filter((x) => x !== id));

  return (
    <ChoiceDialog
      open={props.open}
      onClose={props.onClose}
      title="Annual report extract"
      actionLabel="Create extract"
      actionDisabled={!ok}
      onAction={() => props.onGenerate(mode === 'latest' ? { count: count ?? 3 } : { cycleIds: chosen, count: 3 })}
      contentClassName={styles.content}
    >
      <p className={styles.note}>Partnership-wide figures across cycles, with charts: return rates, ratings after moderation and actions, oldest cycle first.</p>
      <Field label="Cycles to cover">
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as 'latest' | 'chosen')}>
          <Radio value="latest" label="The latest cycles" />
          <Radio value="chosen" label="Cycles I choose" />
        </RadioGroup>
      </Field>
      {mode === 'latest' ? (
        <Field label="How many of the latest cycles" validationMessage={countOk ? undefined : `Give a number from 1 to ${MAX}.`}>
          <NumberInput value={count} onValueChange={setCount} style={{ width: 90 }} />
        </Field>
      ) : (
        // A fieldset, not a Field: a Field would hand its label to the first checkbox.
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{`Cycles (${chosen.length} chosen, up to ${MAX})`}</legend>
          <div className={styles.list} role="group" aria-label="Cycles">
            {list.map((c) => (
              <Checkbox
                key={c.id}
                checked={chosen.includes(c.id)}
                onChange={(_, d) => toggle(c.id, d.checked === true)}
                label={
                  <>
                    {c.name} <span className={styles.when}>· {c.periodLabel}{c.finalDeadline ? ` · final deadline ${formatDate(c.finalDeadline)}` : ''}</span>
                  </>
                }
              />
            ))}
          </div>
          {(chosen.length > MAX || !chosen.length) && (
            <div className={styles.error} role="alert">
              {chosen.length > MAX ? `Choose ${MAX} or fewer.` : 'Choose at least one cycle.'}
            </div>
          )}
        </fieldset>
      )}
    </ChoiceDialog>
  );
}
