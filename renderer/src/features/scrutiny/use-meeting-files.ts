import { useCallback, useState } from 'react';
import type { GeneratedFile } from '../../../../shared/domain/settings';
import { useNotify } from '../../app/notify';
import { useFileActions } from '../../components/use-file-actions';
import { chooseFolder, saveZip } from '../../components/folder-or-zip/folder-or-zip';
import { safeFileName } from '../../components/zip-files';
import { saveGeneratedFile } from '../../host/file-flows';
import { useApi, useHost } from '../../host/services-context';

export interface FilesDone {
  what: string;
  names: string[];
  /** Where they were written (desktop), or the zip downloaded (browser). */
  folder: string | null;
  zipName: string | null;
  skipped: string[];
}

/**
 * Calendar files, invitation drafts and agendas for meetings. Many files go into a folder the user picks on
 * the desktop, or one zip the browser downloads; one file is saved or downloaded as itself.
 */
export function useMeetingFiles(baseName: string) {
  const api = useApi();
  const host = useHost();
  const notify = useNotify();
  const files = useFileActions();
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<FilesDone | null>(null);

  const many = useCallback(
    async (what: string, make: (folder: string | null) => Promise<{ files: GeneratedFile[]; paths: string[]; skipped?: Array<{ meetingId: number; problem: string }> }>, describe: (id: number) => string) => {
      const where = await chooseFolder(host, `Choose the folder for the ${what.toLowerCase()}`);
      if (!where) return;
      const { folder } = where;
      setBusy(what);
      setDone(null);
      try {
        const out = await make(folder);
        let zipName: string | null = null;
        if (!folder && out.files.length === 1) {
          await saveGeneratedFile(host, what, out.files[0]!);
        } else if (!folder && out.files.length) {
          zipName = `${safeFileName(`${baseName} ${what.toLowerCase()}`)}.zip`;
          await saveZip(host, out.files, zipName, `Save the ${what.toLowerCase()}`);
        }
        const skipped = (out.skipped ?? []).map((s) => `${describe(s.meetingId)}: ${s.problem}`);
        setDone({ what, names: out.files.map((f) => f.fileName), folder: folder ? (out.paths[0] ?? folder) : null, zipName, skipped });
        notify.success(`${out.files.length} ${out.files.length === 1 ? 'file' : 'files'} made${skipped.length ? `, ${skipped.length} skipped` : ''}.`, `${what} ready`);
      } catch (err) {
        notify.error(err, `The ${what.toLowerCase()} were not made`);
      } finally {
        setBusy(null);
      }
    },
    [host, notify, baseName],
  );

  return {
    busy: busy ?? files.busy,
    done,
    clearDone: () => setDone(null),
    ics: (meetingIds: number[] | null, cycleId: number) =>
      files.saveGenerated('Calendar file', () => api.call('meetings.ics', meetingIds ? { meetingIds } : { cycleId })),
    invites: (meetingIds: number[], describe: (id: number) => string) =>
      many('Invitation drafts', (folder) => api.call('meetings.invites', { meetingIds, ...(folder ? { folder } : {}) }), describe),
    agendas: (meetingIds: number[], describe: (id: number) => string) =>
      meetingIds.length === 1
        ? files.saveGenerated('Agenda', async () => (await api.call('meetings.agendas', { meetingIds })).files[0]!)
        : many('Agendas', (folder) => api.call('meetings.agendas', { meetingIds, ...(folder ? { folder } : {}) }), describe),
  };
}
