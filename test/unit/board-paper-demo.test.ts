import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleSummary, ReturnRow } from '../../shared/domain/cycle';
import type { BoardPaperDraft, GeneratedReport } from '../../shared/domain/report';
import { call } from '../helpers/backend';
import { documentXml, openDocx, paragraphTexts } from '../helpers/docx';
import { assertSharedPresent, describeChecks, requireShared, runCheckDocx } from '../helpers/shared-tools';
import { reportBackend, type TestBackend } from './board-paper-fixture';

// Smoke test on the demo partnership, whatever the other features have seeded into it by now: every
// section has something to say, and the paper, a letter and the extract are valid Word documents.

let b: TestBackend;
let cycle: CycleSummary;
beforeAll(async () => {
  b = await reportBackend({ seedDemo: true });
  cycle = (await call<CycleSummary[]>(b, 'cycles.list')).find((c) => c.status === 'open')!;
}, 120_000);
afterAll(() => b?.close());

describe('the demo partnership', () => {
  it('has generated text for every built-in section except the scrutineer’s own report', async () => {
    const d = await call<BoardPaperDraft>(b, 'boardPapers.get', { cycleId: cycle.id });
    for (const s of d.sections) expect(s.text.trim().length > 0, s.key).toBe(s.key !== 'scrutineer');
    expect(d.sections.find((s) => s.key === 'background')!.text).toContain(`the following ${cycle.inScope} agencies took part`);
  });

  const dir = mkdtempSync(join(tmpdir(), 'audit-desk-demo-paper-'));
  const files: Array<[string, GeneratedReport]> = [];
  it('makes the board paper, a letter and the extract', async () => {
    const paper = await call<GeneratedReport>(b, 'boardPapers.generate', { cycleId: cycle.id });
    const scope = await call<ReturnRow[]>(b, 'returns.list', { cycleId: cycle.id });
    const letter = await call<GeneratedReport>(b, 'letters.generate', { cycleAgencyId: scope[0]!.cycleAgencyId });
    const extract = await call<GeneratedReport>(b, 'annualExtract.generate', {});
    files.push(['paper.docx', paper], ['letter.docx', letter], ['extract.docx', extract]);
    const texts = paragraphTexts(await documentXml(await openDocx(Buffer.from(paper.file.contentBase64, 'base64'))));
    expect(texts).toContain('Appendix 1: Results by agency and standard');
    expect(texts).toContain(cycle.name);
  });

  it.skipIf(!requireShared('docx-check'))('passes check-docx for all three', () => {
    assertSharedPresent();
    expect(files).toHaveLength(3);
    for (const [name, r] of files) {
      const file = join(dir, name);
      writeFileSync(file, Buffer.from(r.file.contentBase64, 'base64'));
      const check = runCheckDocx(file);
      expect(check.status, `${name}\n${describeChecks(check)}`).toBe(0);
    }
  });
});
