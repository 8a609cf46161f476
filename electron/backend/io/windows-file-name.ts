// File names that Windows (and OneDrive) accept: agency names carry slashes, colons and trailing dots.

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** `stem` made safe and joined to `ext` (".eml"); the stem is cut so the whole name stays short. */
export function windowsFileName(stem: string, ext: string, maxLength = 120): string {
  let s = stem
    .normalize('NFC')
    // Characters Windows refuses, and control characters.
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.slice(0, Math.max(1, maxLength - ext.length)).replace(/[. ]+$/, '');
  if (!s) s = 'file';
  if (RESERVED.test(s)) s = `_${s}`;
  return `${s}${ext}`;
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
