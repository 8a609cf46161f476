import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular, Delete16Regular } from '@fluentui/react-icons';
import { orNull, type Item } from './doc-edit';
import { roProps } from '../../components/read-only';

const useStyles = makeStyles({
  shrink: { minWidth: 0, width: '100%' },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'grid',
    alignItems: 'start',
    gridTemplateColumns: '110px 1fr',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { gridColumn: '1 / -1', display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  title: { fontWeight: tokens.fontWeightSemibold },
  wide: { gridColumn: '2 / -1' },
  full: { gridColumn: '1 / -1' },
  wording: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface SectorName {
  code: string;
  name: string;
}

/** One checklist item: number, text, evidence prompt, guidance and any sector wordings. */
export function ItemEditor(props: {
  item: Item;
  position: number;
  count: number;
  wordingSectors: SectorName[];
  readOnly: boolean;
  onChange: (item: Item) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const { item, readOnly } = props;
  const set = (patch: Partial<Item>) => props.onChange({ ...item, ...patch });
  const label = `Item ${item.number || props.position + 1}`;

  const setWording = (code: string, patch: { text?: string; evidencePrompt?: string | null }) => {
    const existing = item.wordings.find((w) => w.sectorCode === code) ?? { sectorCode: code, text: '', evidencePrompt: null };
    const next = { ...existing, ...patch };
    const others = item.wordings.filter((w) => w.sectorCode !== code);
    set({ wordings: next.text === '' && !next.evidencePrompt ? others : [...others, next] });
  };

  return (
    <div className={styles.card} role="group" aria-label={label}>
      <div className={styles.head}>
        <span className={styles.title}>{label}</span>
        {!readOnly && (
          <span>
            <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} aria-label={`Move ${label} up`} disabled={props.position === 0} onClick={() => props.onMove(-1)} />
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowDown16Regular />}
              aria-label={`Move ${label} down`}
              disabled={props.position === props.count - 1}
              onClick={() => props.onMove(1)}
            />
            <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove ${label}`} onClick={props.onRemove} />
          </span>
        )}
      </div>
      <Field label="Number" required={!readOnly}>
        <Input className={styles.shrink} value={item.number} {...roProps(readOnly)} onChange={(_, d) => set({ number: d.value })} />
      </Field>
      <Field label="Item text" required={!readOnly}>
        <Textarea value={item.text} {...roProps(readOnly)} rows={2} resize="vertical" onChange={(_, d) => set({ text: d.value })} />
      </Field>
      <Field label="Evidence prompt" className={styles.full}>
        <Textarea value={item.evidencePrompt ?? ''} {...roProps(readOnly)} rows={2} resize="vertical" onChange={(_, d) => set({ evidencePrompt: orNull(d.value) })} />
      </Field>
      <Field label="Guidance" className={styles.full}>
        <Textarea value={item.guidance ?? ''} {...roProps(readOnly)} rows={1} resize="vertical" onChange={(_, d) => set({ guidance: orNull(d.value) })} />
      </Field>
      {props.wordingSectors.length > 0 && (
        <Accordion collapsible multiple className={styles.full}>
          {props.wordingSectors.map((s) => {
            const w = item.wordings.find((x) => x.sectorCode === s.code);
            return (
              <AccordionItem key={s.code} value={s.code}>
                <AccordionHeader size="small">
                  Wording for {s.name}
                  {w ? '' : ' (same as above)'}
                </AccordionHeader>
                <AccordionPanel className={styles.wording}>
                  <Field label={`Item text for ${s.name}`} hint="Leave empty to use the main wording.">
                    <Textarea value={w?.text ?? ''} {...roProps(readOnly)} rows={2} resize="vertical" onChange={(_, d) => setWording(s.code, { text: d.value })} />
                  </Field>
                  <Field label={`Evidence prompt for ${s.name}`}>
                    <Textarea
                      value={w?.evidencePrompt ?? ''}
                      {...roProps(readOnly)}
                      rows={2}
                      resize="vertical"
                      onChange={(_, d) => setWording(s.code, { evidencePrompt: orNull(d.value) })}
                    />
                  </Field>
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </div>
  );
}
