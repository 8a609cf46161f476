import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { CycleDetail } from '../../../../shared/domain/cycle';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { ChaseDialog } from './chase-dialog';
import { ImportReturnsDialog } from './import-returns-dialog';
import { IssueToolsDialog } from './issue-tools-dialog';

export interface CycleActions {
  /** Issue the tool to these agencies, or let the user choose when no ids are given. */
  issueTools(ids?: number[]): void;
  /** Chase these agencies, or the overdue ones when no ids are given. */
  chase(ids?: number[]): void;
  importReturns(): void;
  exportTracker(): void;
  busy: boolean;
  dialogs: ReactNode;
}

type Open = { kind: 'issue' | 'chase'; ids: number[] | null } | { kind: 'import' } | null;

/** The cycle's long-running jobs, shared by the board and the returns grid. */
export function useCycleActions(cycle: CycleDetail | null): CycleActions {
  const api = useApi();
  const { busy, saveGenerated } = useFileActions();
  const [open, setOpen] = useState<Open>(null);
  const close = useCallback(() => setOpen(null), []);
  const cycleId = cycle?.id;

  const exportTracker = useCallback(() => {
    if (cycleId) void saveGenerated('Returns tracker', () => api.call('cycles.exportTracker', { id: cycleId }));
  }, [api, cycleId, saveGenerated]);

  const dialogs = cycle ? (
    <>
      <IssueToolsDialog cycle={cycle} open={open?.kind === 'issue'} presetIds={open?.kind === 'issue' ? open.ids : null} onClose={close} />
      <ChaseDialog cycle={cycle} open={open?.kind === 'chase'} presetIds={open?.kind === 'chase' ? open.ids : null} onClose={close} />
      <ImportReturnsDialog cycle={cycle} open={open?.kind === 'import'} onClose={close} />
    </>
  ) : null;

  return useMemo(
    () => ({
      issueTools: (ids?: number[]) => setOpen({ kind: 'issue', ids: ids?.length ? ids : null }),
      chase: (ids?: number[]) => setOpen({ kind: 'chase', ids: ids?.length ? ids : null }),
      importReturns: () => setOpen({ kind: 'import' }),
      exportTracker,
      busy: busy !== null,
      dialogs,
    }),
    [busy, dialogs, exportTracker],
  );
}
