/**
 * The CSL styles and locales citeproc may use. Core cannot read files, so the caller registers the
 * XML it loaded (services/export does this from resources/csl/); nothing is fetched at run time.
 */
import type { LocaleId, StyleId } from '../types';
import { textDigest } from './textDigest';

const styles = new Map<StyleId, string>();
const locales = new Map<string, string>();
let version = 0;

/** Registers (or replaces) the CSL XML of a style. */
export function registerCslStyle(id: StyleId, xml: string): void {
  if (!/<style[\s>]/.test(xml)) throw new Error(`CSL style "${id}" is not a CSL style document.`);
  styles.set(id, xml);
  version += 1;
}

/** Registers (or replaces) a CSL locale file ("en-US", "en-GB"). */
export function registerCslLocale(lang: LocaleId | string, xml: string): void {
  if (!/<locale[\s>]/.test(xml)) throw new Error(`CSL locale "${lang}" is not a CSL locale file.`);
  locales.set(lang, xml);
  version += 1;
}

/** True when the style and (if given) the locale are registered. */
export function hasCslResources(style: StyleId, locale?: LocaleId): boolean {
  return styles.has(style) && (locale === undefined || locales.has(locale));
}

/** The XML of a style; throws an actionable error when it was never registered. */
export function cslStyleXml(id: StyleId): string {
  const xml = styles.get(id);
  if (xml === undefined) {
    throw new Error(
      `The citation style "${id}" is not loaded. Load the bundled styles first ` +
        `(services/export: loadBundledCsl()).`,
    );
  }
  return xml;
}

/** The XML of a locale, or undefined (citeproc then falls back to en-US). */
export function cslLocaleXml(lang: string): string | undefined {
  return locales.get(lang) ?? locales.get(lang.replace('_', '-'));
}

/** Changes whenever a style or locale is (re)registered, so caches built on the old XML expire. */
export function cslResourcesVersion(): number {
  return version;
}

/** A digest of every registered locale's XML (what any style may fall back to). */
export function cslLocalesDigest(): string {
  const langs = [...locales.keys()].sort();
  return textDigest(langs.map((lang) => `${lang}\u0000${locales.get(lang)!}`).join('\u0000'));
}
