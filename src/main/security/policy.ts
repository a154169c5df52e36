/**
 * What the renderer may load and where it may go: a strict CSP, no navigation, no network.
 * Pure functions over URLs so the rules are tested without Electron.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Content-Security-Policy sent with every response (the renderer's index.html carries the
 * same one as a meta tag): only the app's own scripts, styles, fonts and images; no inline
 * scripts, no remote origins, no connections, no frames, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The URL without its #fragment and ?query, to compare pages. */
function pageOf(url: string): string {
  return url.replace(/[?#].*$/s, '');
}

/** True when `url` is the app's own page (any #route of it). */
export function isAppPage(url: string, rendererUrl: string): boolean {
  return pageOf(url) === pageOf(rendererUrl);
}

/**
 * True when the renderer may load `url`: a file inside the renderer's own folder, an inline
 * data: image, or (when `allowDevtools`) the devtools front end. Everything else is refused —
 * the app works offline by design.
 */
export function isAllowedRequest(
  url: string,
  rendererDir: string,
  options: { allowDevtools: boolean },
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'file:': {
      let path: string;
      try {
        path = fileURLToPath(parsed);
      } catch {
        return false;
      }
      const root = resolve(rendererDir) + sep;
      return resolve(path).startsWith(root);
    }
    case 'data:':
      return true;
    case 'devtools:':
      return options.allowDevtools;
    default:
      return false;
  }
}

/** Response headers with the app's CSP set (replacing any the response carried). */
export function withCsp(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}
