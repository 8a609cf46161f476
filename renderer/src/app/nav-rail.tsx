import { NavDrawer, NavDrawerBody, NavItem, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowRepeatAll20Filled,
  ArrowRepeatAll20Regular,
  BuildingMultiple20Filled,
  BuildingMultiple20Regular,
  CalendarLtr20Filled,
  CalendarLtr20Regular,
  ClipboardTaskListLtr20Filled,
  ClipboardTaskListLtr20Regular,
  ContactCard20Filled,
  ContactCard20Regular,
  DocumentSearch20Filled,
  DocumentSearch20Regular,
  Home20Filled,
  Home20Regular,
  Settings20Filled,
  Settings20Regular,
  TaskListSquareLtr20Filled,
  TaskListSquareLtr20Regular,
  bundleIcon,
  type FluentIcon,
} from '@fluentui/react-icons';

export interface NavEntry {
  /** First route segment, e.g. "agencies". */
  value: string;
  label: string;
  icon: FluentIcon;
}

/** The left rail. Later features (Cycles, Returns, Meetings, Actions, Reports) add entries here. */
export const NAV_ENTRIES: NavEntry[] = [
  { value: 'home', label: 'Home', icon: bundleIcon(Home20Filled, Home20Regular) },
  { value: 'agencies', label: 'Agencies', icon: bundleIcon(BuildingMultiple20Filled, BuildingMultiple20Regular) },
  { value: 'contacts', label: 'Contacts', icon: bundleIcon(ContactCard20Filled, ContactCard20Regular) },
  { value: 'frameworks', label: 'Frameworks', icon: bundleIcon(TaskListSquareLtr20Filled, TaskListSquareLtr20Regular) },
  { value: 'cycles', label: 'Cycles', icon: bundleIcon(ArrowRepeatAll20Filled, ArrowRepeatAll20Regular) },
  { value: 'actions', label: 'Actions', icon: bundleIcon(ClipboardTaskListLtr20Filled, ClipboardTaskListLtr20Regular) },
  { value: 'scrutiny', label: 'Scrutiny', icon: bundleIcon(CalendarLtr20Filled, CalendarLtr20Regular) },
  { value: 'case-audits', label: 'Case audits', icon: bundleIcon(DocumentSearch20Filled, DocumentSearch20Regular) },
  { value: 'settings', label: 'Settings', icon: bundleIcon(Settings20Filled, Settings20Regular) },
];

const useStyles = makeStyles({
  drawer: {
    width: '200px',
    minWidth: '200px',
    flexShrink: 0,
    height: '100%',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function NavRail(props: { selected: string }) {
  // An agency's return belongs to its cycle.
  const selected = props.selected === 'returns' || props.selected === 'board-paper' ? 'cycles' : props.selected === 'meetings' ? 'scrutiny' : props.selected;
  const styles = useStyles();
  return (
    <NavDrawer open type="inline" selectedValue={selected} className={styles.drawer} aria-label="Main navigation">
      <NavDrawerBody>
        {NAV_ENTRIES.map((entry) => {
          const Icon = entry.icon;
          return (
            <NavItem key={entry.value} value={entry.value} href={`#/${entry.value}`} icon={<Icon />}>
              {entry.label}
            </NavItem>
          );
        })}
      </NavDrawerBody>
    </NavDrawer>
  );
}
