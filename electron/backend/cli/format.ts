export type OutputFormat = 'text' | 'csv' | 'json' | 'xlsx' | 'docx' | 'both';
type Row = Record<string, string | number | boolean | null>;

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  // Excel would run a cell starting with = + - @ as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Rows as an aligned text table, CSV (Excel-safe) or JSON. */
export function formatRows(rows: Row[], format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (rows.length === 0) return format === 'csv' ? '' : '(none)\n';
  const cols = Object.keys(rows[0]!);
  if (format === 'csv') return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
  const widths = cols.map((c) => Math.min(50, Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length))));
  const line = (cells: string[]) => cells.map((s, i) => (s.length > widths[i]! ? s.slice(0, widths[i]! - 1) + '…' : s.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => String(r[c] ?? ''))))].join('\n') + '\n';
}
