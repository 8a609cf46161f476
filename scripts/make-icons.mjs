// Renders the Audit Desk logo (a document with a tick) to resources/icons/icon.png (512×512, Linux/AppImage)
// and icon.ico (16–256 px PNG entries, Windows/NSIS). Run: npx node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256">
  <rect x="8" y="8" width="240" height="240" rx="48" fill="#0f6cbd"/>
  <path d="M72 40h80l40 40v128a8 8 0 0 1-8 8H72a8 8 0 0 1-8-8V48a8 8 0 0 1 8-8z" fill="#ffffff"/>
  <path d="M152 40v32a8 8 0 0 0 8 8h32z" fill="#b4d6fa"/>
  <path d="M84 96h56M84 120h88" stroke="#b4d6fa" stroke-width="10" stroke-linecap="round"/>
  <path d="M92 164l24 24 48-52" fill="none" stroke="#107c10" stroke-width="20" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const render = (size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

// ICO with PNG-compressed entries (valid since Windows Vista; electron-builder wants a 256 px one).
function ico(sizes) {
  const images = sizes.map((size) => ({ size, png: render(size) }));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2);
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'icon.png'), render(512));
writeFileSync(join(outDir, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]));
writeFileSync(join(outDir, 'icon.svg'), `${svg}\n`);
console.log(`Icons written to ${outDir}`);
