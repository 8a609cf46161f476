import type { App, Session, Shell, WebContents } from 'electron';

const BASE_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Fluent UI (Griffel) injects <style> elements at runtime.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The Content-Security-Policy for our pages. The dev server needs the React refresh preamble (an inline
 * script) and its HMR websocket; a built app never gets those allowances.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const policy: Record<string, string[]> = { ...BASE_CSP };
  if (devServerUrl) {
    const ws = new URL(devServerUrl);
    ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:';
    policy['script-src'] = [...BASE_CSP['script-src'], "'unsafe-inline'"];
    policy['connect-src'] = [...BASE_CSP['connect-src'], ws.origin];
  }
  return Object.entries(policy)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

export const isHttpsUrl = (url: string): boolean => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

/** Long enough for a chaser's mailto: with its whole body; far beyond any real link. */
const MAX_EXTERNAL_URL = 32_768;

/**
 * The only links handed to the OS: https web pages and mailto: drafts, checked first. Returns the URL to open
 * (as parsed, so what is opened is what was checked) or null. Control characters are refused outright (the
 * URL parser would silently drop tabs and newlines, and a shell handler might not); https must have a real
 * host and no user:password@ (which disguises the host); mailto must name an address.
 */
export function safeExternalUrl(url: string): string | null {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL || /[\u0000-\u001f\u007f]/.test(url)) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'https:') return u.hostname && !u.username && !u.password ? u.href : null;
  if (u.protocol === 'mailto:') return /^[^@\s/\\]+@[^@\s/\\]+/.test(decodeURIComponentSafe(u.pathname)) ? u.href : null;
  return null;
}

const decodeURIComponentSafe = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
};

export interface SecurityOptions {
  isAppUrl: (url: string) => boolean;
  shell: Pick<Shell, 'openExternal'>;
  devServerUrl?: string;
}

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/** The app needs no camera, notifications, geolocation…: refuse every permission, and send our CSP. */
export function secureSession(session: SessionLike, options: Pick<SecurityOptions, 'devServerUrl'> = {}): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const csp = contentSecurityPolicy(options.devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    // Replace rather than add, so a server-sent policy cannot loosen ours.
    for (const key of Object.keys(headers)) if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
}

type ContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Our pages never leave the app: no navigation away, no new windows (checked https and mailto links go to the OS), no webviews. */
export function secureWebContents(contents: ContentsLike, options: SecurityOptions): void {
  const openOutside = (url: string) => {
    const safe = safeExternalUrl(url);
    if (safe) void options.shell.openExternal(safe).catch(() => undefined);
  };
  // A clicked link to a web page or a mailto: goes to the browser or mail program; the page itself never leaves.
  contents.on('will-navigate', (event) => {
    if (options.isAppUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  // A redirect is the server's doing, not the user's: refused, never opened.
  contents.on('will-redirect', (event) => {
    if (!options.isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Applies both to the session and to every web contents ever created, including ones we did not expect. */
export function applySecurity(app: Pick<App, 'on'>, session: SessionLike, options: SecurityOptions): void {
  secureSession(session, options);
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, options));
}
