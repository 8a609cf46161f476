import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../electron/backend/paths';

describe('default data folder, matching Electron userData', () => {
  it('uses APPDATA on Windows', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' }, 'win32', 'C:\\Users\\sam')).toMatch(/Roaming.Audit Desk$/);
  });
  it('uses Application Support on macOS and ~/.config on Linux', () => {
    expect(defaultDataDir({}, 'darwin', '/Users/sam')).toBe('/Users/sam/Library/Application Support/Audit Desk');
    expect(defaultDataDir({}, 'linux', '/home/sam')).toBe('/home/sam/.config/Audit Desk');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/sam')).toBe('/cfg/Audit Desk');
  });
  it('lets AUDIT_DESK_DATA override everything', () => {
    expect(defaultDataDir({ AUDIT_DESK_DATA: '/data/x', APPDATA: 'C:\\y' }, 'win32', 'C:\\')).toBe('/data/x');
  });
});
