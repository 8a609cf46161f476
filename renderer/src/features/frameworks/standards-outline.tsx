import { Button, Field, Input, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowDown16Regular, ArrowUp16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FrameworkDoc } from '../../../../shared/domain/framework';
import { insertAt, move, newItem, newStandard, orNull, removeAt, replaceAt, type Standard } from './doc-edit';
import { ItemEditor, type SectorName } from './item-editor';
import { roProps } from '../../components/read-only';

const useStyles = makeStyles({
  shrink: { minWidth: 0, width: '100%' },
  root: { display: 'grid', gridTemplateColumns: '300px minmax(0, 1fr)', gridTemplateRows: 'minmax(0, 1fr)', gap: tokens.spacingHorizontalXL, minHeight: 0, flex: 1 },
  nav: { display: 'flex', flexDirection: 'column', minHeight: 0, gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    flex: 1,
    minHeight: 0,
    overflowY: 'auto',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingRight: tokens.spacingHorizontalS,
  },
  entry: {
    width: '100%',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: 'inherit',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    display: 'flex',
    flexDirection: 'column',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  count: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  pane: { overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingRight: tokens.spacingHorizontalS },
  paneHead: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  h3: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  fields: { display: 'grid', alignItems: 'start', gridTemplateColumns: '110px 1fr', gap: tokens.spacingHorizontalM },
  full: { gridColumn: '1 / -1' },
  add: { alignSelf: 'flex-start' },
});

/** Standards on the left; the chosen standard and its items on the right. */
export function StandardsOutline(props: { doc: FrameworkDoc; sectors: SectorName[]; readOnly: boolean; onChange: (doc: FrameworkDoc) => void }) {
  const styles = useStyles();
  const { doc, readOnly } = props;
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, doc.standards.length - 1);
  const standard = doc.standards[index];
  const setStandards = (standards: Standard[]) => props.onChange({ ...doc, standards });
  const setStandard = (patch: Partial<Standard>) => standard && setStandards(replaceAt(doc.standards, index, { ...standard, ...patch }));
  const wordingSectors = doc.wordingSectors.map((code) => props.sectors.find((s) => s.code === code) ?? { code, name: code });

  return (
    <div className={styles.root}>
      <nav aria-label="Standards" className={styles.nav}>
        <ol className={styles.list}>
          {doc.standards.map((s, i) => (
            <li key={i}>
              <button
                type="button"
                className={mergeClasses(styles.entry, i === index && styles.selected)}
                aria-current={i === index ? 'true' : undefined}
                onClick={() => setSelected(i)}
              >
                <span>
                  {s.number}. {s.title || '(untitled)'}
                </span>
                <span className={styles.count}>
                  {s.items.length} {s.items.length === 1 ? 'item' : 'items'}
                </span>
              </button>
            </li>
          ))}
        </ol>
        {!readOnly && (
          <Button
            className={styles.add}
            icon={<Add20Regular />}
            onClick={() => {
              setStandards(insertAt(doc.standards, doc.standards.length, newStandard(doc)));
              setSelected(doc.standards.length);
            }}
          >
            Add standard
          </Button>
        )}
      </nav>
      {standard ? (
        <section className={styles.pane} aria-label={`Standard ${standard.number}`}>
          <div className={styles.paneHead}>
            <h3 className={styles.h3}>
              Standard {standard.number}: {standard.title}
            </h3>
            {!readOnly && (
              <span>
                <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} disabled={index === 0} onClick={() => (setStandards(move(doc.standards, index, -1)), setSelected(index - 1))}>
                  Move up
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowDown16Regular />}
                  disabled={index === doc.standards.length - 1}
                  onClick={() => (setStandards(move(doc.standards, index, 1)), setSelected(index + 1))}
                >
                  Move down
                </Button>
                <Button size="small" appearance="subtle" icon={<Delete16Regular />} disabled={doc.standards.length === 1} onClick={() => setStandards(removeAt(doc.standards, index))}>
                  Remove standard
                </Button>
              </span>
            )}
          </div>
          <div className={styles.fields}>
            <Field label="Number" required={!readOnly}>
              <Input className={styles.shrink} value={standard.number} {...roProps(readOnly)} onChange={(_, d) => setStandard({ number: d.value })} />
            </Field>
            <Field label="Standard title" required={!readOnly}>
              <Input value={standard.title} {...roProps(readOnly)} onChange={(_, d) => setStandard({ title: d.value })} />
            </Field>
            <Field label="Standard guidance" className={styles.full}>
              <Textarea value={standard.guidance ?? ''} {...roProps(readOnly)} rows={3} resize="vertical" onChange={(_, d) => setStandard({ guidance: orNull(d.value) })} />
            </Field>
          </div>
          {standard.items.map((item, j) => (
            <ItemEditor
              key={j}
              item={item}
              position={j}
              count={standard.items.length}
              wordingSectors={wordingSectors}
              {...roProps(readOnly)}
              onChange={(it) => setStandard({ items: replaceAt(standard.items, j, it) })}
              onMove={(by) => setStandard({ items: move(standard.items, j, by) })}
              onRemove={() => setStandard({ items: removeAt(standard.items, j) })}
            />
          ))}
          {!readOnly && (
            <div>
              <Button icon={<Add20Regular />} onClick={() => setStandard({ items: [...standard.items, newItem(standard)] })}>
                Add item
              </Button>
            </div>
          )}
        </section>
      ) : (
        <p>This framework has no standards yet.</p>
      )}
    </div>
  );
}
