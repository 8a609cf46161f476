import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WebContents } from 'electron';
import { createAppUrlCheck } from '../../electron/main/app-url';
import { secureWebContents } from '../../electron/main/security';
import { createFakeElectron, fakeEvent, FakeWebContents } from './fake-electron';

/** Where the built page would be in an installed app, and its file:// address. */
export const rendererFile = join(sep, 'app', 'out', 'renderer', 'index.html');
export const APP_URL = pathToFileURL(rendererFile).href;

/** A fake web contents with the shell's security handlers on, and helpers to try navigating and opening windows. */
export function harden() {
  const { shell } = createFakeElectron();
  const contents = new FakeWebContents();
  secureWebContents(contents as unknown as WebContents, { isAppUrl: createAppUrlCheck({ rendererFile }), shell });
  /** True when the shell stopped the navigation. */
  const navigate = (url: string, event = 'will-navigate') => {
    const e = fakeEvent({ url });
    contents.emit(event, e, url);
    return e.defaultPrevented;
  };
  const openWindow = (url: string) => contents.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' });
  return { contents, shell, navigate, openWindow };
}
