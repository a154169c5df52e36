/** Formatted bibliographies, single references and in-text citations in the bundled CSL styles. */
import type { CslItem, Work } from '../bibliography/model';
import { styleEngine } from './csl/engine';
import { wrapRtf } from './csl/rtf';
import { withEtAlPlaceholder } from './csl/etAlMarker';
import type { LocaleId, OutputFormat, StyleId } from './types';

export interface FormatOptions {
  style: StyleId;
  format: OutputFormat;
  /** Defaults to the style's own locale (en-US for APA, Chicago and MLA; en-GB for Harvard). */
  locale?: LocaleId;
}

/**
 * The CSL item citeproc sees (exported for the cached path, csl/assemble.ts): the work's item
 * under its citation key, with the et-al marker of BibTeX's `and others` as the placeholder that
 * the engine writes as "et al." (see csl/etAlMarker.ts).
 */
export function itemOf(work: Work): CslItem {
  const item = work.csl.id === work.citationKey ? work.csl : { ...work.csl, id: work.citationKey };
  return withEtAlPlaceholder(item);
}

/**
 * A formatted bibliography of `works` (sorted and disambiguated by the style): plain text with one
 * entry per line, an HTML fragment (`<div class="csl-bib-body">`), or an RTF document for pasting
 * into a word processor. Repeated calls with the same works reuse the previous work.
 */
export function formatBibliography(works: readonly Work[], opts: FormatOptions): string {
  const engine = styleEngine(opts.style, opts.locale, 'bibliography');
  engine.register(uniqueItems(works));
  const { entries, hangingIndent } = engine.bibliography(opts.format);
  return joinEntries(entries, opts.format, hangingIndent);
}

/** The formatted bibliography entry of one work (no surrounding markup). */
export function formatReference(
  work: Work,
  opts: FormatOptions & {
    /** The library the work belongs to, so that "2011a/b/c" disambiguation shows as it would there. */
    among?: readonly Work[];
  },
): string {
  const among = opts.among;
  const engine = styleEngine(opts.style, opts.locale, among ? 'library' : 'single');
  if (among) {
    const items = uniqueItems(among);
    if (!items.some((i) => i.id === work.citationKey)) items.push(itemOf(work));
    engine.register(items);
  } else {
    engine.register([itemOf(work)]);
  }
  const { entries, ids, hangingIndent } = engine.bibliography(opts.format);
  const entry = (among ? entries[ids.indexOf(work.citationKey)] : entries[0]) ?? '';
  if (opts.format === 'html')
    return entry.replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, '$1');
  if (opts.format === 'rtf') return wrapRtf([entry], hangingIndent);
  return entry;
}

export interface InTextOptions {
  style: StyleId;
  locale?: LocaleId;
  /** "41", "41-45", "p. 41", "ch. 3", "para. 2", "sec. 4" (a bare number is a page). */
  locator?: string;
  format?: OutputFormat;
  /**
   * The works the citation appears among (the library or the manuscript's list). Given, the
   * style disambiguates against them, e.g. "(Betts 2011c, 41)"; without, it cites the work alone.
   */
  among?: readonly Work[];
}

/** The style's in-text citation of one work, e.g. "(Betts, 2011, p. 41)" in APA. */
export function formatInTextCitation(work: Work, opts: InTextOptions): string {
  return formatInTextCluster([{ work, locator: opts.locator }], opts);
}

/** One in-text citation of several works, e.g. "(Betts, 2011, p. 41; Köhler, 2011)". */
export function formatInTextCluster(
  cites: readonly { work: Work; locator?: string }[],
  opts: Omit<InTextOptions, 'locator'>,
): string {
  if (cites.length === 0) return '';
  const format = opts.format ?? 'text';
  const among = opts.among;
  const engine = styleEngine(opts.style, opts.locale, among ? 'citation' : 'single');
  const items = uniqueItems(among ?? []);
  const known = new Set(items.map((i) => i.id));
  for (const { work } of cites) {
    if (!known.has(work.citationKey)) items.push(itemOf(work));
    known.add(work.citationKey);
  }
  engine.register(items);
  return engine.citation(
    cites.map(({ work, locator }) => ({
      id: work.citationKey,
      ...(locator?.trim() ? parseLocator(locator) : {}),
    })),
    format,
  );
}

const LOCATOR_LABELS: [RegExp, string][] = [
  [/^(pp?\.?|pages?)\s*/i, 'page'],
  [/^(ch\.?|chap\.?|chapter)\s*/i, 'chapter'],
  [/^(para\.?|paras\.?|¶+|paragraphs?)\s*/i, 'paragraph'],
  [/^(sec\.?|§+|sections?)\s*/i, 'section'],
  [/^(vols?\.?|volumes?)\s*/i, 'volume'],
  [/^(figs?\.?|figures?)\s*/i, 'figure'],
  [/^(nn?\.|notes?)\s*/i, 'note'],
  [/^(ll?\.|lines?)\s*/i, 'line'],
];

/** "p. 41" -> page 41; "ch. 3" -> chapter 3; a bare "41" or "41-45" is a page. */
export function parseLocator(locator: string): { locator: string; label: string } {
  const text = locator.trim();
  for (const [pattern, label] of LOCATOR_LABELS) {
    const m = pattern.exec(text);
    if (m && text.length > m[0].length) return { locator: text.slice(m[0].length), label };
  }
  return { locator: text, label: 'page' };
}

/** The CSL items of `works` for citeproc, one per citation key (the first wins). */
export function uniqueItems(works: readonly Work[]): CslItem[] {
  const seen = new Set<string>();
  const items: CslItem[] = [];
  for (const w of works) {
    if (seen.has(w.citationKey)) continue;
    seen.add(w.citationKey);
    items.push(itemOf(w));
  }
  return items;
}

/**
 * A formatted bibliography's HTML fragment as a complete UTF-8 document (a saved .html file),
 * with a hanging indent for its entries.
 */
export function htmlDocument(fragment: string, title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n' +
    `<title>${escaped}</title>\n` +
    '<style>.csl-entry { padding-left: 2em; text-indent: -2em; margin: 0 0 0.5em; }</style>\n' +
    `</head>\n<body>\n${fragment}</body>\n</html>\n`
  );
}

/** Rendered entries as one bibliography: lines of text, an HTML fragment, or an RTF document. */
export function joinEntries(
  entries: readonly string[],
  format: OutputFormat,
  hangingIndent: boolean,
): string {
  if (format === 'html') {
    return `<div class="csl-bib-body">\n${entries.map((e) => `  ${e}\n`).join('')}</div>\n`;
  }
  if (format === 'rtf') return wrapRtf(entries, hangingIndent);
  return entries.map((e) => `${e}\n`).join('');
}
