import { describe, expect, it } from 'vitest';
import { safeFileName, uniqueFileNames, windowsFileName } from '../../electron/backend/io/windows-file-name';

// One file-name module serves chasers, tools, the tracker and matrix exports, and the evidence store.

describe('windowsFileName', () => {
  it('avoids reserved device names whatever the case', () => {
    expect(windowsFileName('nul', '.xlsx')).toBe('_nul.xlsx');
    expect(windowsFileName('Com1', '.docx')).toBe('_Com1.docx');
    expect(windowsFileName('LPT9', '')).toBe('_LPT9');
    expect(windowsFileName('Console', '.eml')).toBe('Console.eml');
  });

  it('keeps the whole name within maxLength, with no trailing dot or space before the extension', () => {
    expect(windowsFileName('x'.repeat(200), '.docx', { maxLength: 150 })).toBe(`${'x'.repeat(145)}.docx`);
    expect(windowsFileName(`${'a'.repeat(113)} .. b`, '.xlsx')).toBe(`${'a'.repeat(113)}.xlsx`);
    expect(windowsFileName(' .. ', '.eml')).toBe('file.eml');
  });

  it('uses the replacement asked for', () => {
    expect(windowsFileName('a:b', '.pdf', { replacement: '_' })).toBe('a_b.pdf');
    expect(windowsFileName('a:b', '.pdf')).toBe('a-b.pdf');
  });
});

describe('safeFileName', () => {
  it('drops folders from either kind of path and keeps a short extension', () => {
    expect(safeFileName('C:\\Users\\pat\\Minutes: May.docx')).toBe('Minutes- May.docx');
    expect(safeFileName('/tmp/../report.PDF')).toBe('report.PDF');
    expect(safeFileName('.bashrc')).toBe('.bashrc');
  });

  it('avoids reserved names before the extension', () => {
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('aux')).toBe('_aux');
  });

  it('cuts a long extension as part of the name', () => {
    const name = safeFileName(`${'a'.repeat(200)}.averyverylongextension`);
    expect(name).toHaveLength(120);
    expect(name).toBe('a'.repeat(120));
  });
});

describe('uniqueFileNames', () => {
  it('numbers repeats as Windows compares names, ignoring case', () => {
    expect(uniqueFileNames(['Elm.docx', 'ELM.docx', 'Oak.docx', 'elm.docx', 'Elm'])).toEqual(['Elm.docx', 'ELM (2).docx', 'Oak.docx', 'elm (3).docx', 'Elm']);
  });
});
