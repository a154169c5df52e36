// The application menu template per platform and build, and its commands to the main window.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommandSender, menuTemplate, type CommandTarget } from '../../src/main/menu';
import { MENU_CHANNEL, menuCommands, type MenuCommand } from '../../src/shared/contract';

const template = (
  options: { isMac?: boolean; isDev?: boolean } = {},
  send: (command: MenuCommand) => void = () => {},
) =>
  menuTemplate({
    appName: 'Scholion',
    isMac: options.isMac ?? false,
    isDev: options.isDev ?? false,
    send,
  });

const roles = (menus: MenuItemConstructorOptions[]) =>
  menus.flatMap((menu) =>
    Array.isArray(menu.submenu) ? menu.submenu.map((item) => item.role).filter(Boolean) : [],
  );

const itemsOf = (menus: MenuItemConstructorOptions[], label: string) => {
  const submenu = menus.find((m) => m.label === label)?.submenu;
  return (Array.isArray(submenu) ? submenu : []).filter((item) => item.label);
};

/** Clicks an item as Electron does: (item, focused window, event). */
function click(item: MenuItemConstructorOptions, focused: unknown = undefined) {
  const onClick = item.click as unknown as (item: unknown, window: unknown, event: unknown) => void;
  onClick(item, focused, {});
}

function fakeWindow(destroyed = false) {
  const send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  const window: CommandTarget = { isDestroyed: () => destroyed, webContents: { send } };
  return { window, send };
}

describe('menuTemplate', () => {
  it('offers no reload or developer tools in a packaged build', () => {
    const all = roles(template());
    expect(all).toEqual(
      expect.arrayContaining([
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'quit',
      ]),
    );
    expect(all).not.toContain('reload');
    expect(all).not.toContain('forceReload');
    expect(all).not.toContain('toggleDevTools');
  });

  it('adds them when unpackaged', () => {
    expect(roles(template({ isDev: true }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('has the app menu first on macOS', () => {
    const mac = template({ isMac: true });
    expect(mac[0]?.label).toBe('Scholion');
    expect(roles(mac)).toEqual(expect.arrayContaining(['about', 'hide', 'quit', 'front']));
  });

  it.each([false, true])('has Add paper…, Import… and Export… in File (macOS: %s)', (isMac) => {
    const file = itemsOf(template({ isMac }), 'File');
    expect(file.map((i) => [i.label, i.accelerator])).toEqual([
      ['Add paper…', 'CmdOrCtrl+Shift+O'],
      ['Import…', 'CmdOrCtrl+O'],
      ['Export…', 'CmdOrCtrl+E'],
    ]);
  });

  it('lists the views in View with Ctrl/Cmd+1..6, in the sidebar’s order', () => {
    const views = itemsOf(template(), 'View');
    expect(views.map((i) => [i.label, i.accelerator])).toEqual([
      ['Papers', 'CmdOrCtrl+1'],
      ['Reader', 'CmdOrCtrl+2'],
      ['Bibliography', 'CmdOrCtrl+3'],
      ['Claims', 'CmdOrCtrl+4'],
      ['Notes', 'CmdOrCtrl+5'],
      ['Reading lists', 'CmdOrCtrl+6'],
    ]);
  });

  it('shows the accelerators without registering them: the renderer owns those keys', () => {
    const items = [...itemsOf(template(), 'File'), ...itemsOf(template(), 'View')];
    expect(items).toHaveLength(9);
    for (const item of items) expect(item.registerAccelerator).toBe(false);
  });

  it('sends each item’s own command, and every command has an item', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const menus = template({}, send);
    for (const item of [...itemsOf(menus, 'File'), ...itemsOf(menus, 'View')]) click(item);
    expect(send.mock.calls.map(([command]) => command)).toEqual([...menuCommands]);
  });
});

describe('menuCommandSender', () => {
  it('sends to the main window only, whichever window the click came from', () => {
    const main = fakeWindow();
    const other = fakeWindow();
    const menus = template(
      {},
      menuCommandSender(() => main.window),
    );
    click(itemsOf(menus, 'File')[1]!, other.window);
    click(itemsOf(menus, 'View')[3]!, other.window);
    expect(main.send.mock.calls).toEqual([
      [MENU_CHANNEL, 'import'],
      [MENU_CHANNEL, 'view:claims'],
    ]);
    expect(other.send).not.toHaveBeenCalled();
  });

  it('drops the command when the main window is closed or gone', () => {
    const closed = fakeWindow(true);
    expect(() => menuCommandSender(() => closed.window)('export')).not.toThrow();
    expect(closed.send).not.toHaveBeenCalled();
    expect(() => menuCommandSender(() => null)('export')).not.toThrow();
  });
});
