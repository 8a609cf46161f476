import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/backend';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('layer boundaries', () => {
  it('shared/ imports nothing but zod, date-fns and itself: no Node, DOM or Electron', () => {
    // date-fns is plain calendar arithmetic that runs anywhere; everything platform-bound stays out.
    const allowed = new Set(['zod', 'date-fns']);
    const bad: string[] = [];
    for (const f of files(join(REPO, 'shared'))) {
      for (const i of imports(f)) if (!(allowed.has(i) || i.startsWith('.'))) bad.push(`${relative(REPO, f)} imports ${i}`);
      const src = readFileSync(f, 'utf8');
      if (/\b(window|document|process|Buffer|require)\s*[.(]/.test(src.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '')))
        bad.push(`${relative(REPO, f)} uses a platform global`);
    }
    expect(bad).toEqual([]);
  });

  it('electron/backend never imports electron, so it runs under plain Node', () => {
    const bad = files(join(REPO, 'electron', 'backend')).filter((f) => imports(f).some((i) => i === 'electron' || i.startsWith('electron/')));
    expect(bad.map((f) => relative(REPO, f))).toEqual([]);
  });

  it('the renderer reaches the backend only through shared/, never by importing electron/', () => {
    const bad = files(join(REPO, 'renderer')).filter((f) => imports(f).some((i) => /(^|\/)electron(\/|$)/.test(i) && !i.startsWith('@')));
    expect(bad.map((f) => relative(REPO, f))).toEqual([]);
  });

  it('the preload holds the contextBridge only: no backend imports', () => {
    const bad = files(join(REPO, 'electron', 'preload')).flatMap((f) => imports(f).filter((i) => i.includes('backend')));
    expect(bad).toEqual([]);
  });
});
