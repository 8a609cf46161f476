import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowReset20Regular, Delete20Regular, Eye20Regular, EyeOff20Regular, Save20Regular } from '@fluentui/react-icons';
import type { BoardPaperSection } from '../../../../shared/domain/report';
import { formatDateTime } from '../../components/format-date';

export interface SectionEdit {
  title: string;
  text: string;
}

const useStyles = makeStyles({
  // Children keep their height; the pane scrolls instead of squashing them into each other.
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`, overflowY: 'auto', minHeight: 0, '& > *': { flexShrink: 0 } },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  text: { fontFamily: 'Calibri, "Segoe UI", Arial, sans-serif', lineHeight: '1.45' },
  generated: { backgroundColor: tokens.colorNeutralBackground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  changes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

const FORMAT_HINT = 'A blank line starts a new paragraph; "- " starts a bullet, "  - " a sub-bullet, "## " a sub-heading; **text** is bold.';

/** One section: its title, the generated text for reference, and the text the paper will use. */
export function SectionEditor(props: {
  section: BoardPaperSection;
  number: string | null;
  edit: SectionEdit;
  busy: boolean;
  onChange: (edit: SectionEdit) => void;
  onSave: () => void;
  onDiscard: () => void;
  onReset: () => void;
  onKeep: () => void;
  onHidden: (hidden: boolean) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const { section: s, edit } = props;
  const dirty = edit.title !== s.title || edit.text !== s.text;
  const generated = s.kind === 'generated';
  const scrutineer = s.kind === 'userOnly';
  const textLabel = scrutineer ? "The independent scrutineer's report (paste it here)" : generated ? 'Text in the paper' : 'Text';
  const titleLabel = `${props.number ? `${props.number}. ` : ''}${s.title}`;

  return (
    <section className={styles.pane} aria-label={`Section: ${s.title}`}>
      <div className={styles.head}>
        <h2 className={styles.h2}>{titleLabel}</h2>
        {s.hidden && <Badge appearance="outline" color="subtle">Hidden: left out of the paper</Badge>}
        {s.stale && <Badge color="warning">Data changed since your edit</Badge>}
        {!s.stale && s.edited && generated && <Badge appearance="tint" color="brand">Edited</Badge>}
        {s.edited && s.editedAt && (
          <span className={styles.meta}>
            {generated ? 'Edited' : 'Saved'} by {s.editedBy} on {formatDateTime(s.editedAt)}
          </span>
        )}
      </div>

      {s.stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale-message">
          <MessageBarBody>
            <MessageBarTitle>The data behind this section has changed since it was edited.</MessageBarTitle>
            Compare your text with the new generated text beside it, then keep your text (updated as you need) or use the new text.
            <ul className={styles.changes} aria-label="What changed">
              {s.changes.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={props.onReset} disabled={props.busy}>
              Use the new generated text
            </Button>
            <Button onClick={props.onKeep} disabled={props.busy || dirty}>
              Keep my text
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <Field label="Section title" hint={s.defaultTitle && edit.title !== s.defaultTitle ? `Built-in title: ${s.defaultTitle}` : undefined}>
        <Input value={edit.title} onChange={(_, d) => props.onChange({ ...edit, title: d.value })} />
      </Field>

      <div className={generated ? styles.columns : undefined}>
        <Field label={textLabel} hint={FORMAT_HINT}>
          <Textarea
            textarea={{ className: styles.text }}
            value={edit.text}
            onChange={(_, d) => props.onChange({ ...edit, text: d.value })}
            resize="vertical"
            rows={scrutineer ? 26 : 18}
            placeholder={scrutineer ? 'Paste the scrutineer’s report here. Left empty, this part is left out of the paper.' : undefined}
          />
        </Field>
        {generated && (
          <Field label={s.stale ? 'New generated text (from the data now)' : 'Generated text (from the data, read-only)'}>
            <Textarea className={styles.generated} textarea={{ className: styles.text }} value={s.generatedText} readOnly resize="vertical" rows={18} />
          </Field>
        )}
      </div>

      <div className={styles.actions}>
        <Button appearance="primary" icon={<Save20Regular />} disabled={!dirty || props.busy || !edit.title.trim()} onClick={props.onSave}>
          Save section
        </Button>
        <Button disabled={!dirty || props.busy} onClick={props.onDiscard}>
          Undo changes
        </Button>
        {generated && (
          <Button icon={<ArrowReset20Regular />} disabled={(!s.edited && !dirty) || props.busy} onClick={props.onReset}>
            Use the generated text
          </Button>
        )}
        <Button icon={s.hidden ? <Eye20Regular /> : <EyeOff20Regular />} disabled={props.busy} onClick={() => props.onHidden(!s.hidden)}>
          {s.hidden ? 'Show in the paper' : 'Hide from the paper'}
        </Button>
        {s.kind === 'custom' && (
          <Button icon={<Delete20Regular />} disabled={props.busy} onClick={props.onRemove}>
            Remove section
          </Button>
        )}
        {dirty && <span className={styles.dirty}>● Unsaved changes</span>}
      </div>
    </section>
  );
}
