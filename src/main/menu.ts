/**
 * The application menu: File (Add paper…, Import…, Export…), the views, the usual roles; reload and developer
 * tools only when unpackaged. App commands go to the main window as menu commands.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../shared/contract/menuCommands';

/** The views in the renderer's navigation order, so Ctrl/Cmd+1..6 match the sidebar. */
const VIEW_ITEMS: readonly { command: MenuCommand; label: string }[] = [
  { command: 'view:papers', label: 'Papers' },
  { command: 'view:reader', label: 'Reader' },
  { command: 'view:bibliography', label: 'Bibliography' },
  { command: 'view:claims', label: 'Claims' },
  { command: 'view:notes', label: 'Notes' },
  { command: 'view:lists', label: 'Reading lists' },
];

/**
 * A menu item that sends `command`. The renderer owns these keys (its keydown handler acts on
 * them and the help overlay lists them), so the accelerator is only shown, not registered:
 * a registered one would swallow the key, and the renderer's file picker needs the key press.
 */
function commandItem(
  label: string,
  command: MenuCommand,
  accelerator: string,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions {
  return { label, accelerator, registerAccelerator: false, click: () => send(command) };
}

/** The window menu commands go to: only ever the main window (whichever window is focused). */
export interface CommandTarget {
  isDestroyed(): boolean;
  webContents: { send(channel: string, ...args: unknown[]): void };
}

/** Sends menu commands to the window `mainWindow()` answers, if it is open; else drops them. */
export function menuCommandSender(
  mainWindow: () => CommandTarget | null,
): (command: MenuCommand) => void {
  return (command) => {
    const window = mainWindow();
    if (window && !window.isDestroyed()) window.webContents.send(MENU_CHANNEL, command);
  };
}

/**
 * The menu template for a platform; `isDev` adds Reload and Toggle Developer Tools; `send`
 * delivers the app's commands (see menuCommandSender).
 */
export function menuTemplate(options: {
  appName: string;
  isMac: boolean;
  isDev: boolean;
  send: (command: MenuCommand) => void;
}): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, send } = options;
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [
        commandItem('Add paper…', 'add-paper', 'CmdOrCtrl+Shift+O', send),
        commandItem('Import…', 'import', 'CmdOrCtrl+O', send),
        commandItem('Export…', 'export', 'CmdOrCtrl+E', send),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
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
    {
      label: 'View',
      submenu: [
        ...VIEW_ITEMS.map(({ command, label }, i) =>
          commandItem(label, command, `CmdOrCtrl+${i + 1}`, send),
        ),
        { type: 'separator' },
        ...(isDev
          ? ([
              { role: 'reload' },
              { role: 'forceReload' },
              { role: 'toggleDevTools' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
  );
  return template;
}
