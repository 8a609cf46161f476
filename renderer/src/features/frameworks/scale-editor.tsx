import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, ArrowDown16Regular, ArrowUp16Regular, Delete16Regular } from '@fluentui/react-icons';
import type { FrameworkDoc } from '../../../../shared/domain/framework';
import { NumberInput } from '../../components/number-input';
import { move, newLevel, orNull, removeAt, replaceAt, textOn, type Level } from './doc-edit';
import { roProps } from '../../components/read-only';

type Scale = FrameworkDoc['scale'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  top: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: tokens.spacingHorizontalXL, alignItems: 'start', maxWidth: '1100px' },
  chip: {
    display: 'inline-block',
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  colour: { width: '40px', height: '28px', padding: 0, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusSmall, cursor: 'pointer' },
  table: { tableLayout: 'fixed', width: '100%' },
  fill: { width: '100%', minWidth: 0 },
  actions: { whiteSpace: 'nowrap' },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  preview: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export function LevelChip(props: { level: Pick<Level, 'label' | 'colour' | 'code'> }) {
  const styles = useStyles();
  return (
    <span className={styles.chip} style={{ backgroundColor: props.level.colour, color: textOn(props.level.colour) }}>
      {props.level.label || props.level.code || '(no label)'}
    </span>
  );
}

/** The rating scale: ordered levels (or numeric bands) with labels, colours and scores. */
export function ScaleEditor(props: { scale: Scale; readOnly: boolean; onChange: (scale: Scale) => void }) {
  const styles = useStyles();
  const { scale, readOnly } = props;
  const set = (patch: Partial<Scale>) => props.onChange({ ...scale, ...patch });
  const setLevel = (i: number, patch: Partial<Level>) => set({ levels: replaceAt(scale.levels, i, { ...scale.levels[i]!, ...patch }) });
  const numeric = scale.kind === 'numeric';

  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <Field label="Scale name" required={!readOnly}>
          <Input value={scale.name} {...roProps(readOnly)} onChange={(_, d) => set({ name: d.value })} />
        </Field>
        <Field label="Kind of scale">
          <RadioGroup value={scale.kind} disabled={readOnly} onChange={(_, d) => set({ kind: d.value as Scale['kind'] })}>
            <Radio value="levels" label="Ordered levels (e.g. Good, Requires improvement)" />
            <Radio value="numeric" label="Numbers with colour bands (e.g. 0-100%)" />
          </RadioGroup>
        </Field>
        <Field label="Direction">
          <Switch
            checked={scale.higherIsBetter}
            disabled={readOnly}
            label={scale.higherIsBetter ? 'Higher scores are better' : 'Lower scores are better (1 is best)'}
            onChange={(_, d) => set({ higherIsBetter: d.checked })}
          />
        </Field>
        <Field label="Not applicable">
          <Switch checked={scale.allowsNa} disabled={readOnly} label="Allow “not applicable” (left out of scores)" onChange={(_, d) => set({ allowsNa: d.checked })} />
        </Field>
        {scale.allowsNa && (
          <Field label="Label for not applicable">
            <Input value={scale.naLabel} {...roProps(readOnly)} onChange={(_, d) => set({ naLabel: d.value })} />
          </Field>
        )}
        {numeric && (
          <>
            <Field label="Lowest value" required={!readOnly}>
              <NumberInput value={scale.min} {...roProps(readOnly)} onValueChange={(v) => set({ min: v })} />
            </Field>
            <Field label="Highest value" required={!readOnly}>
              <NumberInput value={scale.max} {...roProps(readOnly)} onValueChange={(v) => set({ max: v })} />
            </Field>
            <Field label="Step" required={!readOnly}>
              <NumberInput value={scale.step} {...roProps(readOnly)} onValueChange={(v) => set({ step: v })} />
            </Field>
          </>
        )}
      </div>
      <h3 className={styles.heading}>{numeric ? 'Colour bands' : 'Levels'}</h3>
      <Table size="small" aria-label={numeric ? 'Colour bands' : 'Levels'} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: 90 }}>Code</TableHeaderCell>
            <TableHeaderCell style={{ width: 210 }}>Label</TableHeaderCell>
            <TableHeaderCell style={{ width: 70 }}>Colour</TableHeaderCell>
            <TableHeaderCell style={{ width: 190 }}>Preview</TableHeaderCell>
            <TableHeaderCell style={{ width: 80 }}>Score</TableHeaderCell>
            {numeric && <TableHeaderCell style={{ width: 80 }}>From</TableHeaderCell>}
            {numeric && <TableHeaderCell style={{ width: 80 }}>To</TableHeaderCell>}
            <TableHeaderCell>Description</TableHeaderCell>
            {!readOnly && <TableHeaderCell style={{ width: 110 }}>Order</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {scale.levels.map((l, i) => {
            const n = `Level ${i + 1}`;
            return (
              <TableRow key={i}>
                <TableCell>
                  <Input size="small" className={styles.fill} aria-label={`${n} code`} value={l.code} {...roProps(readOnly)} onChange={(_, d) => setLevel(i, { code: d.value })} />
                </TableCell>
                <TableCell>
                  <Input size="small" className={styles.fill} aria-label={`${n} label`} value={l.label} {...roProps(readOnly)} onChange={(_, d) => setLevel(i, { label: d.value })} />
                </TableCell>
                <TableCell>
                  <input
                    type="color"
                    className={styles.colour}
                    aria-label={`${n} colour`}
                    value={l.colour}
                    disabled={readOnly}
                    onChange={(e) => setLevel(i, { colour: e.target.value.toUpperCase() })}
                  />
                </TableCell>
                <TableCell>
                  <LevelChip level={l} />
                </TableCell>
                <TableCell>
                  <NumberInput size="small" className={styles.fill} aria-label={`${n} score`} value={l.score} {...roProps(readOnly)} onValueChange={(v) => setLevel(i, { score: v ?? 0 })} />
                </TableCell>
                {numeric && (
                  <TableCell>
                    <NumberInput size="small" className={styles.fill} aria-label={`${n} from`} value={l.bandMin} {...roProps(readOnly)} onValueChange={(v) => setLevel(i, { bandMin: v })} />
                  </TableCell>
                )}
                {numeric && (
                  <TableCell>
                    <NumberInput size="small" className={styles.fill} aria-label={`${n} to`} value={l.bandMax} {...roProps(readOnly)} onValueChange={(v) => setLevel(i, { bandMax: v })} />
                  </TableCell>
                )}
                <TableCell>
                  <Input
                    size="small"
                    aria-label={`${n} description`}
                    value={l.description ?? ''}
                    {...roProps(readOnly)}
                    className={styles.fill}
                    onChange={(_, d) => setLevel(i, { description: orNull(d.value) })}
                  />
                </TableCell>
                {!readOnly && (
                  <TableCell className={styles.actions}>
                    <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} aria-label={`Move ${n} up`} disabled={i === 0} onClick={() => set({ levels: move(scale.levels, i, -1) })} />
                    <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} aria-label={`Move ${n} down`} disabled={i === scale.levels.length - 1} onClick={() => set({ levels: move(scale.levels, i, 1) })} />
                    <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove ${n}`} onClick={() => set({ levels: removeAt(scale.levels, i) })} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {!readOnly && (
        <div>
          <Button icon={<Add20Regular />} onClick={() => set({ levels: [...scale.levels, newLevel(scale)] })}>
            {numeric ? 'Add band' : 'Add level'}
          </Button>
        </div>
      )}
      <div className={styles.preview} aria-label="How the scale looks">
        <span>Preview:</span>
        {scale.levels.map((l, i) => (
          <LevelChip key={i} level={l} />
        ))}
        {scale.allowsNa && <LevelChip level={{ label: scale.naLabel, colour: '#FFFFFF', code: 'N/A' }} />}
      </div>
    </div>
  );
}
