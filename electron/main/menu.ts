import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  isPackaged: boolean;
  openDataFolder: () => void;
  showAbout: () => void;
}

/** File / Edit / View / Help, as Office users expect; developer tools only in an unpackaged build. */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!actions.isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  return [
    {
      label: '&File',
      submenu: [
        { label: 'Open &data folder', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: view },
    { label: '&Help', submenu: [{ label: '&About Audit Desk', click: () => actions.showAbout() }] },
  ];
}
