/**
 * Cached citeproc engines. citation-js, used naively, builds a new engine, re-parses its input
 * and rebuilds the registry of items (ambiguity keys, sort keys, disambiguation) on every call,
 * then renders every entry. Here one engine per style, locale and use is kept with its registry,
 * so a call with a changed set of works updates the registry incrementally; the bibliography
 * engine also skips disambiguation work that only citations need (see citationJs.ts) and keeps
 * each rendered entry, so that only new or changed works (or works whose year letter changed)
 * are rendered again.
 */
import type { CslItem } from '../../bibliography/model';
import { CSL } from '../citationJs';
import type { LocaleId, OutputFormat, StyleId } from '../types';
import { unambiguousIds } from './ambiguity';
import { writeEtAl } from './etAlMarker';
import { cslLocaleXml, cslResourcesVersion, cslStyleXml } from './resources';

export interface RenderedBibliography {
  /** Entries in the style's order, each without surrounding white space. */
  entries: string[];
  ids: string[];
  hangingIndent: boolean;
}

/**
 * What an engine is for; each keeps its own registry, so uses do not evict each other's.
 * 'bibliography' renders bibliographies of a chosen set (exports); 'library' renders entries as
 * they read among the whole library (reference cards, 2011a/b); both render bibliographies only,
 * so their registry may skip citation-only work. 'citation' renders in-text citations among a
 * set of works; 'single' holds one work at a time.
 */
export type EnginePurpose = 'bibliography' | 'library' | 'citation' | 'single';

type Citeproc = InstanceType<typeof CSL.Engine>;

/** Rendered entries kept per bibliography engine (a few MB at most). */
const ENTRY_CACHE_LIMIT = 50_000;

/** One citeproc engine and what it has registered. */
export class StyleEngine {
  private engine: Citeproc;
  /** What citeproc calls back into (items, locales, and Scholion's flags). */
  private readonly sys: CiteprocSys;
  private readonly items = new Map<string, CslItem>();
  private readonly fingerprints = new Map<string, string>();
  private registered: string[] = [];
  private readonly rendered = new Map<OutputFormat, RenderedBibliography>();
  /** Entry text by format, item content and registry state (year letter); null: not cacheable. */
  private readonly entries: Map<string, string> | null;

  /**
   * `reference` gives a plain engine (no skipped work, no entry cache): the behaviour the fast
   * path is checked against.
   */
  constructor(
    private readonly style: StyleId,
    private readonly locale: LocaleId | undefined,
    private readonly purpose: EnginePurpose,
    private readonly reference = false,
  ) {
    this.sys = {
      retrieveItem: (id: string) => this.items.get(id),
      retrieveLocale: (lang: string) => cslLocaleXml(lang),
      // Read by the patches in citationJs.ts.
      bibliographyOnly: this.fast(),
      unambiguous: new Set(),
    };
    this.engine = this.build();
    this.entries =
      this.fast() && entriesAreIndependent(this.engine, cslStyleXml(style)) ? new Map() : null;
  }

  private fast(): boolean {
    return (this.purpose === 'bibliography' || this.purpose === 'library') && !this.reference;
  }

  private build(): Citeproc {
    const engine = new CSL.Engine(
      this.sys,
      this.purpose === 'library'
        ? standaloneEntries(cslStyleXml(this.style))
        : cslStyleXml(this.style),
      this.locale ?? 'en-US',
      this.locale !== undefined,
    );
    // citation-js turns this off too: URLs and DOIs stay plain text in every output format.
    engine.opt.development_extensions.wrap_url_and_doi = false;
    return engine;
  }

  /** Makes exactly `items` (by `id`) the registered set, re-reading items whose content changed. */
  register(items: readonly CslItem[]): void {
    try {
      this.update(items);
    } catch {
      // citeproc's incremental registry can trip over its own bookkeeping (an ambiguity list
      // naming a deleted item); a fresh engine does not.
      this.engine = this.build();
      this.registered = [];
      this.rendered.clear();
      this.update(items);
    }
  }

