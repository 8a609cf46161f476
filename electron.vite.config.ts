import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// Electron does not apply a header CSP to file:// pages, so the built page carries its own. Build only:
// the dev server needs inline scripts for hot reload.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";
const cspMeta = (): Plugin => ({
  name: 'audit-desk-csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
});

// Native and heavy Node modules stay outside the bundle; electron-builder unpacks them from the asar.
const external = ['better-sqlite3', '@resvg/resvg-js', 'exceljs', 'docx', 'vega', 'vega-lite', 'electron'];

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The return reader's worker thread is its own entry; entries and shared chunks sit side by side in out/main,
      // where io/parse-pool.ts looks for parse-worker.js beside the code that imports it.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts'), 'parse-worker': resolve(__dirname, 'electron/backend/io/parse-worker.ts') },
        external,
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: resolve(__dirname, 'electron/preload/index.ts'),
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), cspMeta()],
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; the app ships it, so minify.
      minify: true,
      // Loaded from disk, not a network: one bundle is fine.
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
