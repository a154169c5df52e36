/**
 * A formatted bibliography put together from entries rendered earlier (kept by the caller, e.g.
 * in the data folder's cache), byte for byte what citeproc renders in one go. A work's entry is
 * rendered once, alone, with citeproc's sort keys for it; a bibliography then only sorts those
 * keys with citeproc's own comparison and joins the entries. What cannot be taken from the
 * cache is rendered among the set by citeproc, as before: works that may read like another one
 * (year letters, see ambiguity.ts), works whose names another work shares in a style that
 * replaces a repeated author by "———", and works whose sort keys tie with another's.
 */
import type { CslItem, Work } from '../../bibliography/model';
import { formatBibliography, joinEntries, uniqueItems, type FormatOptions } from '../format';
import type { LocaleId, OutputFormat, StyleId } from '../types';
import { unambiguousIds } from './ambiguity';
import { StyleEngine, styleEngine } from './engine';
import { CSL_NAME_VARIABLES } from './nameVariables';
import { cslLocalesDigest, cslResourcesVersion, cslStyleXml } from './resources';
import { textDigest } from './textDigest';

/** One work's entry as it renders alone, and the keys the style sorts it by. */
export interface PreparedEntry {
  /** citeproc's bibliography sort keys; null stands for an empty key. */
  sortKeys: (string | null)[];
  entry: string;
}

/** Prepared entries of one style, locale and output format, by entryDigest. */
export interface PreparedEntries {
  get(digest: string): PreparedEntry | undefined;
  set(digest: string, entry: PreparedEntry): void;
}

/** Works rendered together when preparing entries (one registry update each). */
const PREPARE_BATCH = 500;

/**
 * A digest of the item citeproc renders for `work` (its CSL-JSON under its citation key): any
 * change to the record gives another digest, so an entry kept under it is never stale.
 */
export function entryDigest(work: Work): string {
  return digestOf(uniqueItems([work])[0]!);
}

function digestOf(item: CslItem): string {
  return textDigest(JSON.stringify(item));
}

/**
 * Changes whenever what a prepared entry looks like may change: the style's or a locale's XML,
 * or how Scholion drives citeproc (bump RENDERING when that changes). A cache of prepared
 * entries made under another version is stale.
 */
export function preparedEntriesVersion(style: StyleId): string {
  return `${RENDERING} ${textDigest(cslStyleXml(style))} ${cslLocalesDigest()}`;
}

/** Bump when a change to src/core/formats/csl makes entries render differently. */
const RENDERING = 'r1';

/** The engines that render entries alone (their style without "———" for a repeated author). */
const preparers = new Map<string, StyleEngine>();

function preparer(style: StyleId, locale: LocaleId | undefined): StyleEngine {
  const key = `${style}|${locale ?? ''}|${cslResourcesVersion()}`;
  let engine = preparers.get(key);
  if (!engine) {
    engine = new StyleEngine(style, locale, 'library');
    preparers.set(key, engine);
  }
  return engine;
}

/**
 * True when the style's entries can be prepared one at a time and assembled (the bundled styles
 * can; a numbered style cannot).
 */
export function canPrepareEntries(style: StyleId, locale?: LocaleId): boolean {
  return preparer(style, locale).rendersEntriesAlone;
}

/**
 * Renders each work's entry alone (as `formatBibliographyFrom` will use it) in `opts.format`,
 * with its sort keys, and keeps it in `into` under its digest. Works citeproc renders empty are
 * not kept. Returns how many entries were kept.
 */
export function prepareEntries(
  works: readonly Work[],
  opts: FormatOptions,
  into: PreparedEntries,
): number {
  const engine = preparer(opts.style, opts.locale);
  if (!engine.rendersEntriesAlone) return 0;
  const items = uniqueItems(works);
  let kept = 0;
  for (let i = 0; i < items.length; i += PREPARE_BATCH) {
    const batch = items.slice(i, i + PREPARE_BATCH);
    // An item that may read like another of the batch would get a year letter: alone instead.
    const alone = unambiguousIds(batch, engine.addsYearSuffix);
    const rendered = renderAlone(
      engine,
      batch.filter((item) => alone.has(item.id)),
      opts.format,
    );
    for (const item of batch) {
      if (!alone.has(item.id)) renderAlone(engine, [item], opts.format, rendered);
    }
    for (const item of batch) {
      const entry = rendered.get(item.id);
      if (entry) {
        into.set(digestOf(item), entry);
        kept++;
      }
    }
  }
  engine.register([]);
  return kept;
}

function renderAlone(
  engine: StyleEngine,
  items: readonly CslItem[],
  format: OutputFormat,
  out = new Map<string, PreparedEntry>(),
): Map<string, PreparedEntry> {
  if (items.length === 0) return out;
  engine.register(items);
  const { ids, entries } = engine.bibliography(format);
  if (ids.length !== items.length || entries.length !== items.length) {
    // An entry rendered empty: ids and texts do not pair up. One at a time, the empty one is left.
    if (items.length > 1) for (const item of items) renderAlone(engine, [item], format, out);
    return out;
  }
  ids.forEach((id, i) => {
    const sortKeys = (engine.sortKeys(id) ?? []).map((k) => k ?? null);
    out.set(id, { sortKeys, entry: entries[i]! });
  });
  return out;
}

interface Row {
  id: string;
  seq: number;
  sortkeys: (string | undefined)[];
  entry: string;
}

