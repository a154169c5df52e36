// The one place that touches window.scholion (exposed by the preload).
import type { ScholionApi } from '../../shared/contract';
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
