import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import type { ScaleLevel } from '../../../../shared/domain/framework';
import type { AgendaItem } from '../../../../shared/domain/scrutiny';
import { AgendaItemEditor } from './agenda-item';
import { SECTION_ORDER, SECTION_TITLES, ratingTarget, type RecordValues } from './meeting-record-model';
import type { MeetingActionPrefill } from './meeting-action-dialog';
import { SectionCard } from './section-card';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column' },
  h3: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  empty: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const EMPTY: Record<string, string> = {
  weak: 'No standard is at the weak end of the scale.',
  optimistic: 'No answer was moderated lower than the agency rated itself.',
  actions: 'The agency has no open actions.',
  themes: 'No challenge-event questions yet.',
  questions: 'No common questions for this cycle yet.',
};

/** The agenda built from the agency's data, section by section, with what was said and agreed under each item. */
export function MeetingAgenda(props: {
  agenda: AgendaItem[];
  values: RecordValues;
  levels: ScaleLevel[];
  savedCodes: Map<string, string | null>;
  dirty: boolean;
  saving: boolean;
  onChange: (v: RecordValues) => void;
  onSave: () => void;
  onNewAction: (p: MeetingActionPrefill) => void;
}) {
  const styles = useStyles();
  const save = (
    <Button appearance="primary" icon={<Save20Regular />} disabled={!props.dirty || props.saving} onClick={props.onSave}>
      {props.saving ? 'Saving…' : 'Save record'}
    </Button>
  );
  return (
    <SectionCard title="Agenda and record" dirty={props.dirty} actions={save} hint="Notes under each item, the answers to the common questions, and the moderated ratings agreed (they are written to the agency’s return).">
      {SECTION_ORDER.map((section) => {
        const items = props.agenda.filter((i) => i.section === section);
        if (section === 'other' && !items.length) return null;
        return (
          <section key={section} className={styles.section} aria-label={SECTION_TITLES[section]}>
            <h3 className={styles.h3}>{SECTION_TITLES[section]}</h3>
            {items.length === 0 && <p className={styles.empty}>{EMPTY[section]}</p>}
            {items.map((item) => {
              const target = ratingTarget(item);
              return (
                <AgendaItemEditor
                  key={item.key}
                  item={item}
                  values={props.values}
                  levels={props.levels}
                  savedCode={target ? (props.savedCodes.get(target) ?? null) : null}
                  onChange={props.onChange}
                  onNewAction={target ? () => props.onNewAction({ targetKey: target }) : undefined}
                />
              );
            })}
          </section>
        );
      })}
      <div>{save}</div>
    </SectionCard>
  );
}