  private update(items: readonly CslItem[]): void {
    const ids = items.map((i) => i.id);
    const changed: string[] = [];
    for (const item of items) {
      const fingerprint = JSON.stringify(item);
      if (this.fingerprints.get(item.id) !== fingerprint) {
        if (this.fingerprints.has(item.id)) changed.push(item.id);
        this.fingerprints.set(item.id, fingerprint);
        this.items.set(item.id, forCiteproc(JSON.parse(fingerprint) as CslItem));
      }
    }
    const same =
      changed.length === 0 &&
      ids.length === this.registered.length &&
      ids.every((id, i) => id === this.registered[i]);
    if (same) return;
    this.rendered.clear();
    // citeproc's registry takes new items in correctly, but removing items (or re-reading changed
    // ones) leaves stale year letters behind ("2015" next to "2015c"): then it starts empty.
    const incoming = new Set(ids);
    let growing = changed.length === 0 && this.registered.every((id) => incoming.has(id));
    if (this.fast()) {
      // An item registered as having no twin must still have none, or it would miss its letter.
      const before = this.sys.unambiguous ?? new Set<string>();
      const now = unambiguousIds(
        ids.map((id) => this.items.get(id)!),
        this.engine.opt['disambiguate-add-year-suffix'] === true,
      );
      if (growing) growing = this.registered.every((id) => !before.has(id) || now.has(id));
      this.sys.unambiguous = now;
    }
    if (!growing) this.engine.restoreProcessorState();
    this.registered = [];
    this.engine.updateItems(ids);
    this.registered = ids;
    if (this.items.size > ids.length * 4 + 1000) {
      for (const id of [...this.items.keys()]) {
        if (!incoming.has(id)) {
          this.items.delete(id);
          this.fingerprints.delete(id);
        }
      }
    }
  }

  /** The bibliography of the registered items in `format` (cached until the registry changes). */
  bibliography(format: OutputFormat): RenderedBibliography {
    const cached = this.rendered.get(format);
    if (cached) return cached;
    this.engine.setOutputFormat(format);
    const rendered = this.entries ? this.fromEntryCache(this.entries, format) : this.renderAll();
    this.rendered.set(format, rendered);
    return rendered;
  }

  private renderAll(bibsection?: BibSection): RenderedBibliography {
    const result = this.engine.makeBibliography(bibsection);
    if (!result) return { entries: [], ids: [], hangingIndent: false };
    return {
      entries: result[1].map((e) => writeEtAl(e.replace(/\s+$/, '').replace(/^\s+/, ''))),
      ids: result[0].entry_ids.map((group) => group[0] ?? ''),
      hangingIndent: Boolean(result[0].hangingindent),
    };
  }

  /** Renders only entries not rendered before (in this state); the rest come from the cache. */
  private fromEntryCache(cache: Map<string, string>, format: OutputFormat): RenderedBibliography {
    const { registry } = this.engine;
    const sorted = registry.getSortedIds();
    const keys: string[] = [];
    const missing: string[] = [];
    for (const id of sorted) {
      const entry = registry.registry[id];
      if (!entry || entry.siblings || entry.master) return this.renderAll();
      const key = `${format}\u0000${this.fingerprints.get(id)}\u0000${JSON.stringify(entry.disambig)}`;
      keys.push(key);
      if (!cache.has(key)) missing.push(id);
    }
    const fresh =
      missing.length === sorted.length
        ? this.renderAll()
        : this.renderAll({ include: missing.map((id) => ({ field: 'id', value: id })) });
    // An entry citeproc renders empty leaves no text but keeps its id: then ids and texts no
    // longer pair up, so this call is answered without the cache.
    if (fresh.ids.length !== missing.length || fresh.entries.length !== missing.length) {
      return missing.length === sorted.length ? fresh : this.renderAll();
    }
    if (cache.size + missing.length > ENTRY_CACHE_LIMIT) cache.clear();
    const byId = new Map<string, string>();
    fresh.ids.forEach((id, i) => byId.set(id, fresh.entries[i]!));
    const entries = sorted.map((id, i) => {
      const text = byId.get(id) ?? cache.get(keys[i]!)!;
      cache.set(keys[i]!, text);
      return text;
    });
    return { entries, ids: sorted, hangingIndent: fresh.hangingIndent || this.hangingIndent() };
  }

