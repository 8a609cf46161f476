import { Badge, Toolbar, ToolbarButton, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowDown20Regular, ArrowUp20Regular, Delete20Regular, Eye20Regular, EyeOff20Regular, Table20Regular, Warning16Filled } from '@fluentui/react-icons';
import { useRef, type KeyboardEvent } from 'react';
import type { BoardPaperDraft } from '../../../../shared/domain/report';
import { movedKeys, outlineEntries, sectionState } from './outline-model';

export const HEADER_KEY = '#header';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', minHeight: 0, borderRight: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2 },
  toolbar: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap', backgroundColor: tokens.colorNeutralBackground1 },
  list: { listStyleType: 'none', margin: 0, padding: `${tokens.spacingVerticalXS} 0`, overflowY: 'auto', flex: 1 },
  item: {
    width: '100%',
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderLeft: '3px solid transparent',
    background: 'none',
    textAlign: 'left',
    cursor: 'pointer',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1, borderLeftColor: tokens.colorBrandStroke1, fontWeight: tokens.fontWeightSemibold },
  part: { paddingLeft: '28px', fontSize: tokens.fontSizeBase200 },
  hidden: { color: tokens.colorNeutralForeground4, textDecorationLine: 'line-through' },
  staleItem: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  number: { minWidth: '20px', color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  title: { flex: 1, minWidth: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: '4px', marginTop: '2px' },
  appendix: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  groupHead: { margin: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});

export interface OutlineCommands {
  select: (key: string) => void;
  /** Resolves when saved, so focus can follow the moved section. */
  reorder: (keys: string[]) => Promise<void>;
  setHidden: (key: string, hidden: boolean) => void;
  add: () => void;
  remove: (key: string) => void;
}

/** The paper's sections in order, Word's navigation pane style: select one to edit it; move, hide, add, remove. */
export function SectionOutline(props: { draft: BoardPaperDraft; selected: string; unsaved: ReadonlySet<string>; busy: boolean; commands: OutlineCommands }) {
  const styles = useStyles();
  const { draft, selected, commands } = props;
  const entries = outlineEntries(draft.sections);
  const listRef = useRef<HTMLOListElement>(null);
  const current = draft.sections.find((s) => s.key === selected) ?? null;
  const up = current ? movedKeys(draft.sections, current.key, -1) : null;
  const down = current ? movedKeys(draft.sections, current.key, 1) : null;

  const focusItem = (key: string) => listRef.current?.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(key)}"]`)?.focus();
  const keys = [HEADER_KEY, ...draft.sections.map((s) => s.key)];

  // Arrow keys walk the outline; Alt+Arrow moves the section, as in Word's navigation pane.
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, key: string) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const by = e.key === 'ArrowUp' ? -1 : 1;
    if (e.altKey && key !== HEADER_KEY) {
      const moved = movedKeys(draft.sections, key, by);
      // Moving the focused button in the DOM can drop focus; put it back on the moved section.
      if (moved && !props.busy) void commands.reorder(moved).then(() => requestAnimationFrame(() => focusItem(key)));
      return;
    }
    const next = keys[keys.indexOf(key) + by];
    if (next) {
      commands.select(next);
      focusItem(next);
    }
  };

  const label = current ? `“${current.title}”` : '';
  return (
    <nav className={styles.pane} aria-label="Board paper outline">
      <Toolbar className={styles.toolbar} size="small" aria-label="Section commands">
        <Tooltip content="Move up (Alt+Up)" relationship="description">
          <ToolbarButton icon={<ArrowUp20Regular />} aria-label={`Move ${label} up`} disabled={!up || props.busy} onClick={() => up && void commands.reorder(up)} />
        </Tooltip>
        <Tooltip content="Move down (Alt+Down)" relationship="description">
          <ToolbarButton icon={<ArrowDown20Regular />} aria-label={`Move ${label} down`} disabled={!down || props.busy} onClick={() => down && void commands.reorder(down)} />
        </Tooltip>
        <ToolbarButton
          icon={current?.hidden ? <Eye20Regular /> : <EyeOff20Regular />}
          disabled={!current || props.busy}
          onClick={() => current && commands.setHidden(current.key, !current.hidden)}
        >
          {current?.hidden ? 'Show' : 'Hide'}
        </ToolbarButton>
        <ToolbarButton icon={<Add20Regular />} disabled={props.busy} onClick={commands.add}>
          Add section
        </ToolbarButton>
        {current?.kind === 'custom' && (
          <ToolbarButton icon={<Delete20Regular />} disabled={props.busy} onClick={() => commands.remove(current.key)}>
            Remove
          </ToolbarButton>
        )}
      </Toolbar>
      <ol className={styles.list} ref={listRef} aria-label="Sections">
        <li>
          <button
            type="button"
            data-key={HEADER_KEY}
            className={mergeClasses(styles.item, selected === HEADER_KEY && styles.selected)}
            aria-current={selected === HEADER_KEY ? 'true' : undefined}
            onClick={() => commands.select(HEADER_KEY)}
            onKeyDown={(e) => onKey(e, HEADER_KEY)}
          >
            <Table20Regular aria-hidden />
            <span className={styles.title}>Header table{props.unsaved.has(HEADER_KEY) && <Badge size="small" appearance="tint" color="informative" style={{ marginLeft: 6 }}>Unsaved</Badge>}</span>
          </button>
        </li>
        {entries.map(({ section: s, number, part }) => {
          const state = sectionState(s, props.unsaved.has(s.key));
          return (
            <li key={s.key} data-section={s.key}>
              <button
                type="button"
                data-key={s.key}
                className={mergeClasses(styles.item, part && styles.part, selected === s.key && styles.selected, s.stale && styles.staleItem)}
                aria-current={selected === s.key ? 'true' : undefined}
                aria-label={`${number ? `${number}. ` : ''}${s.title}${state.length ? ` (${state.join(', ')})` : ''}`}
                onClick={() => commands.select(s.key)}
                onKeyDown={(e) => onKey(e, s.key)}
              >
                <span className={styles.number}>{number ?? (s.hidden ? '–' : '')}</span>
                <span className={styles.title}>
                  <span className={s.hidden ? styles.hidden : undefined}>{s.title}</span>
                  {state.length > 0 && (
                    <span className={styles.badges} aria-hidden>
                      {s.stale && (
                        <Badge size="small" color="warning" icon={<Warning16Filled />}>
                          Data changed
                        </Badge>
                      )}
                      {!s.stale && s.edited && s.kind === 'generated' && (
                        <Badge size="small" appearance="tint" color="brand">
                          Edited
                        </Badge>
                      )}
                      {s.kind === 'custom' && (
                        <Badge size="small" appearance="tint" color="subtle">
                          Added
                        </Badge>
                      )}
                      {s.hidden && (
                        <Badge size="small" appearance="outline" color="subtle">
                          Hidden
                        </Badge>
                      )}
                      {props.unsaved.has(s.key) && (
                        <Badge size="small" appearance="tint" color="informative">
                          Unsaved
                        </Badge>
                      )}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {draft.appendices.length > 0 && (
        <div aria-label="Appendices" role="group">
          <div className={styles.groupHead}>Appendices (generated from the data)</div>
          {draft.appendices.map((a) => (
            <div key={a.key} className={styles.appendix}>
              {a.title}
            </div>
          ))}
        </div>
      )}
    </nav>
  );
}
