/** Where the app's files are: built renderer and preload, bundled resources, the window-state file. */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface AppPaths {
  /** The built renderer's entry (out/renderer/index.html). */
  rendererHtml: string;
  /** Its file:// URL: the only page the window may show and the only sender IPC trusts. */
  rendererUrl: string;
  /** The folder the renderer's own files live in; file:// requests outside it are refused. */
  rendererDir: string;
  /** The CommonJS preload (a sandboxed preload cannot be an ES module). */
  preload: string;
  /** The bundled paper and bibliography. */
  resourcesDir: string;
}

/**
 * Resolves the app's paths. `resources/` sits at the repo root in dev and preview
 * (`appPath`), and in `process.resourcesPath` once packaged.
 */
export function resolveAppPaths(options: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}): AppPaths {
  const rendererHtml = fileURLToPath(new URL('../renderer/index.html', import.meta.url));
  return {
    rendererHtml,
    rendererUrl: pathToFileURL(rendererHtml).href,
    rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
    preload: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
    resourcesDir: options.isPackaged ? options.resourcesPath : join(options.appPath, 'resources'),
  };
}
