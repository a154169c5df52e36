/**
 * The one event of the contract: commands of the native menu, sent one way from main to the main
 * window on the channel MENU_CHANNEL. Zod-free, so the sandboxed preload can import it.
 */

/** Every command the menu sends, in menu order. */
export const menuCommands = [
  'add-paper',
  'import',
  'export',
  'view:papers',
  'view:reader',
  'view:bibliography',
  'view:claims',
  'view:notes',
  'view:lists',
] as const;

/** A command of the native menu. */
export type MenuCommand = (typeof menuCommands)[number];

/** The IPC channel main sends menu commands on (no contract method is called "menu"). */
export const MENU_CHANNEL = 'scholion:menu';

/** Called with each menu command the window receives. */
export type MenuCommandListener = (command: MenuCommand) => void;

/** Subscribes to menu commands; answers the function that unsubscribes. */
export type OnMenuCommand = (listener: MenuCommandListener) => () => void;

/** True when `name` is one of the menu's commands. */
export function isMenuCommand(name: unknown): name is MenuCommand {
  return typeof name === 'string' && (menuCommands as readonly string[]).includes(name);
}

/**
 * Builds window.scholion.onMenuCommand over a transport: `listen` delivers every raw message of
 * the channel and answers how to stop. Names not in `commands` are dropped, so a listener only
 * ever sees a MenuCommand. Used by the preload (over ipcRenderer) and the e2e harness; the body
 * references nothing outside itself, so the harness can inject its source text into a page.
 */
export function buildOnMenuCommand(
  commands: readonly string[],
  listen: (deliver: (name: unknown) => void) => () => void,
): OnMenuCommand {
  return (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
    let active = true;
    const stop = listen((name) => {
      if (active && typeof name === 'string' && commands.includes(name)) {
        listener(name as MenuCommand);
      }
    });
    return () => {
      if (!active) return;
      active = false;
      stop();
    };
  };
}
