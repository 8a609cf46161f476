import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../shared/api/client';
import { filtersFor, saveGeneratedFile } from '../../renderer/src/host/file-flows';
import { AppError } from '../../electron/backend/errors';
import { createFakeHost, type FakeHost } from '../helpers/fake-host';
import { tempBackend } from '../helpers/backend';

// The renderer's file steps, run against the real backend and a scripted Host: what the user picks,
// whether the save works, and what ends up where.
let b: Awaited<ReturnType<typeof tempBackend>>;
let api: ApiClient;
let host: FakeHost;
beforeEach(async () => {
  b = await tempBackend({ seedDemo: true });
  api = createApiClient(b.dispatch);
  host = createFakeHost();
});
afterEach(() => b.close());

describe('saving generated files through the host', () => {
  it('saves an Excel export where the user chose, with the right filter, and says where', async () => {
    host.saves.push('C:/Users/sam/Documents');
    const message = await saveGeneratedFile(host, 'Agency list', await api.call('agencies.exportXlsx', {}));
    expect(message).toBe('Saved to C:/Users/sam/Documents/agencies-2026-11-22.xlsx');
    expect(host.saved).toHaveLength(1);
    expect(host.saved[0]!.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(host.saved[0]!.filters).toEqual([{ name: 'Excel workbook', extensions: ['xlsx'] }]);
    expect(host.calls).toEqual(['saveFile: Save Agency list']);
  });

  it('returns null and saves nothing when the user cancels', async () => {
    host.saves.push('cancel');
    expect(await saveGeneratedFile(host, 'Register', await api.call('reports.agencyRegister', {}))).toBeNull();
    expect(host.saved).toEqual([]);
  });

  it('passes on the message when the target is open in Word', async () => {
    host.saves.push(new AppError('file_locked', 'Agency register.docx could not be saved because it is open in another program'));
    const file = await api.call('reports.agencyRegister', {});
    await expect(saveGeneratedFile(host, 'Register', file)).rejects.toThrow(/open in another program/);
  });

  it('chooses filters from the file name', () => {
    expect(filtersFor('x.DOCX')).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
    expect(filtersFor('notes.txt')).toEqual([]);
  });
});

describe('importing a file the user picked', () => {
  it('previews exactly the file the host returned', async () => {
    host.picks.push({ fileName: 'leads.csv', contentBase64: Buffer.from('Name,Sector,Postcode\nHarbour Nursery,Early years,NM1 2AB\n').toString('base64') });
    const picked = await host.openFile({ title: 'Import agencies', filters: [] });
    const preview = await api.call('agencies.importPreview', picked!);
    expect(preview.fileName).toBe('leads.csv');
    expect(preview.counts).toMatchObject({ total: 1, new: 1, error: 0 });
  });

  it('tells the test when code asks for a file nobody queued', async () => {
    await expect(host.openFile({ title: 'Import agencies', filters: [] })).rejects.toThrow(/no file queued/);
  });

  it('gives back every file picked in one go, in order, and [] when the user cancels', async () => {
    const csv = (rows: string) => Buffer.from(`Name,Sector,Postcode\n${rows}`).toString('base64');
    host.multiPicks.push(
      [
        { fileName: 'nurseries.csv', contentBase64: csv('Harbour Nursery,Early years,NM1 2AB\n') },
        { fileName: 'broken.csv', contentBase64: csv(',Early years,NM1 2AB\n') },
      ],
      [],
    );
    const files = await host.openFiles({ title: 'Import agencies', filters: [] });
    expect(files.map((f) => f.fileName)).toEqual(['nurseries.csv', 'broken.csv']);
    const previews = [];
    for (const f of files) previews.push(await api.call('agencies.importPreview', f));
    expect(previews.map((p) => [p.fileName, p.counts.new, p.counts.error])).toEqual([
      ['nurseries.csv', 1, 0],
      ['broken.csv', 0, 1],
    ]);
    expect(await host.openFiles({ title: 'Import agencies', filters: [] })).toEqual([]);
    expect(host.calls).toEqual(['openFiles: Import agencies', 'openFiles: Import agencies']);
    await expect(host.openFiles({ title: 'Import agencies', filters: [] })).rejects.toThrow(/no files queued/);
  });
});
