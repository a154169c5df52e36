/** Binds every contract method to ipcMain, trusting only the main window's app page. */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelOf, methodNames, type ContractResult } from '../shared/contract';
import { invokeMethod, type Handlers } from './handlers';
import { isAppPage } from './security/policy';

/**
 * True when an IPC call comes from the app's own page in the trusted web contents' top frame —
 * not from another window, an iframe, or a page the window was somehow navigated to.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  trusted: WebContents | null,
  rendererUrl: string,
): boolean {
  if (!trusted || event.sender !== trusted) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppPage(frame.url, rendererUrl);
}

/**
 * Registers one ipcMain.handle per contract method. Each answers a ContractResult and never
 * throws: a call from an untrusted sender answers 'forbidden', bad input 'invalid-payload'.
 * Returns a function that removes the handlers.
 */
export function bindContract(
  ipcMain: IpcMain,
  handlers: Handlers,
  options: { trustedContents: () => WebContents | null; rendererUrl: string },
): () => void {
  for (const method of methodNames) {
    ipcMain.handle(
      channelOf(method),
      async (event, input: unknown): Promise<ContractResult<unknown>> => {
        if (!isTrustedSender(event, options.trustedContents(), options.rendererUrl)) {
          console.warn(
            `Scholion refused ${method} from ${event.senderFrame?.url ?? 'an unknown frame'}.`,
          );
          return {
            ok: false,
            error: {
              code: 'forbidden',
              message: `${method} may only be called by Scholion's own window.`,
            },
          };
        }
        return invokeMethod(handlers, method, input);
      },
    );
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(channelOf(method));
  };
}
