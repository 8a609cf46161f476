import type { FileFilter, Host, PickedFile } from '../../../shared/host';

const toAccept = (filters: FileFilter[]) =>
  filters
    .flatMap((f) => f.extensions)
    .filter((e) => e !== '*')
    .map((e) => `.${e}`)
    .join(',');

const readAsBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`Could not read ${file.name}.`));
    reader.readAsDataURL(file);
  });

/** A hidden file input: resolves with the chosen files, read in order, or [] when the user cancelled. */
const chooseFiles = (filters: FileFilter[], multiple: boolean): Promise<PickedFile[]> =>
  new Promise<PickedFile[]>((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = toAccept(filters);
    input.style.display = 'none';
    input.setAttribute('data-testid', 'host-file-input');
    const done = () => input.remove();
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      done();
      Promise.all(files.map(async (file) => ({ fileName: file.name, contentBase64: await readAsBase64(file) }))).then(resolve, reject);
    });
    input.addEventListener('cancel', () => {
      done();
      resolve([]);
    });
    document.body.appendChild(input);
    input.click();
  });

const base64ToBlob = (base64: string, type: string): Blob => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
};

const MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  json: 'application/json',
  pdf: 'application/pdf',
  eml: 'message/rfc822',
  zip: 'application/zip',
};

/**
 * The browser harness has no dialogs or shell: upload through a hidden file input, download through a link.
 * `tell` shows a message where the desktop would have done something the browser cannot.
 */
export function createBrowserHost(tell: (message: string) => void): Host {
  return {
    kind: 'browser',
    async openFile({ filters }) {
      const [file] = await chooseFiles(filters, false);
      return file ?? null;
    },
    openFiles({ filters }) {
      return chooseFiles(filters, true);
    },
    async saveFile({ suggestedName, contentBase64 }) {
      const ext = suggestedName.split('.').pop()?.toLowerCase() ?? '';
      const url = URL.createObjectURL(base64ToBlob(contentBase64, MIME[ext] ?? 'application/octet-stream'));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.style.display = 'none';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      return {};
    },
    async pickFolder() {
      tell('Choosing a folder is only available in the desktop app. The files will be collected into one zip file that your browser downloads instead.');
      return null;
    },
    async openPath() {
      tell('Opening files is only available in the desktop app. Look in your Downloads folder.');
    },
    async showInFolder() {
      tell('Showing files in a folder is only available in the desktop app. Look in your Downloads folder.');
    },
  };
}
