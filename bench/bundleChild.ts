/**
 * Bundles a bench child (bench/sizeChild.ts) the way the app's main process is built: one ES
 * module made by vite (electron-vite builds the main bundle with it), the packages in
 * node_modules left as imports. The child then runs with plain node, as the app runs its bundle,
 * instead of under tsx: tsx transpiles each module as it loads and keeps its loader thread and
 * source maps in the process, ~40-50 MB of RSS the app does not have (a 100k open measured back to
 * back: peak 496 MB under tsx, 453 MB bundled, same code).
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** Builds `bench/<name>.ts` into out/bench/<name>.mjs and returns that file's path. */
export async function bundleChild(name: string): Promise<string> {
  const outDir = join(root, 'out', 'bench');
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: join(root, 'bench', `${name}.ts`),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
  });
  return join(outDir, `${name}.mjs`);
}
