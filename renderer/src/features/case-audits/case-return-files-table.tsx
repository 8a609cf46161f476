import { makeStyles, tokens } from '@fluentui/react-components';
import type { CaseReturnImportPreview, CaseReturnProblem } from '../../../../shared/domain/case-audit';
import type { FilesTableColumns } from '../../components/file-import/files-table';

/** Matched to a return, no problems, and not the very same file again. */
export const caseReturnReady = (p: CaseReturnImportPreview): boolean => !p.problems.length && p.returnId !== null && !p.duplicate;

/** "file.xlsx, row 12, Rating: not on the scale". */
export const problemText = (p: CaseReturnProblem) => [p.file, p.row !== undefined ? `row ${p.row}` : null, p.field ?? null].filter(Boolean).join(', ') + `: ${p.message}`;

const useStyles = makeStyles({ risk: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold } });

function RiskNote() {
  const styles = useStyles();
  return <div className={styles.risk}>The file reports a concern about immediate risk: importing raises a risk flag.</div>;
}

/** The case returns' files table: which case and agency each file is, how many ratings, and name-like warnings. */
export const CASE_RETURN_FILE_COLUMNS: FilesTableColumns<CaseReturnImportPreview> = {
  widths: { status: 130, who: 220, count: 70 },
  whoHeader: 'Case and agency',
  countHeader: 'Ratings',
  who: (p) => (p.caseReference ? `${p.caseReference}, ${p.agencyName ?? '?'}` : null),
  count: (p) => p.ratings,
  unmatched: (p) => (p.returnId === null ? 'No return matched' : null),
  duplicate: (p) => p.duplicate,
  notes: (p) => (
    <>
      {p.replaces && !p.duplicate && <div>Replaces what the return already says (kept in its history).</div>}
      {p.duplicate && <div>This exact file has been imported before; it is not imported again.</div>}
      {p.riskConcern && <RiskNote />}
    </>
  ),
  problems: (p) => p.problems.map(problemText),
  warnings: (p) => p.warnings.map(problemText),
};
