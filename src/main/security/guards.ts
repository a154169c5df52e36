/** Installs the shell's security rules on Electron: CSP header, offline session, no navigation. */
import type { App, Session, WebContents } from 'electron';
import { isAllowedRequest, isAppPage, withCsp } from './policy';

export interface GuardOptions {
  rendererUrl: string;
  rendererDir: string;
  /** Lets the devtools front end load (unpackaged builds only). */
  allowDevtools: boolean;
}

/**
 * Makes a session offline and strict: every response gets the app's CSP, every request outside
 * the renderer's own files is cancelled, and every permission (camera, notifications, ...) is
 * refused.
 */
export function secureSession(session: Session, options: GuardOptions): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options.rendererDir, options);
    if (!allowed)
      console.warn(`Scholion refused a request to ${details.url} (the app works offline).`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Denies navigation away from the app, new windows and webviews in one web contents. */
export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppPage(url, options.rendererUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies {@link guardWebContents} to every web contents the app ever creates. */
export function guardAllWebContents(app: App, options: GuardOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}