  /** True when this engine may render entries one at a time (see entriesAreIndependent). */
  get rendersEntriesAlone(): boolean {
    return this.entries !== null;
  }

  /** True when the style gives works that read alike year letters ("2011a"). */
  get addsYearSuffix(): boolean {
    return this.engine.opt['disambiguate-add-year-suffix'] === true;
  }

  /** citeproc's bibliography sort keys of a registered item (undefined: an empty key). */
  sortKeys(id: string): (string | undefined)[] | undefined {
    return this.engine.registry.registry[id]?.sortkeys;
  }

  /** citeproc's own comparison of two items' bibliography sort keys; ties go by `seq`. */
  compareSortKeys(
    a: { sortkeys?: (string | undefined)[]; seq?: number },
    b: { sortkeys?: (string | undefined)[]; seq?: number },
  ): number {
    return this.engine.registry.sorter.compareKeys(a, b);
  }

  /** Whether the style's bibliography has a hanging indent (RTF output shows it). */
  hangingIndent(): boolean {
    return Boolean(this.engine.bibliography.opt.hangingindent);
  }

  /** One in-text citation cluster of registered (or not yet registered) items. */
  citation(
    cites: { id: string; locator?: string; label?: string }[],
    format: OutputFormat,
  ): string {
    this.engine.setOutputFormat(format);
    return writeEtAl(this.engine.makeCitationCluster(cites));
  }
}

type BibSection = { include: { field: string; value: string }[] };
type CiteprocSys = ConstructorParameters<typeof CSL.Engine>[0];

/**
 * True when a style's entries can be rendered one at a time: no entry depends on its neighbour
 * (subsequent-author-substitute's "———"), on its number, or on the set (types or fields the
 * style excludes, consolidated containers).
 */
function entriesAreIndependent(engine: Citeproc, styleXml: string): boolean {
  const opt = engine.bibliography.opt;
  return (
    !opt['subsequent-author-substitute'] &&
    !opt.exclude_types &&
    !opt.exclude_with_fields &&
    !(opt.consolidate_containers && opt.consolidate_containers.length > 0) &&
    !styleXml.includes('citation-number')
  );
}

/**
 * CSL 1.0.2 renamed `event` to `event-title`; styles written before (Chicago author-date here)
 * still ask for `event`, so citeproc gets both.
 */
function forCiteproc(item: CslItem): CslItem {
  if (item['event-title'] !== undefined && item.event === undefined)
    item.event = item['event-title'];
  return item;
}

/**
 * A 'library' engine formats one work at a time in the context of its library (for its a/b/c
 * year letter); its entries are shown alone, so "———" for a repeated author would name nobody.
 */
function standaloneEntries(styleXml: string): string {
  return styleXml.replace(/\s+subsequent-author-substitute(-rule)?="[^"]*"/g, '');
}

/** Engines by purpose, style, locale and resource version. */
const engines = new Map<string, StyleEngine>();

/**
 * The engine for a style and locale. `purpose` keeps one-work calls (a reference card) from
 * evicting the registry of a whole bibliography, and vice versa.
 */
export function styleEngine(
  style: StyleId,
  locale: LocaleId | undefined,
  purpose: EnginePurpose,
): StyleEngine {
  const key = `${purpose}|${style}|${locale ?? ''}|${cslResourcesVersion()}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = new StyleEngine(style, locale, purpose);
    engines.set(key, engine);
  }
  return engine;
}
