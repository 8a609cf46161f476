/**
 * What only the desktop can do. Electron implements it with dialogs and the shell; the browser harness
 * with upload and download; tests with a scriptable fake. Backend methods never see any of it.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface PickedFile {
  fileName: string;
  contentBase64: string;
  /** Full path where the desktop knows it; absent in the browser. */
  path?: string;
}

export interface SaveResult {
  /** Where it was written; absent when the browser downloaded it. */
  path?: string;
}

export interface Host {
  readonly kind: 'electron' | 'browser' | 'fake';
  /** null when the user cancelled. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<PickedFile | null>;
  /** One or many files chosen in one go, in the order picked; an empty array when the user cancelled. */
  openFiles(options: { title: string; filters: FileFilter[] }): Promise<PickedFile[]>;
  /** Saves atomically; rejects with a clear message when the target is open in another program. null when cancelled. */
  saveFile(options: { title: string; suggestedName: string; contentBase64: string; filters: FileFilter[] }): Promise<SaveResult | null>;
  /** A folder the user picks, for writing many files; null when cancelled or not available (browser). */
  pickFolder(options: { title: string }): Promise<string | null>;
  /** Opens a file with its application (a .docx in Word, a .eml in Outlook). */
  openPath(path: string): Promise<void>;
  showInFolder(path: string): Promise<void>;
}

export const HOST_METHODS = ['openFile', 'openFiles', 'saveFile', 'pickFolder', 'openPath', 'showInFolder'] as const;
export type HostMethod = (typeof HOST_METHODS)[number];
