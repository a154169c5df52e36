// The one place that touches window.scholion (exposed by the preload).
import type { OnMenuCommand, ScholionApi, ScholionBridge } from '../../shared/contract';
import { toScholionError } from '../../shared/contract/errors';

/**
 * The contract object the preload exposed, or an error a user can act on when the renderer
 * was opened outside Scholion (e.g. the HTML file in a plain browser).
 */
export function getScholionApi(): ScholionApi {
  const api = (window as unknown as { scholion?: ScholionApi }).scholion;
  if (!api) {
    throw new Error(
      'Scholion could not reach its library: this window was opened without the app. Start Scholion itself (npm start).',
    );
  }
  return api;
}

/** A message a user can act on for any failure of a contract call. */
export function errorMessage(error: unknown): string {
  const message = toScholionError(error).message.trim();
  return (
    message ||
    'Something went wrong while talking to the library. Try again; if it persists, restart Scholion.'
  );
}

/**
 * window.scholion.onMenuCommand (the native menu's commands), or null when the API has no menu:
 * a test's fake API, or a page opened without the preload.
 */
export function getMenuCommandSource(): OnMenuCommand | null {
  const api = (window as unknown as { scholion?: Partial<ScholionBridge> }).scholion;
  return typeof api?.onMenuCommand === 'function' ? api.onMenuCommand : null;
}
