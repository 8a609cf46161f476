import { Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Sector } from '../../../../shared/domain/agency';
import { DUTIES, DUTY_LABELS, RATING_TARGETS, STANDARD_ROLLUPS, type RatingTarget, type StandardRollup } from '../../../../shared/domain/enums';
import type { FrameworkDoc } from '../../../../shared/domain/framework';
import { orNull } from './doc-edit';
import { roProps } from '../../components/read-only';

export const RATING_TARGET_LABELS: Record<RatingTarget, string> = {
  items: 'Each item',
  standards: 'Each standard',
  both: 'Each item and each standard',
};
export const ROLLUP_LABELS: Record<StandardRollup, string> = {
  lowest: 'The lowest item rating',
  average: 'The average of the item ratings',
  highest: 'The highest item rating',
  none: 'No roll-up (standards are rated directly)',
};

const useStyles = makeStyles({
  grid: { display: 'grid', alignItems: 'start', gridTemplateColumns: '1fr 1fr', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`, maxWidth: '980px' },
  wide: { gridColumn: '1 / -1' },
  checks: { display: 'flex', flexDirection: 'column' },
});

/** Name, version, description, duties, what is rated and how standards roll up. */
export function FrameworkDetailsForm(props: { doc: FrameworkDoc; sectors: Sector[]; readOnly: boolean; onChange: (doc: FrameworkDoc) => void }) {
  const styles = useStyles();
  const { doc, readOnly } = props;
  const set = (patch: Partial<FrameworkDoc>) => props.onChange({ ...doc, ...patch });
  const toggle = <T extends string>(list: T[], value: T, on: boolean, order: readonly T[]) =>
    on ? order.filter((x) => x === value || list.includes(x)) : list.filter((x) => x !== value);
  const sectorCodes = props.sectors.map((s) => s.code);
  const extraCodes = doc.wordingSectors.filter((c) => !sectorCodes.includes(c));

  return (
    <div className={styles.grid}>
      <Field label="Name" required={!readOnly} className={styles.wide}>
        <Input value={doc.name} {...roProps(readOnly)} onChange={(_, d) => set({ name: d.value })} />
      </Field>
      <Field label="Version label" required={!readOnly} hint="For example 2024/25 or 2026 draft">
        <Input value={doc.versionLabel} {...roProps(readOnly)} onChange={(_, d) => set({ versionLabel: d.value })} />
      </Field>
      <Field label="Family key" hint="Links the versions of one framework. Lower-case letters, digits and hyphens.">
        <Input value={doc.familyKey} {...roProps(true)} />
      </Field>
      <Field label="Description" className={styles.wide}>
        <Textarea value={doc.description ?? ''} {...roProps(readOnly)} rows={5} resize="vertical" onChange={(_, d) => set({ description: orNull(d.value) })} />
      </Field>
      <Field label="Written for agencies with these duties">
        <div className={styles.checks} role="group" aria-label="Duties">
          {DUTIES.map((d) => (
            <Checkbox
              key={d}
              label={DUTY_LABELS[d]}
              checked={doc.duties.includes(d)}
              disabled={readOnly}
              onChange={(_, c) => set({ duties: toggle(doc.duties, d, c.checked === true, DUTIES) })}
            />
          ))}
        </div>
      </Field>
      <Field label="Sectors with their own wording of items" hint="Each item can then be worded differently for these sectors.">
        <div className={styles.checks} role="group" aria-label="Sectors with their own wording">
          {[...props.sectors.map((s) => ({ code: s.code, name: s.name })), ...extraCodes.map((c) => ({ code: c, name: c }))].map((s) => (
            <Checkbox
              key={s.code}
              label={s.name}
              checked={doc.wordingSectors.includes(s.code)}
              disabled={readOnly}
              onChange={(_, c) =>
                set({ wordingSectors: c.checked ? [...doc.wordingSectors, s.code] : doc.wordingSectors.filter((x) => x !== s.code) })
              }
            />
          ))}
        </div>
      </Field>
      <Field label="What agencies rate">
        <Select value={doc.ratingTarget} disabled={readOnly} onChange={(_, d) => set({ ratingTarget: d.value as RatingTarget })}>
          {RATING_TARGETS.map((t) => (
            <option key={t} value={t}>
              {RATING_TARGET_LABELS[t]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="A standard's rating, when worked out from its items">
        <Select value={doc.standardRollup} disabled={readOnly} onChange={(_, d) => set({ standardRollup: d.value as StandardRollup })}>
          {STANDARD_ROLLUPS.map((t) => (
            <option key={t} value={t}>
              {ROLLUP_LABELS[t]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
