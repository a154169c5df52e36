/** Citations written into a manuscript: pandoc, biblatex \parencite, natbib \citep, or plain keys. */
import type { Work } from '../bibliography/model';
import { formatInTextCluster } from './format';
import type { LocaleId, ManuscriptCiteKey, ManuscriptForm, StyleId } from './types';

export interface ManuscriptOptions {
  /** For the plain form: the works to cite (by key) and the style that formats them. */
  works?: readonly Work[];
  style?: StyleId;
  locale?: LocaleId;
}

/**
 * Writes a citation of one or more works for a manuscript:
 * - pandoc: `[@betts2011c, p. 41; @kohler2011]` (a bare-number locator gets "p. ", others kept),
 * - latex-parencite: `\parencite[41]{betts2011c}`, several keys `\parencite{a,b}`
 *   (biblatex's \parencites when more than one has a locator),
 * - latex-citep: `\citep[41]{betts2011c}` (natbib; a locator only with a single key),
 * - plain: the style's in-text form, "(Betts, 2011, p. 41; Koehler, 2011)", when `opts.works` and
 *   `opts.style` are given (the works are also the context for disambiguation); otherwise the
 *   keys as text, `betts2011c, p. 41; kohler2011`.
 * Throws when a plain citation names a key that is not among `opts.works`.
 */
export function formatManuscriptCitation(
  keys: readonly ManuscriptCiteKey[],
  form: ManuscriptForm,
  opts: ManuscriptOptions = {},
): string {
  if (keys.length === 0) return '';
  switch (form) {
    case 'pandoc':
      return `[${keys.map((k) => `@${pandocKey(k.key)}${pandocLocator(k.locator)}`).join('; ')}]`;
    case 'latex-parencite':
      return latex('parencite', keys, true);
    case 'latex-citep':
      return latex('citep', keys, false);
    case 'plain':
      return opts.works && opts.style ? styled(keys, opts.works, opts) : plainKeys(keys);
  }
}

function plainKeys(keys: readonly ManuscriptCiteKey[]): string {
  return keys.map((k) => `${k.key}${pandocLocator(k.locator)}`).join('; ');
}

function styled(
  keys: readonly ManuscriptCiteKey[],
  works: readonly Work[],
  opts: ManuscriptOptions,
): string {
  const byKey = new Map(works.map((w) => [w.citationKey, w]));
  const cites = keys.map((k) => {
    const work = byKey.get(k.key);
    if (!work) throw new Error(`No work with key \`${k.key}\` to cite.`);
    return { work, locator: k.locator };
  });
  return formatInTextCluster(cites, { style: opts.style!, locale: opts.locale, among: works });
}

/** Pandoc keys with characters outside its bare-key set go in braces: `@{kant:kpv}` stays valid. */
function pandocKey(key: string): string {
  return /^[\p{L}\d_]([\p{L}\d_:.#$%&\-+?<>~/]*[\p{L}\d_])?$/u.test(key) ? key : `{${key}}`;
}

function pandocLocator(locator: string | undefined): string {
  const text = locator?.trim();
  if (!text) return '';
  return /^\d+([-–]\d+)?$/.test(text)
    ? `, ${text.includes('-') || text.includes('–') ? 'pp.' : 'p.'} ${text}`
    : `, ${text}`;
}

function latex(command: string, keys: readonly ManuscriptCiteKey[], multi: boolean): string {
  const located = keys.filter((k) => k.locator?.trim());
  if (keys.length === 1 || located.length === 0) {
    const loc =
      keys.length === 1 && located.length === 1 ? `[${texLocator(located[0]!.locator!)}]` : '';
    return `\\${command}${loc}{${keys.map((k) => k.key).join(',')}}`;
  }
  if (multi) {
    const parts = keys.map(
      (k) => (k.locator?.trim() ? `[${texLocator(k.locator)}]` : '') + `{${k.key}}`,
    );
    return `\\${command}s${parts.join('')}`;
  }
  // natbib has no multi-locator form: one \citep per key, joined as one parenthetical is not
  // possible, so each key is cited with its own locator.
  return keys
    .map((k) => `\\${command}${k.locator?.trim() ? `[${texLocator(k.locator)}]` : ''}{${k.key}}`)
    .join('; ');
}

/** Locators in TeX: an en dash as "--"; brackets braced so they do not end the optional argument. */
function texLocator(locator: string): string {
  return locator
    .trim()
    .replace(/–/g, '--')
    .replace(/([[\]])/g, '{$1}');
}
