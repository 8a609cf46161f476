import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder; it has no bundled types.
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  asarUnpack: string[];
  npmRebuild: boolean;
  win: { target: string[]; icon: string };
  nsis: { perMachine: boolean; allowElevation: boolean; oneClick: boolean };
  linux: { target: string[]; icon: string };
  publish: null;
}
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('uk.gov.scp.auditdesk');
    expect(config.productName).toBe('Audit Desk');
  });

  it('packs the bundles and resources, unpacking the native modules', () => {
    expect(config.directories.output).toBe('dist');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config.extraResources).toContainEqual({ from: 'resources', to: 'resources' });
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.asarUnpack).toContain('node_modules/@resvg/**');
    expect(config.npmRebuild).toBe(false);
    expect(config.publish).toBeNull();
  });

  it('builds a per-user NSIS installer, a portable exe and an AppImage', () => {
    expect(config.win.target).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.allowElevation).toBe(false);
    expect(config.linux.target).toContain('AppImage');
  });

  it('passes electron-builder’s own schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    const logger = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
    // …and that check does catch a misplaced option.
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: false } }, logger)).rejects.toThrow(/Invalid configuration/);
  });

  it('points at icons that exist and are what Windows and Linux need', () => {
    const ico = readFileSync(join(root, config.win.icon));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // type 1 = icon
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
    for (let i = 0; i < count; i++) {
      const size = ico.readUInt32LE(6 + 16 * i + 8);
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(offset + size).toBeLessThanOrEqual(ico.length);
      expect(ico.subarray(offset, offset + 8).toString('hex')).toBe('89504e470d0a1a0a');
    }

    const png = readFileSync(join(root, config.linux.icon));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(existsSync(join(root, 'resources', 'icons', 'icon.svg'))).toBe(true);
  });
});
