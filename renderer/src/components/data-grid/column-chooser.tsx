import { Button, Menu, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger, MenuDivider, MenuItem } from '@fluentui/react-components';
import { ColumnTriple20Regular } from '@fluentui/react-icons';
import type { ReactTable, RowData } from '@tanstack/react-table';
import type { GridColumn, GridFeatures } from './grid-model';

/** "Columns" menu: tick the columns to show. The grid remembers the choice. */
export function ColumnChooser<T extends RowData>(props: { table: ReactTable<GridFeatures, T>; columns: GridColumn<T>[]; label: string }) {
  const { table, columns } = props;
  const hideable = columns.filter((c) => c.canHide !== false);
  const visible = hideable.filter((c) => table.state.columnVisibility[c.id] !== false).map((c) => c.id);
  return (
    <Menu
      checkedValues={{ columns: visible }}
      onCheckedValueChange={(_, data) => {
        const on = new Set(data.checkedItems);
        table.setColumnVisibility((prev) => {
          const next = { ...prev };
          for (const c of hideable) next[c.id] = on.has(c.id);
          return next;
        });
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<ColumnTriple20Regular />} title={`Choose the columns to show in ${props.label}`}>
          Columns
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList aria-label="Columns to show">
          {hideable.map((c) => (
            <MenuItemCheckbox key={c.id} name="columns" value={c.id}>
              {c.header}
            </MenuItemCheckbox>
          ))}
          <MenuDivider />
          <MenuItem
            onClick={() =>
              table.setColumnVisibility(() => Object.fromEntries(columns.map((c) => [c.id, !c.hiddenByDefault])))
            }
          >
            Reset to default columns
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
