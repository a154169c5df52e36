/** Loads the bundled CSL styles and locales (resources/csl/) into core/formats, once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  registerCslLocale,
  registerCslStyle,
  STYLE_IDS,
  STYLES,
  type LocaleId,
  type StyleId,
} from '../../core/formats';
import { findResourcesDir } from '../library/resources';

/** Style id -> file in resources/csl/ (files keep their names from the CSL styles repository). */
export const BUNDLED_STYLE_FILES: Readonly<Record<StyleId, string>> = Object.fromEntries(
  STYLE_IDS.map((id) => [id, STYLES[id].file]),
) as Record<StyleId, string>;
export const BUNDLED_LOCALE_FILES: Readonly<Record<LocaleId, string>> = {
  'en-US': 'locales-en-US.xml',
  'en-GB': 'locales-en-GB.xml',
};

let loadedFrom: string | null = null;

/**
 * Registers the bundled styles and locales with core/formats so that formatBibliography and
 * friends work. Idempotent; `resourcesDir` defaults to the app's resources/ folder.
 * Throws naming the missing file when a style or locale is not there.
 */
export function loadBundledCsl(resourcesDir: string = findResourcesDir()): void {
  if (loadedFrom === resourcesDir) return;
  const dir = join(resourcesDir, 'csl');
  const read = (file: string): string => {
    try {
      return readFileSync(join(dir, file), 'utf8');
    } catch {
      throw new Error(`The bundled CSL file ${join(dir, file)} is missing; reinstall Scholion.`);
    }
  };
  for (const [id, file] of Object.entries(BUNDLED_STYLE_FILES))
    registerCslStyle(id as StyleId, read(file));
  for (const [lang, file] of Object.entries(BUNDLED_LOCALE_FILES))
    registerCslLocale(lang, read(file));
  loadedFrom = resourcesDir;
}
