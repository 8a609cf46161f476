import type { ReturnImportPreview } from '../../../../shared/domain/cycle';
import { formatDetail } from '../../components/error-list';
import type { FilesTableColumns } from '../../components/file-import/files-table';

/** Matched to an agency, no problems and not the very same file again. */
export const returnReady = (p: ReturnImportPreview): boolean => p.problems.length === 0 && p.cycleAgencyId !== null && !p.duplicate;

/** The cycle returns' files table: which agency each file is and how many answers it holds. */
export const RETURN_FILE_COLUMNS: FilesTableColumns<ReturnImportPreview> = {
  widths: { status: 140, who: 200, count: 80 },
  whoHeader: 'Agency',
  countHeader: 'Answers',
  who: (p) => p.agencyName,
  count: (p) => p.answers,
  unmatched: (p) => (p.cycleAgencyId === null ? 'No agency matched' : null),
  duplicate: (p) => p.duplicate,
  notes: (p) => (
    <>
      {p.replaces && !p.duplicate && <div>Replaces the agency’s earlier answers (kept in its history).</div>}
      {p.duplicate && <div>This exact file has been imported before; it is not imported again.</div>}
    </>
  ),
  problems: (p) => p.problems.map((d) => formatDetail(d)),
};
