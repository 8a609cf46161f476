import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppLocation {
  /** out/renderer/index.html, loaded with loadFile in a built app. */
  rendererFile: string;
  /** The electron-vite dev server (ELECTRON_RENDERER_URL), only when running unpackaged. */
  devServerUrl?: string;
}

/**
 * True for URLs of our own renderer: the built index.html (any hash or query, for routing) or the dev
 * server's origin. Used to gate IPC and navigation, so a page that somehow navigated elsewhere gets nothing.
 */
export function createAppUrlCheck(location: AppLocation, platform: NodeJS.Platform = process.platform): (url: string) => boolean {
  const devOrigin = location.devServerUrl ? new URL(location.devServerUrl).origin : null;
  // Windows paths compare case-insensitively (Chromium may report c: where we have C:).
  const norm = (p: string) => (platform === 'win32' ? resolve(p).toLowerCase() : resolve(p));
  const rendererFile = norm(location.rendererFile);
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (devOrigin && parsed.origin === devOrigin) return true;
    if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
    try {
      return norm(fileURLToPath(parsed)) === rendererFile;
    } catch {
      return false;
    }
  };
}
