import { Badge } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ImportPreview, ImportPreviewRow, ImportRowStatus } from '../../../../shared/domain/imports';
import { DataGrid, type GridColumn } from '../data-grid/data-grid';

const STATUS: Record<ImportRowStatus, { label: string; color: 'success' | 'brand' | 'warning' | 'danger' }> = {
  new: { label: 'New', color: 'success' },
  update: { label: 'Update', color: 'brand' },
  duplicate_in_file: { label: 'Duplicate in file', color: 'warning' },
  error: { label: 'Error', color: 'danger' },
};

export const statusLabel = (s: ImportRowStatus) => STATUS[s].label;

const describeMatch = (r: ImportPreviewRow): string => {
  if (r.status === 'update' && r.matchName) return `Matches ${r.matchName}${r.matchReason ? ` by ${r.matchReason}` : ''}`;
  if (r.status === 'duplicate_in_file') return r.matchReason ?? 'Same as an earlier row';
  if (r.status === 'error') return r.issues.map((i) => `${i.column}: ${i.message}`).join('; ');
  return '';
};

/** The file's rows as they will be imported, with what will happen to each. */
export function ImportPreviewGrid(props: { preview: ImportPreview; gridId: string }) {
  const { preview } = props;
  const columns = useMemo<GridColumn<ImportPreviewRow>[]>(
    () => [
      { id: 'row', header: 'Row', value: (r) => r.row, width: 64, align: 'end', canHide: false, filter: { kind: 'none' } },
      {
        id: 'status',
        header: 'Status',
        value: (r) => STATUS[r.status].label,
        render: (r) => (
          <Badge appearance="tint" color={STATUS[r.status].color}>
            {STATUS[r.status].label}
          </Badge>
        ),
        width: 150,
        canHide: false,
        filter: { kind: 'enum', options: Object.values(STATUS).map((s) => s.label) },
      },
      { id: 'match', header: 'What will happen', value: describeMatch, width: 280 },
      ...preview.fields
        .filter((f) => preview.mapping[f.field])
        .map<GridColumn<ImportPreviewRow>>((f) => ({ id: `f:${f.field}`, header: f.label, value: (r) => r.values[f.field] ?? '', width: 160 })),
    ],
    [preview.fields, preview.mapping],
  );
  return (
    <DataGrid
      gridId={props.gridId}
      label="Rows in the file"
      rows={preview.rows}
      columns={columns}
      getRowId={(r) => String(r.row)}
      noun={{ one: 'row', many: 'rows' }}
    />
  );
}
