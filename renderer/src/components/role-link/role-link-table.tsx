import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { LinkDismiss20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { VisuallyHidden } from '../visually-hidden';

/** The look shared by both sides of the agency–contact link: an agency's contacts, a contact's agencies. */
export const useRoleLinkStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  link: { display: 'grid', gridTemplateColumns: '1fr 220px auto', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface RoleLinkColumn<T> {
  header: string;
  cell: (link: T) => ReactNode;
  className?: string;
}

/** Links with their roles, each with an Unlink button; `empty` stands in for the table when there are none. */
export function RoleLinkTable<T extends { linkId: number }>(props: {
  label: string;
  links: T[];
  empty: ReactNode;
  columns: RoleLinkColumn<T>[];
  unlinkLabel: (link: T) => string;
  onUnlink: (link: T) => void;
  disabled?: boolean;
}) {
  const styles = useRoleLinkStyles();
  if (props.links.length === 0) return <p className={styles.muted}>{props.empty}</p>;
  return (
    <Table aria-label={props.label} size="small">
      <TableHeader>
        <TableRow>
          {props.columns.map((c) => (
            <TableHeaderCell key={c.header}>{c.header}</TableHeaderCell>
          ))}
          <TableHeaderCell>
            <VisuallyHidden>Actions</VisuallyHidden>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.links.map((link) => (
          <TableRow key={link.linkId}>
            {props.columns.map((c) => (
              <TableCell key={c.header} className={c.className}>
                {c.cell(link)}
              </TableCell>
            ))}
            <TableCell>
              <Button
                size="small"
                appearance="subtle"
                icon={<LinkDismiss20Regular />}
                disabled={props.disabled}
                aria-label={props.unlinkLabel(link)}
                onClick={() => props.onUnlink(link)}
              >
                Unlink
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
