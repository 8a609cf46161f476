import { basename } from 'node:path';

// File names that Windows (and OneDrive, macOS and browsers) accept: agency and cycle names carry slashes,
// colons and trailing dots, and uploaded names carry folders. Every name the backend makes comes from here.

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
// Characters Windows refuses, and control characters.
const REFUSED = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

export interface FileNameOptions {
  /** The longest whole name, extension included. */
  maxLength?: number;
  /** What stands in for a refused character. */
  replacement?: string;
}

/** `stem` made safe and joined to `ext` (".eml"); the stem is cut so the whole name stays short. */
export function windowsFileName(stem: string, ext: string, options: FileNameOptions = {}): string {
  const { maxLength = 120, replacement = '-' } = options;
  let s = stem.normalize('NFC').replace(REFUSED, replacement).replace(/\s+/g, ' ').trim();
  s = s.slice(0, Math.max(1, maxLength - ext.length)).replace(/[. ]+$/, '');
  if (!s) s = 'file';
  if (RESERVED.test(s)) s = `_${s}`;
  return `${s}${ext}`;
}

/**
 * A whole name from outside (an upload, possibly with a folder path) made safe: the folders dropped, the
 * extension (up to 10 characters with its dot) kept when the name is cut.
 */
export function safeFileName(name: string, options: FileNameOptions = {}): string {
  const whole = basename(name.replace(/\\/g, '/')).replace(/[. ]+$/, '');
  const dot = whole.lastIndexOf('.');
  const [stem, ext] = dot > 0 && whole.length - dot <= 10 ? [whole.slice(0, dot), whole.slice(dot)] : [whole, ''];
  return windowsFileName(stem, ext.replace(REFUSED, options.replacement ?? '-'), options);
}

/** Makes names unique as Windows compares them (ignoring case): "x.eml", "x (2).eml", ... */
export function uniqueFileNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
