import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, safeExternalUrl, secureSession } from '../../electron/main/security';
import { mainWindowOptions } from '../../electron/main/window';
import { APP_URL, harden } from '../helpers/hardened-contents';
import { createFakeSession } from '../helpers/fake-electron';

// Electron hardening beyond shell-security.test.ts: which links may reach the OS (https and mailto only, each
// checked), that a click on one opens it outside while the page stays put, that a redirect never opens
// anything, every permission Electron knows refused, and the window's whole set of web preferences.


const HOSTILE_LINKS = [
  'http://insecure.example/',
  'file:///C:/Windows/System32/calc.exe',
  'file://attacker/share/payload.exe',
  '\\\\attacker\\share\\payload.exe',
  'smb://attacker/share',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'search-ms:query=invoice&crumb=location:\\\\attacker\\share',
  'ms-officecmd:{"id":1}',
  'javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'ftp://attacker.example/',
  'https://user:pass@bank.example.attacker.example/',
  'https://',
  'https://evil.example/\r\nX-Injected: 1',
  'https://evil.example/\u0000.pdf',
  'https://evil.example/\t',
  'mailto:',
  'mailto:?subject=no-address',
  'mailto:not-an-address',
  `https://example.org/${'a'.repeat(40_000)}`,
  '',
  'not a url',
];

describe('links handed to the OS', () => {
  it('accepts https pages and mailto drafts, returning the checked form', () => {
    expect(safeExternalUrl('https://www.gov.uk/guidance')).toBe('https://www.gov.uk/guidance');
    expect(safeExternalUrl('mailto:dsl@school.example?subject=Section%2011%20reminder&body=Dear%20colleague')).toBe(
      'mailto:dsl@school.example?subject=Section%2011%20reminder&body=Dear%20colleague',
    );
    expect(safeExternalUrl('mailto:a@b.example,c@d.example')).toMatch(/^mailto:a@b\.example/);
  });

  it('refuses every other scheme, credentials in the host, control characters and absurd lengths', () => {
    for (const url of HOSTILE_LINKS) expect(safeExternalUrl(url), url).toBeNull();
  });

  it('never lets anything but https: or mailto: through, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ validSchemes: ['http', 'https', 'ftp', 'file', 'smb'] }), fc.string().map((s) => `mailto:${s}`)), (url) => {
        const safe = safeExternalUrl(url);
        if (safe !== null) expect(['https:', 'mailto:']).toContain(new URL(safe).protocol);
      }),
      { numRuns: 2000 },
    );
  });

  it('window.open: https and mailto go to the OS after checking; everything else is only denied', () => {
    const { openWindow, shell } = harden();
    expect(openWindow('mailto:dsl@school.example?subject=Reminder')).toEqual({ action: 'deny' });
    expect(openWindow('https://www.gov.uk/')).toEqual({ action: 'deny' });
    for (const url of HOSTILE_LINKS) expect(openWindow(url)).toEqual({ action: 'deny' });
    expect(shell.openExternal.mock.calls).toEqual([['mailto:dsl@school.example?subject=Reminder'], ['https://www.gov.uk/']]);
  });

  it('a clicked mailto: or https link opens outside while the page stays; other schemes open nothing', () => {
    const { navigate, shell } = harden();
    expect(navigate('mailto:dsl@school.example')).toBe(true);
    expect(navigate('https://www.gov.uk/')).toBe(true);
    for (const url of HOSTILE_LINKS) expect(navigate(url), url).toBe(true);
    expect(shell.openExternal.mock.calls).toEqual([['mailto:dsl@school.example'], ['https://www.gov.uk/']]);
    expect(navigate(`${APP_URL}#/actions`)).toBe(false);
  });

  it('a redirect is refused and never opens anything, even to https', () => {
    const { navigate, shell } = harden();
    expect(navigate('https://www.gov.uk/', 'will-redirect')).toBe(true);
    expect(navigate('mailto:x@y.example', 'will-redirect')).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('session and window', () => {
  it('refuses every permission Electron can ask for, by request and by check', () => {
    const session = createFakeSession();
    secureSession(session as unknown as Parameters<typeof secureSession>[0]);
    const permissions = [
      'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media',
      'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection',
      'storage-access', 'top-level-storage-access', 'window-management', 'unknown', 'fileSystem', 'hid', 'serial', 'usb', 'bluetooth',
    ];
    const callback = vi.fn();
    for (const p of permissions) session.permissionRequestHandler?.({}, p, callback, { requestingUrl: APP_URL });
    expect(callback.mock.calls).toEqual(permissions.map(() => [false]));
    for (const p of permissions) expect(session.permissionCheckHandler?.({}, p, APP_URL, {})).toBe(false);
  });

  it('sends a CSP that allows no remote connection, script, frame or plugin', () => {
    const csp = contentSecurityPolicy();
    const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|\*|https?:/);
  });

  it('every web preference that weakens isolation is off, and devtools are off in the packaged app', () => {
    const prefs = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', isPackaged: true }).webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    for (const risky of ['nodeIntegrationInSubFrames', 'experimentalFeatures', 'enableBlinkFeatures', 'enableRemoteModule', 'additionalArguments'] as const)
      expect((prefs as Record<string, unknown>)[risky] ?? false, risky).toBeFalsy();
  });
});