/**
 * The bibliography of `works` as formatBibliography gives it, assembled from `prepared` entries
 * (works missing there are prepared first, and kept). Falls back to a plain render whenever the
 * parts do not fit together.
 */
export function formatBibliographyFrom(
  works: readonly Work[],
  opts: FormatOptions,
  prepared: PreparedEntries,
): string {
  const items = uniqueItems(works);
  const engine = preparer(opts.style, opts.locale);
  if (items.length === 0 || !engine.rendersEntriesAlone) return formatBibliography(works, opts);
  const digests = items.map(digestOf);
  const missing = items.filter((_, i) => !prepared.get(digests[i]!));
  if (missing.length > 0) {
    prepareEntries(
      missing.map((csl) => ({ csl, citationKey: csl.id }) as Work),
      opts,
      prepared,
    );
  }
  const alone = unambiguousIds(items, engine.addsYearSuffix);
  const fresh = new Set(items.filter((item) => !alone.has(item.id)).map((item) => item.id));
  if (/subsequent-author-substitute="[^"]/.test(cslStyleXml(opts.style))) {
    for (const id of idsSharingNames(items)) fresh.add(id);
  }
  const cached: Row[] = [];
  items.forEach((item, seq) => {
    const entry = fresh.has(item.id) ? undefined : prepared.get(digests[seq]!);
    if (!entry) fresh.add(item.id);
    else {
      const sortkeys = entry.sortKeys.map((k) => k ?? undefined);
      cached.push({ id: item.id, seq, sortkeys, entry: entry.entry });
    }
  });
  const compare = (a: Row, b: Row): number => engine.compareSortKeys(a, b);
  const keysTie = (a: Row, b: Row): boolean =>
    engine.compareSortKeys({ sortkeys: a.sortkeys }, { sortkeys: b.sortkeys }) === 0;
  // Entries whose keys tie keep citeproc's order only when citeproc places them: they join the
  // works rendered among the set, and that set is rendered again (twice at most in practice).
  for (let round = 0; round < 4; round++) {
    const rendered = renderAmong(items, fresh, opts);
    if (!rendered) return formatBibliography(works, opts);
    const pool = [...cached.filter((r) => !fresh.has(r.id)), ...rendered].sort(compare);
    const tied = new Set<string>();
    for (let i = 1; i < pool.length; i++) {
      const [a, b] = [pool[i - 1]!, pool[i]!];
      if (keysTie(a, b) && (!fresh.has(a.id) || !fresh.has(b.id))) tied.add(a.id).add(b.id);
    }
    if (tied.size === 0) {
      const entries = merge(
        cached.filter((r) => !fresh.has(r.id)).sort(compare),
        rendered,
        compare,
      );
      return joinEntries(entries, opts.format, engine.hangingIndent());
    }
    for (const id of tied) fresh.add(id);
  }
  return formatBibliography(works, opts);
}

/** The `fresh` items rendered among themselves, in citeproc's order; null when they do not pair. */
function renderAmong(
  items: readonly CslItem[],
  fresh: ReadonlySet<string>,
  opts: FormatOptions,
): Row[] | null {
  const chosen = items.filter((item) => fresh.has(item.id));
  if (chosen.length === 0) return [];
  const engine = styleEngine(opts.style, opts.locale, 'bibliography');
  engine.register(chosen);
  const { ids, entries } = engine.bibliography(opts.format);
  if (ids.length !== chosen.length || entries.length !== chosen.length) return null;
  const seqOf = new Map(items.map((item, i) => [item.id, i]));
  return ids.map((id, i) => ({
    id,
    seq: seqOf.get(id) ?? 0,
    sortkeys: engine.sortKeys(id) ?? [],
    entry: entries[i]!,
  }));
}

/** Two lists each in order (no key of one ties with the other's) as one list of entries. */
function merge(a: Row[], b: Row[], compare: (x: Row, y: Row) => number): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && compare(a[i]!, b[j]!) < 0)) out.push(a[i++]!.entry);
    else out.push(b[j++]!.entry);
  }
  return out;
}

/**
 * Items whose rendered names could equal another item's (styles that print "———" for the names
 * of the entry above): a shared first name of any name variable, or no names at all (the title
 * then stands in for them). Over-grouping costs only time.
 */
function idsSharingNames(items: readonly CslItem[]): Set<string> {
  const byToken = new Map<string, string[]>();
  for (const item of items) {
    const tokens = new Set<string>();
    for (const variable of CSL_NAME_VARIABLES) {
      const names = item[variable];
      if (Array.isArray(names) && names.length > 0) tokens.add(nameToken(names[0]));
    }
    if (tokens.size === 0) tokens.add('\u0000no names');
    for (const token of tokens) {
      const group = byToken.get(token);
      if (group) group.push(item.id);
      else byToken.set(token, [item.id]);
    }
  }
  const out = new Set<string>();
  for (const group of byToken.values()) if (group.length > 1) for (const id of group) out.add(id);
  return out;
}

function nameToken(name: unknown): string {
  const n = (name ?? {}) as Record<string, unknown>;
  const parts = ['non-dropping-particle', 'dropping-particle', 'family', 'given', 'literal']
    .map((p) => (typeof n[p] === 'string' ? (n[p] as string) : ''))
    .join(' ');
  return parts.toLowerCase().replace(/\s+/g, ' ').trim();
}
