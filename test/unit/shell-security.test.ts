import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createAppUrlCheck } from '../../electron/main/app-url';
import { applySecurity, contentSecurityPolicy, secureSession } from '../../electron/main/security';
import { APP_URL, harden, rendererFile } from '../helpers/hardened-contents';
import { createFakeElectron, createFakeSession, fakeEvent, FakeEmitter, FakeWebContents } from '../helpers/fake-electron';

// The fake records handlers loosely; the shell wants Electron's overloaded signatures.
const asSession = (s: ReturnType<typeof createFakeSession>) => s as unknown as Parameters<typeof secureSession>[0];


describe('session', () => {
  it('denies every permission request and permission check', () => {
    const session = createFakeSession();
    secureSession(asSession(session));
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, 'media', callback, {});
    session.permissionRequestHandler?.({}, 'notifications', callback, {});
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(session.permissionCheckHandler?.({}, 'clipboard-read', 'file://', {})).toBe(false);
  });

  it('adds the Content-Security-Policy header, replacing any the response carried', () => {
    const session = createFakeSession();
    secureSession(asSession(session));
    const callback = vi.fn();
    session.headersHandler?.({ responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, callback);
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['X-Other']).toEqual(['1']);
    expect(Object.keys(headers).filter((k) => k.toLowerCase() === 'content-security-policy')).toEqual(['Content-Security-Policy']);
    const csp = headers['Content-Security-Policy']?.[0] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ])
      expect(csp.split('; ')).toContain(directive);
  });

  it('relaxes scripts and websockets only for the dev server', () => {
    const built = contentSecurityPolicy();
    expect(built).toMatch(/script-src 'self';/);
    expect(built).not.toContain('ws:');
    const dev = contentSecurityPolicy('http://localhost:5173');
    expect(dev).toMatch(/script-src 'self' 'unsafe-inline';/);
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
  });
});

describe('web contents', () => {
  it('prevents navigation away from the app but allows its own page', () => {
    const { navigate } = harden();
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('https://evil.example/', 'will-redirect')).toBe(true);
    expect(navigate(APP_URL)).toBe(false);
    expect(navigate(`${APP_URL}#/frameworks/3`)).toBe(false);
  });

  it('denies every new window and sends only https links to the browser', () => {
    const { openWindow, shell } = harden();
    expect(openWindow('https://www.gov.uk/guidance')).toEqual({ action: 'deny' });
    expect(openWindow('http://insecure.example/')).toEqual({ action: 'deny' });
    expect(openWindow('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(openWindow(APP_URL)).toEqual({ action: 'deny' });
    expect(shell.openExternal.mock.calls).toEqual([['https://www.gov.uk/guidance']]);
  });

  it('prevents webviews from being attached', () => {
    const { contents } = harden();
    const e = fakeEvent();
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('hardens every web contents the app creates, and the default session', () => {
    const app = new FakeEmitter();
    const session = createFakeSession();
    const { shell } = createFakeElectron();
    applySecurity(app as unknown as App, asSession(session), { isAppUrl: createAppUrlCheck({ rendererFile }), shell });
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalled();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });
});

describe('app URL check', () => {
  it('accepts only our index.html or the dev server origin', () => {
    const check = createAppUrlCheck({ rendererFile, devServerUrl: 'http://localhost:5173/' });
    expect(check(APP_URL)).toBe(true);
    expect(check(`${APP_URL}?x=1#/y`)).toBe(true);
    expect(check('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(check('http://localhost:5174/')).toBe(false);
    expect(check(pathToFileURL(join(sep, 'app', 'out', 'renderer', 'other.html')).href)).toBe(false);
    expect(check('file://attacker/app/out/renderer/index.html')).toBe(false);
    expect(check('not a url')).toBe(false);
    expect(check('')).toBe(false);
  });

  it('compares paths without regard to case on Windows only', () => {
    const mixed = join(sep, 'Program Files', 'Audit Desk', 'out', 'renderer', 'index.html');
    const lower = pathToFileURL(mixed.toLowerCase()).href;
    expect(createAppUrlCheck({ rendererFile: mixed }, 'win32')(lower)).toBe(true);
    expect(createAppUrlCheck({ rendererFile: mixed }, 'linux')(lower)).toBe(false);
  });
});
