import type { FileFilter, Host, PickedFile, SaveResult } from '../../shared/host';

/**
 * A scriptable Host for tests: queue what the user will pick, say whether saves succeed, and read back
 * everything the code under test asked the desktop to do.
 */
export interface FakeHost extends Host {
  /** The next openFile answers, in order; null means the user cancelled. */
  picks: Array<PickedFile | null>;
  /** The next openFiles answers, in order; an empty array means the user cancelled. */
  multiPicks: PickedFile[][];
  /** The next saveFile answers: a folder to save into, 'cancel', or an Error to throw (e.g. file open in Word). */
  saves: Array<string | 'cancel' | Error>;
  folder: string | null;
  saved: Array<{ path: string; fileName: string; bytes: Buffer; filters: FileFilter[] }>;
  opened: string[];
  shown: string[];
  calls: string[];
}

export function createFakeHost(): FakeHost {
  const host: FakeHost = {
    kind: 'fake',
    picks: [],
    multiPicks: [],
    saves: [],
    folder: null,
    saved: [],
    opened: [],
    shown: [],
    calls: [],
    async openFile({ title }) {
      host.calls.push(`openFile: ${title}`);
      if (host.picks.length === 0) throw new Error(`fake host: no file queued for "${title}"`);
      return host.picks.shift()!;
    },
    async openFiles({ title }) {
      host.calls.push(`openFiles: ${title}`);
      if (host.multiPicks.length === 0) throw new Error(`fake host: no files queued for "${title}"`);
      return host.multiPicks.shift()!;
    },
    async saveFile({ title, suggestedName, contentBase64, filters }): Promise<SaveResult | null> {
      host.calls.push(`saveFile: ${title}`);
      const next = host.saves.length ? host.saves.shift()! : '/fake/documents';
      if (next === 'cancel') return null;
      if (next instanceof Error) throw next;
      const path = `${next}/${suggestedName}`;
      host.saved.push({ path, fileName: suggestedName, bytes: Buffer.from(contentBase64, 'base64'), filters });
      return { path };
    },
    async pickFolder({ title }) {
      host.calls.push(`pickFolder: ${title}`);
      return host.folder;
    },
    async openPath(path) {
      host.opened.push(path);
    },
    async showInFolder(path) {
      host.shown.push(path);
    },
  };
  return host;
}
