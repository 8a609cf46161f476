import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
  engines?: { node?: string };
  devDependencies?: Record<string, string>;
};

describe('Node version', () => {
  it('runs the tests on Node 22 (the one in node_modules, via npx)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBe(22);
  });

  it('pins Node 22 in package.json', () => {
    expect(pkg.engines?.node).toMatch(/22/);
    expect(pkg.devDependencies?.node).toMatch(/^22\.\d+\.\d+$/);
  });
});
