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

/** Our pages never leave the app: no navigation away, no new windows (https links go to the browser), no webviews. */
export function secureWebContents(contents: ContentsLike, options: SecurityOptions): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!options.isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isHttpsUrl(url)) void options.shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Applies both to the session and to every web contents ever created, including ones we did not expect. */
export function applySecurity(app: Pick<App, 'on'>, session: SessionLike, options: SecurityOptions): void {
  secureSession(session, options);
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, options));
}
