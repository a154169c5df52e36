/** Locates and reads the bundled resources (paper, bibliography) from disk. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUNDLED_PAPER_FILE = 'lavenex-panizzon-2013-multilayered-migration-governance.md';
export const BUNDLED_BIBLIOGRAPHY_FILE = 'bibliography.csl.json';

/**
 * Finds the `resources/` folder by walking up from this module (works from src/ under tsx and
 * from the bundled out/main/ alike). Throws with the places it looked if none is found.
 */
export function findResourcesDir(start: string = dirname(fileURLToPath(import.meta.url))): string {
  const tried: string[] = [];
  let dir = resolve(start);
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources');
    tried.push(candidate);
    if (existsSync(join(candidate, BUNDLED_PAPER_FILE))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`Scholion's resources folder was not found (looked in ${tried.join(', ')}).`);
}

/** Reads the bundled paper's source text and bibliography JSON. */
export function readBundledResources(resourcesDir: string): {
  paperSource: string;
  bibliography: unknown;
} {
  const paperSource = readFileSync(join(resourcesDir, BUNDLED_PAPER_FILE), 'utf8');
  const bibliography: unknown = JSON.parse(
    readFileSync(join(resourcesDir, BUNDLED_BIBLIOGRAPHY_FILE), 'utf8'),
  );
  return { paperSource, bibliography };
}
