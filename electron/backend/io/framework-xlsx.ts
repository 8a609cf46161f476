// Framework import/export as an Excel workbook: sheets Framework, Scale and Items (see framework-xlsx-layout.ts and
// docs/formats.md). Reading and writing live in their own modules.
export { parseFrameworkXlsx } from './framework-xlsx-read';
export { frameworkXlsxFile } from './framework-xlsx-write';
